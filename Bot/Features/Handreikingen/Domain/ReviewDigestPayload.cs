using System.Text.Json;
using System.Text.Json.Serialization;

namespace IntervisieBot.Features.Handreikingen.Domain;

/// <summary>The monthly review digest's reminder payload: the team in which the person is kennismakelaar (ids only).</summary>
public sealed record ReviewDigestPayload([property: JsonPropertyName("team")] string TeamKey)
{
    public string ToJson() => JsonSerializer.Serialize(this);

    /// <summary>The payload, or null when it is not one of ours.</summary>
    public static ReviewDigestPayload? Parse(string json)
    {
        try
        {
            return JsonSerializer.Deserialize<ReviewDigestPayload>(json) is { TeamKey.Length: > 0 } payload ? payload : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
