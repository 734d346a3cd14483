using System.Text.Json;
using System.Text.Json.Serialization;

namespace IntervisieBot.Features.Scheduling.Handlers;

/// <summary>The ids a session event's reminder carries: team partition, session date (yyyyMMdd) and series version.</summary>
public sealed record SessionEventPayload(
    [property: JsonPropertyName("p")] string Partition,
    [property: JsonPropertyName("d")] string Date,
    [property: JsonPropertyName("v")] string Version)
{
    public string ToJson() => JsonSerializer.Serialize(this);

    public static SessionEventPayload? Parse(string? json)
    {
        if (string.IsNullOrEmpty(json)) return null;
        try
        {
            var payload = JsonSerializer.Deserialize<SessionEventPayload>(json);
            return payload is { Partition.Length: > 0, Date.Length: > 0, Version.Length: > 0 } ? payload : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
