using System.Text.Json;
using System.Text.Json.Serialization;

namespace IntervisieBot.Protocol.Schema;

/// <summary>
/// The value of a Teams meeting event (<c>type: event</c>, <c>name: application/vnd.microsoft.meetingStart</c> or
/// <c>…meetingEnd</c>), sent to a bot in the meeting chat when the app has the resource-specific permission
/// <c>OnlineMeeting.ReadBasic.Chat</c>. Teams spells these fields in PascalCase (Microsoft Learn, "Meeting apps API
/// references": <c>Id</c>, <c>MeetingType</c>, <c>JoinUrl</c>, <c>Title</c>, <c>StartTime</c> or <c>EndTime</c>, UTC).
/// </summary>
public sealed record MeetingEventValue
{
    public const string StartEventName = "application/vnd.microsoft.meetingStart";
    public const string EndEventName = "application/vnd.microsoft.meetingEnd";

    /// <summary>The meeting's id (base64).</summary>
    [JsonPropertyName("Id")] public string? Id { get; init; }

    /// <summary>E.g. <c>Scheduled</c>, <c>Recurring</c>, <c>Adhoc</c>, <c>ChannelScheduled</c>.</summary>
    [JsonPropertyName("MeetingType")] public string? MeetingType { get; init; }

    [JsonPropertyName("JoinUrl")] public string? JoinUrl { get; init; }
    [JsonPropertyName("Title")] public string? Title { get; init; }
    [JsonPropertyName("StartTime")] public DateTimeOffset? StartTime { get; init; }
    [JsonPropertyName("EndTime")] public DateTimeOffset? EndTime { get; init; }

    [JsonExtensionData] public IDictionary<string, JsonElement>? Extra { get; init; }

    /// <summary>The value of <paramref name="activity"/>, or null when it is absent or not shaped like a meeting event.</summary>
    public static MeetingEventValue? From(Activity activity)
    {
        if (activity.Value is not { ValueKind: JsonValueKind.Object } value) return null;
        try
        {
            return value.Deserialize<MeetingEventValue>(ProtocolJson.Options);
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
