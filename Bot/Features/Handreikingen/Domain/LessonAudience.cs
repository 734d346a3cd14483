namespace IntervisieBot.Features.Handreikingen.Domain;

/// <summary>
/// Who the lessons are for, taken from the authenticated activity by the caller: the tenant, the team of the conversation
/// (null in a personal chat) and the user. A lesson source returns only lessons this audience may read; without an audience
/// it returns none.
/// </summary>
public sealed record LessonAudience(string TenantId, string? TeamKey, string UserKey);
