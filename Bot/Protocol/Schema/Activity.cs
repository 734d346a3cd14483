using System.Text.Json;
using System.Text.Json.Serialization;

namespace IntervisieBot.Protocol.Schema;

/// <summary>
/// A Bot Framework activity. Only the fields the bot reads are typed; everything else Teams sends
/// survives a round trip through <see cref="Extra"/>.
/// </summary>
public sealed record Activity
{
    [JsonPropertyName("type")] public string? Type { get; init; }
    [JsonPropertyName("id")] public string? Id { get; init; }
    [JsonPropertyName("timestamp")] public DateTimeOffset? Timestamp { get; init; }
    [JsonPropertyName("localTimestamp")] public DateTimeOffset? LocalTimestamp { get; init; }
    [JsonPropertyName("localTimezone")] public string? LocalTimezone { get; init; }
    [JsonPropertyName("serviceUrl")] public string? ServiceUrl { get; init; }
    [JsonPropertyName("channelId")] public string? ChannelId { get; init; }
    [JsonPropertyName("from")] public ChannelAccount? From { get; init; }
    [JsonPropertyName("conversation")] public ConversationAccount? Conversation { get; init; }
    [JsonPropertyName("recipient")] public ChannelAccount? Recipient { get; init; }
    [JsonPropertyName("textFormat")] public string? TextFormat { get; init; }
    [JsonPropertyName("attachmentLayout")] public string? AttachmentLayout { get; init; }
    [JsonPropertyName("membersAdded")] public IReadOnlyList<ChannelAccount>? MembersAdded { get; init; }
    [JsonPropertyName("membersRemoved")] public IReadOnlyList<ChannelAccount>? MembersRemoved { get; init; }
    [JsonPropertyName("action")] public string? Action { get; init; }
    [JsonPropertyName("locale")] public string? Locale { get; init; }
    [JsonPropertyName("text")] public string? Text { get; init; }
    [JsonPropertyName("summary")] public string? Summary { get; init; }
    [JsonPropertyName("attachments")] public IReadOnlyList<Attachment>? Attachments { get; init; }
    [JsonPropertyName("entities")] public IReadOnlyList<Entity>? Entities { get; init; }
    [JsonPropertyName("channelData")] public JsonElement? ChannelData { get; init; }
    [JsonPropertyName("replyToId")] public string? ReplyToId { get; init; }
    [JsonPropertyName("name")] public string? Name { get; init; }
    [JsonPropertyName("value")] public JsonElement? Value { get; init; }

    [JsonExtensionData] public IDictionary<string, JsonElement>? Extra { get; init; }

    /// <summary>Tenant id from channelData.tenant.id, or conversation.tenantId.</summary>
    [JsonIgnore]
    public string? TenantId =>
        ChannelDataString("tenant", "id") ?? Conversation?.TenantId;

    /// <summary>Teams team id (channel contexts only).</summary>
    [JsonIgnore]
    public string? TeamId => ChannelDataString("team", "id");

    [JsonIgnore]
    public string? TeamName => ChannelDataString("team", "name");

    /// <summary>The team's Microsoft 365 group id (channelData.team.aadGroupId; channel contexts only).</summary>
    [JsonIgnore]
    public string? TeamAadGroupId => ChannelDataString("team", "aadGroupId");

    [JsonIgnore]
    public string? EventType => ChannelDataString("eventType");

    private string? ChannelDataString(params string[] path)
    {
        if (ChannelData is not { ValueKind: JsonValueKind.Object } element) return null;
        foreach (var segment in path)
        {
            if (element.ValueKind != JsonValueKind.Object || !element.TryGetProperty(segment, out element)) return null;
        }
        return element.ValueKind == JsonValueKind.String ? element.GetString() : null;
    }
}
