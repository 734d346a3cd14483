using System.Text.Json;

namespace IntervisieBot.Tests.Infrastructure;

/// <summary>One request the <see cref="LoopbackConnector"/> received, as it arrived on the wire.</summary>
/// <param name="Method">HTTP method (POST, PUT, DELETE, GET).</param>
/// <param name="RawPath">The path exactly as sent (still percent-encoded), without the query.</param>
/// <param name="Query">The raw query string including the leading '?', or empty.</param>
/// <param name="Operation">What the connector understood: Send, Reply, Update, Delete, CreateConversation, GetMembers, GetPagedMembers, Unknown.</param>
/// <param name="ConversationId">The conversation id segment, percent-decoded; null for create/unknown.</param>
/// <param name="ActivityId">The activity id segment, percent-decoded, where the path has one.</param>
/// <param name="Body">The request body parsed as JSON (activity or conversation parameters); null when empty or not JSON.</param>
/// <param name="Authorization">The Authorization header, or null when none was sent.</param>
/// <param name="ReceivedAt">When it arrived (the connector's TimeProvider).</param>
/// <param name="ResponseStatus">The status code the connector answered with.</param>
/// <param name="ResponseId">The id the connector generated and returned, if any.</param>
public sealed record RecordedRequest(
    string Method,
    string RawPath,
    string Query,
    string Operation,
    string? ConversationId,
    string? ActivityId,
    JsonElement? Body,
    string? Authorization,
    DateTimeOffset ReceivedAt,
    int ResponseStatus,
    string? ResponseId)
{
    public bool Succeeded => ResponseStatus is >= 200 and < 300;

    /// <summary>The activity's <c>type</c> in the body, if any.</summary>
    public string? ActivityType => BodyString("type");

    /// <summary>The activity's <c>replyToId</c> in the body (which inbound activity a reply answers), if any.</summary>
    public string? ReplyToId => BodyString("replyToId");

    /// <summary>The activity's <c>text</c> in the body, if any.</summary>
    public string? Text => BodyString("text");

    /// <summary>The first attachment's content type, if any (cards are <c>application/vnd.microsoft.card.adaptive</c>).</summary>
    public string? FirstAttachmentContentType =>
        Body is { ValueKind: JsonValueKind.Object } body
        && body.TryGetProperty("attachments", out var attachments)
        && attachments.ValueKind == JsonValueKind.Array
        && attachments.GetArrayLength() > 0
        && attachments[0].TryGetProperty("contentType", out var contentType)
            ? contentType.GetString()
            : null;

    private string? BodyString(string name) =>
        Body is { ValueKind: JsonValueKind.Object } body
        && body.TryGetProperty(name, out var value)
        && value.ValueKind == JsonValueKind.String
            ? value.GetString()
            : null;
}
