using System.Globalization;
using System.Text.Json.Serialization;

namespace IntervisieBot.Cards;

/// <summary>
/// Width of a <see cref="Column"/>: <c>"auto"</c>, <c>"stretch"</c>, a pixel width (<c>"80px"</c>) or a relative
/// weight (a JSON number).
/// </summary>
[JsonConverter(typeof(ColumnWidthJsonConverter))]
public readonly record struct ColumnWidth
{
    private ColumnWidth(string? keyword, int? weight)
    {
        Keyword = keyword;
        RelativeWeight = weight;
    }

    public static ColumnWidth Auto { get; } = new("auto", null);
    public static ColumnWidth Stretch { get; } = new("stretch", null);

    /// <summary>The string form (<c>auto</c>, <c>stretch</c>, <c>80px</c>), or null for a weight.</summary>
    public string? Keyword { get; }

    /// <summary>The relative weight, or null for a keyword or pixel width.</summary>
    public int? RelativeWeight { get; }

    public static ColumnWidth Pixels(int pixels) =>
        pixels > 0
            ? new(pixels.ToString(CultureInfo.InvariantCulture) + "px", null)
            : throw new ArgumentOutOfRangeException(nameof(pixels), pixels, "A pixel width must be positive.");

    public static ColumnWidth Weight(int weight) =>
        weight > 0
            ? new(null, weight)
            : throw new ArgumentOutOfRangeException(nameof(weight), weight, "A column weight must be positive.");
}
