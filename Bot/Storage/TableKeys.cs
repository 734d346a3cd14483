using System.Security.Cryptography;
using System.Text;

namespace IntervisieBot.Storage;

/// <summary>
/// Makes any string safe as a PartitionKey/RowKey. Table keys forbid '/', '\\', '#', '?' and control characters and are
/// limited to 1 KiB; ids from Teams are usually safe as they are, anything else is replaced by a stable SHA-256 hex.
/// </summary>
public static class TableKeys
{
    private const int MaxPlainLength = 255;

    public static string Encode(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        if (value.Length is > 0 and <= MaxPlainLength && IsSafe(value)) return value;
        return "h-" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(value)));
    }

    /// <summary>A row key that sorts newest first.</summary>
    public static string InvertedTicks(DateTimeOffset time) => (DateTimeOffset.MaxValue.UtcTicks - time.UtcTicks).ToString("D19");

    private static bool IsSafe(string value)
    {
        if (value.StartsWith("h-", StringComparison.Ordinal)) return false; // keep the hashed namespace unambiguous
        if (value is "." or "..") return false; // dot-segments: the entity's URL would be normalised away
        foreach (var c in value)
        {
            if (c is '/' or '\\' or '#' or '?' || char.IsControl(c)) return false;
        }
        return true;
    }
}
