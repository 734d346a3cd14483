using System.Text.Json;
using System.Text.Json.Serialization;

namespace IntervisieBot.Protocol.Schema;

public sealed record ResourceResponse([property: JsonPropertyName("id")] string? Id);

public sealed record ConversationResourceResponse(
    [property: JsonPropertyName("id")] string? Id,
    [property: JsonPropertyName("activityId")] string? ActivityId,
    [property: JsonPropertyName("serviceUrl")] string? ServiceUrl);

public sealed record ConversationParameters
{
    [JsonPropertyName("isGroup")] public bool IsGroup { get; init; }
    [JsonPropertyName("bot")] public ChannelAccount? Bot { get; init; }
    [JsonPropertyName("members")] public IReadOnlyList<ChannelAccount>? Members { get; init; }
    [JsonPropertyName("tenantId")] public string? TenantId { get; init; }
    [JsonPropertyName("channelData")] public object? ChannelData { get; init; }
    [JsonPropertyName("activity")] public Activity? Activity { get; init; }
}

public sealed record PagedMembersResult
{
    [JsonPropertyName("continuationToken")] public string? ContinuationToken { get; init; }
    [JsonPropertyName("members")] public IReadOnlyList<ChannelAccount> Members { get; init; } = [];
}

/// <summary>What <c>GET /v3/teams/{teamId}</c> answers (Teams only).</summary>
public sealed record TeamDetails
{
    [JsonPropertyName("id")] public string? Id { get; init; }
    [JsonPropertyName("name")] public string? Name { get; init; }
    [JsonPropertyName("aadGroupId")] public string? AadGroupId { get; init; }
}

public sealed record ErrorResponse([property: JsonPropertyName("error")] ErrorDetail? Error);

public sealed record ErrorDetail(
    [property: JsonPropertyName("code")] string? Code,
    [property: JsonPropertyName("message")] string? Message);

/// <summary>What an invoke handler answers; becomes the HTTP status and body of the response to Teams.</summary>
public sealed record InvokeResponse(int Status, object? Body = null);
