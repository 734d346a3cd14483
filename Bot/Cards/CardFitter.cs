using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using IntervisieBot.Localization;
using IntervisieBot.Protocol.Schema;

namespace IntervisieBot.Cards;

/// <summary>
/// Keeps every card the bot sends or returns under what Teams shows (<see cref="CardSize.ReplyCardLimitBytes"/>, UTF-8 bytes
/// of the wire JSON). A card over it has its longest texts shortened — in practice what a user typed and the
/// card echoes back (an input's value, the same text in the action data) — and says so in a notice below its title.
/// Structural strings (types, ids, verbs, urls) are never touched: only strings longer than <see cref="MinCutLength"/> are cut.
/// </summary>
public static class CardFitter
{
    /// <summary>No string is cut shorter than this (every id and choice value is shorter).</summary>
    public const int MinCutLength = 240;

    private const string Ellipsis = "…";
    private static readonly HashSet<string> NeverCut = new(StringComparer.Ordinal) { "type", "id", "verb", "url", "iconUrl", "$schema", "version", "lang" };

    /// <summary>The card as JSON, shortened to fit <paramref name="limitBytes"/> when it does not.</summary>
    public static JsonElement Fit(AdaptiveCard card, int limitBytes = CardSize.ReplyCardLimitBytes)
    {
        ArgumentNullException.ThrowIfNull(card);
        var element = CardJson.ToElement(card);
        if (Utf8Bytes(element) <= limitBytes) return element;

        var root = JsonSerializer.SerializeToNode(element, ProtocolJson.Options)!.AsObject();
        AddNotice(root, CardFitterStrings(card.Lang));
        var texts = new List<(JsonNode Parent, object Key, string Value)>();
        Collect(root, texts);
        // Water-filling: cut every long string down to one common length, the longest that saves enough; escaping makes the
        // serialized length differ from the raw one, so measure again and lower it until the card fits.
        var excessChars = Utf8Bytes(JsonSerializer.SerializeToElement(root, ProtocolJson.Options)) - limitBytes;
        for (var cap = CapFor(texts.Select(t => t.Value.Length).ToList(), excessChars); ; cap = Math.Max(MinCutLength, cap * 3 / 4))
        {
            foreach (var (parent, key, value) in texts)
            {
                var text = value.Length > cap ? Shorten(value, cap) : value;
                if (key is string name) parent[name] = text;
                else parent[(int)key] = text;
            }
            var fitted = JsonSerializer.SerializeToElement(root, ProtocolJson.Options);
            if (Utf8Bytes(fitted) <= limitBytes || cap == MinCutLength) return fitted;
        }
    }

    /// <summary>The largest length whose cut saves at least <paramref name="excess"/> characters (at least <see cref="MinCutLength"/>).</summary>
    private static int CapFor(List<int> lengths, int excess)
    {
        int Saved(int cap) => lengths.Sum(l => Math.Max(0, l - cap));
        int low = MinCutLength, high = lengths.Count == 0 ? MinCutLength : lengths.Max();
        while (low < high)
        {
            var mid = (low + high + 1) / 2;
            if (Saved(mid) >= excess) low = mid;
            else high = mid - 1;
        }
        return low;
    }

    /// <summary>UTF-8 bytes of the wire JSON.</summary>
    public static int Utf8Bytes(JsonElement json) => System.Text.Encoding.UTF8.GetByteCount(JsonSerializer.Serialize(json, ProtocolJson.Options));

    private static void Collect(JsonNode node, List<(JsonNode Parent, object Key, string Value)> texts)
    {
        switch (node)
        {
            case JsonObject obj:
                foreach (var (name, child) in obj.ToList())
                {
                    if (child is JsonValue value && value.TryGetValue<string>(out var text))
                    {
                        if (text.Length > MinCutLength && !NeverCut.Contains(name)) texts.Add((obj, name, text));
                    }
                    else if (child is not null)
                    {
                        Collect(child, texts);
                    }
                }
                break;
            case JsonArray array:
                for (var i = 0; i < array.Count; i++)
                {
                    if (array[i] is JsonValue value && value.TryGetValue<string>(out var text))
                    {
                        if (text.Length > MinCutLength) texts.Add((array, i, text));
                    }
                    else if (array[i] is { } child)
                    {
                        Collect(child, texts);
                    }
                }
                break;
        }
    }

    private static string Shorten(string text, int length)
    {
        var keep = length - Ellipsis.Length;
        if (char.IsHighSurrogate(text[keep - 1])) keep--;
        return text[..keep] + Ellipsis;
    }

    private static void AddNotice(JsonObject card, string notice)
    {
        if (card["body"] is not JsonArray body) card["body"] = body = [];
        var block = JsonSerializer.SerializeToNode<CardElement>(
            new TextBlock { Text = notice, Wrap = true, Color = TextColor.Attention, IsSubtle = false }, ProtocolJson.Options);
        body.Insert(Math.Min(1, body.Count), block);
    }

    private static string CardFitterStrings(string? lang) =>
        CommonCardsStrings.CardShortened(string.Equals(lang, "en", StringComparison.OrdinalIgnoreCase) ? BotCulture.English : BotCulture.Dutch);
}
