using System.Buffers.Binary;
using System.IO.Compression;

namespace IntervisieBot.Tests.Ship;

/// <summary>
/// A minimal PNG reader for the icon tests: 8-bit truecolour (RGB or RGBA), not interlaced, every row filter.
/// Pixels come out as RGBA; an RGB image reads as fully opaque.
/// </summary>
internal sealed class PngImage
{
    private static readonly byte[] Signature = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];

    private readonly byte[] _rgba;

    private PngImage(int width, int height, byte colorType, byte[] rgba)
    {
        Width = width;
        Height = height;
        ColorType = colorType;
        _rgba = rgba;
    }

    public int Width { get; }

    public int Height { get; }

    /// <summary>2 = RGB, 6 = RGBA.</summary>
    public byte ColorType { get; }

    public (byte R, byte G, byte B, byte A) this[int x, int y]
    {
        get
        {
            var o = ((y * Width) + x) * 4;
            return (_rgba[o], _rgba[o + 1], _rgba[o + 2], _rgba[o + 3]);
        }
    }

    public static PngImage Load(string path) => Decode(File.ReadAllBytes(path));

    public static PngImage Decode(ReadOnlySpan<byte> png)
    {
        if (png.Length < Signature.Length || !png[..Signature.Length].SequenceEqual(Signature))
        {
            throw new InvalidDataException("Not a PNG file.");
        }

        int width = 0, height = 0;
        byte colorType = 0;
        using var idat = new MemoryStream();
        var offset = Signature.Length;
        while (offset + 12 <= png.Length)
        {
            var length = checked((int)BinaryPrimitives.ReadUInt32BigEndian(png[offset..]));
            var type = System.Text.Encoding.ASCII.GetString(png.Slice(offset + 4, 4));
            var data = png.Slice(offset + 8, length);
            switch (type)
            {
                case "IHDR":
                    width = checked((int)BinaryPrimitives.ReadUInt32BigEndian(data));
                    height = checked((int)BinaryPrimitives.ReadUInt32BigEndian(data[4..]));
                    var bitDepth = data[8];
                    colorType = data[9];
                    var interlace = data[12];
                    if (bitDepth != 8 || colorType is not (2 or 6) || interlace != 0)
                    {
                        throw new NotSupportedException(
                            $"PNG bit depth {bitDepth}, colour type {colorType}, interlace {interlace} is not supported.");
                    }

                    break;
                case "IDAT":
                    idat.Write(data);
                    break;
                case "IEND":
                    offset = png.Length;
                    continue;
            }

            offset += 12 + length;
        }

        if (width <= 0 || height <= 0)
        {
            throw new InvalidDataException("PNG without a valid IHDR chunk.");
        }

        idat.Position = 0;
        using var inflater = new ZLibStream(idat, CompressionMode.Decompress);
        using var raw = new MemoryStream();
        inflater.CopyTo(raw);
        var bytesPerPixel = colorType == 6 ? 4 : 3;
        var pixels = Unfilter(raw.ToArray(), width, height, bytesPerPixel);

        var rgba = new byte[width * height * 4];
        for (var i = 0; i < width * height; i++)
        {
            rgba[i * 4] = pixels[i * bytesPerPixel];
            rgba[(i * 4) + 1] = pixels[(i * bytesPerPixel) + 1];
            rgba[(i * 4) + 2] = pixels[(i * bytesPerPixel) + 2];
            rgba[(i * 4) + 3] = bytesPerPixel == 4 ? pixels[(i * bytesPerPixel) + 3] : (byte)255;
        }

        return new PngImage(width, height, colorType, rgba);
    }

    private static byte[] Unfilter(byte[] raw, int width, int height, int bpp)
    {
        var stride = width * bpp;
        if (raw.Length != (stride + 1) * height)
        {
            throw new InvalidDataException($"PNG image data has {raw.Length} bytes, expected {(stride + 1) * height}.");
        }

        var output = new byte[stride * height];
        for (var y = 0; y < height; y++)
        {
            var filter = raw[y * (stride + 1)];
            var src = (y * (stride + 1)) + 1;
            var row = y * stride;
            var prev = row - stride;
            for (var x = 0; x < stride; x++)
            {
                int a = x >= bpp ? output[row + x - bpp] : 0;
                int b = y > 0 ? output[prev + x] : 0;
                int c = x >= bpp && y > 0 ? output[prev + x - bpp] : 0;
                int predictor = filter switch
                {
                    0 => 0,
                    1 => a,
                    2 => b,
                    3 => (a + b) / 2,
                    4 => Paeth(a, b, c),
                    _ => throw new InvalidDataException($"Unknown PNG filter {filter}."),
                };
                output[row + x] = (byte)(raw[src + x] + predictor);
            }
        }

        return output;
    }

    private static int Paeth(int a, int b, int c)
    {
        var p = a + b - c;
        var pa = Math.Abs(p - a);
        var pb = Math.Abs(p - b);
        var pc = Math.Abs(p - c);
        return pa <= pb && pa <= pc ? a : pb <= pc ? b : c;
    }
}
