using System.Text.RegularExpressions;

namespace IntervisieBot.Protocol.Schema;

/// <summary>Removes Teams <c>&lt;at&gt;…&lt;/at&gt;</c> mentions from message text before commands are parsed.</summary>
public static partial class MentionText
{
    [GeneratedRegex(@"<at[^>]*>.*?</at>", RegexOptions.IgnoreCase | RegexOptions.Singleline, matchTimeoutMilliseconds: 200)]
    private static partial Regex AtTag();

    [GeneratedRegex(@"\s+", RegexOptions.None, matchTimeoutMilliseconds: 200)]
    private static partial Regex Whitespace();

    public static string Strip(string? text)
    {
        if (string.IsNullOrEmpty(text)) return string.Empty;
        var withoutMentions = AtTag().Replace(text, " ");
        var decoded = System.Net.WebUtility.HtmlDecode(withoutMentions);
        return Whitespace().Replace(decoded, " ").Trim();
    }
}
