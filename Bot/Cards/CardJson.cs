using System.Text.Json;
using IntervisieBot.Protocol.Schema;

namespace IntervisieBot.Cards;

/// <summary>
/// Card serialization. Cards use the wire options (<see cref="ProtocolJson.Options"/>: nulls omitted, non-ASCII
/// text unescaped so sizes stay honest); names and enum values come from attributes on the records, so the
/// shape does not depend on the options.
/// </summary>
public static class CardJson
{
    /// <summary>Indented output for dumps and reading; never used on the wire.</summary>
    public static readonly JsonSerializerOptions Indented = CreateIndented();

    public static string Serialize(AdaptiveCard card) => JsonSerializer.Serialize(card, ProtocolJson.Options);

    public static string SerializeIndented(AdaptiveCard card) => JsonSerializer.Serialize(card, Indented);

    public static JsonElement ToElement(AdaptiveCard card) => JsonSerializer.SerializeToElement(card, ProtocolJson.Options);

    private static JsonSerializerOptions CreateIndented()
    {
        var options = new JsonSerializerOptions(ProtocolJson.Options) { WriteIndented = true };
        options.MakeReadOnly(populateMissingResolver: true);
        return options;
    }
}
