namespace IntervisieBot.Tests.Ship;

/// <summary>The two app icons against Teams' rules: colour 192x192 with the symbol in the central 96x96,
/// outline 32x32 in pure white on a fully transparent background.</summary>
public sealed class IconTests
{
    private static PngImage Color => PngImage.Load(Path.Combine(ShipPaths.Manifest, "color.png"));

    private static PngImage Outline => PngImage.Load(Path.Combine(ShipPaths.Manifest, "outline.png"));

    [Fact]
    public void ColorIcon_Size_Is192By192()
    {
        var icon = Color;

        Assert.Equal((192, 192), (icon.Width, icon.Height));
    }

    [Fact]
    public void OutlineIcon_Size_Is32By32WithAlpha()
    {
        var icon = Outline;

        Assert.Equal((32, 32), (icon.Width, icon.Height));
        Assert.Equal(6, icon.ColorType);
    }

    [Fact]
    public void OutlineIcon_EveryPixel_IsWhiteOrFullyTransparent()
    {
        var icon = Outline;
        var offending = new List<string>();
        int transparent = 0, opaque = 0;

        for (var y = 0; y < icon.Height; y++)
        {
            for (var x = 0; x < icon.Width; x++)
            {
                var (r, g, b, a) = icon[x, y];
                if (a == 0)
                {
                    transparent++;
                }
                else if ((r, g, b) != (255, 255, 255))
                {
                    offending.Add($"({x},{y})=({r},{g},{b},{a})");
                }
                else if (a == 255)
                {
                    opaque++;
                }
            }
        }

        Assert.Empty(offending);
        // A real symbol on a real transparent background: both make up a good share of the square.
        Assert.InRange(transparent, 32 * 32 / 5, 32 * 32 * 4 / 5);
        Assert.InRange(opaque, 32 * 32 / 5, 32 * 32 * 4 / 5);
        Assert.Equal(0, icon[0, 31].A);
        Assert.Equal(0, icon[31, 31].A);
    }

    [Fact]
    public void ColorIcon_OutsideCentral96_IsOneSolidOpaqueColour()
    {
        var icon = Color;
        var background = icon[0, 0];
        var offending = new List<string>();

        for (var y = 0; y < icon.Height; y++)
        {
            for (var x = 0; x < icon.Width; x++)
            {
                var inCentre = x is >= 48 and < 144 && y is >= 48 and < 144;
                if (!inCentre && icon[x, y] != background)
                {
                    offending.Add($"({x},{y})");
                }
            }
        }

        Assert.Equal(255, background.A);
        Assert.Empty(offending);
    }

    [Fact]
    public void ColorIcon_Central96_HoldsASymbolThatFillsIt()
    {
        var icon = Color;
        var background = icon[0, 0];
        int symbol = 0, minX = int.MaxValue, maxX = -1, minY = int.MaxValue, maxY = -1;

        for (var y = 48; y < 144; y++)
        {
            for (var x = 48; x < 144; x++)
            {
                if (icon[x, y] != background)
                {
                    symbol++;
                    (minX, maxX, minY, maxY) = (Math.Min(minX, x), Math.Max(maxX, x), Math.Min(minY, y), Math.Max(maxY, y));
                }
            }
        }

        Assert.InRange(symbol, 96 * 96 / 4, 96 * 96 * 9 / 10);
        // The symbol spans most of the safe area without leaving it (checked by the padding test).
        Assert.InRange(maxX - minX + 1, 80, 96);
        Assert.InRange(maxY - minY + 1, 80, 96);
    }

    [Fact]
    public async Task MakeIcons_Regenerated_AreByteIdenticalToCommittedIcons()
    {
        using var temp = new TempDirectory();

        var result = await ProcessRunner.RunAsync(
            "node", [Path.Combine(ShipPaths.Manifest, "make-icons.js"), temp.Path], ShipPaths.Root);

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Equal(File.ReadAllBytes(Path.Combine(ShipPaths.Manifest, "color.png")), File.ReadAllBytes(temp.File("color.png")));
        Assert.Equal(File.ReadAllBytes(Path.Combine(ShipPaths.Manifest, "outline.png")), File.ReadAllBytes(temp.File("outline.png")));
    }
}
