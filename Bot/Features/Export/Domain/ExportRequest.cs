using System.Globalization;

namespace IntervisieBot.Features.Export.Domain;

/// <summary>
/// Who asks for a file, from the authenticated activity: the tenant, the person (user key and Teams user id) and, for a
/// team export, the team whose role the person holds (already checked when a source is called).
/// </summary>
/// <param name="ConversationId">Where the request was made (the personal chat for the person's own data).</param>
public sealed record ExportRequest(string TenantId, string UserKey, string UserId, string ConversationId, string? TeamKey, CultureInfo Culture, DateTimeOffset Now);
