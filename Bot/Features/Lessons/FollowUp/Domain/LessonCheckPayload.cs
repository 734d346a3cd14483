using System.Text.Json;
using IntervisieBot.Features.Lessons.Domain;

namespace IntervisieBot.Features.Lessons.FollowUp.Domain;

/// <summary>
/// What a check reminder's row carries (ids only, never text): the lesson's partition and id, the check round and the step
/// (1 = first or snoozed reminder, 2 = the gentle second one).
/// </summary>
public sealed record LessonCheckPayload(string Partition, string LessonId, int Round, int Step = 1)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public string ToJson() => JsonSerializer.Serialize(this, Json);

    /// <summary>The payload, or null when it is not one of ours (malformed JSON, missing ids, a round below 1).</summary>
    public static LessonCheckPayload? Parse(string? json)
    {
        if (string.IsNullOrWhiteSpace(json)) return null;
        try
        {
            var payload = JsonSerializer.Deserialize<LessonCheckPayload>(json, Json);
            return payload is { Partition.Length: > 0, Round: > 0, Step: 1 or 2 } && LessonPartitions.IsWellFormedId(payload.LessonId) ? payload : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
