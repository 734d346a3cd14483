
namespace IntervisieBot.Features.Scheduling.Handlers;

/// <summary>Who plans, for which team and channel, taken from the authenticated activity (never from card data).</summary>
/// <param name="GroupId">channelData.team.aadGroupId, when Teams sent it.</param>
/// <param name="OrganizerObjectId">The teamleider's Entra object id (the calendar event's organizer), when known.</param>
public sealed record PlanRequest(
    string Partition,
    string TenantId,
    string TeamKey,
    string ConversationId,
    string ServiceUrl,
    string Locale,
    string OrganizerKey,
    string OrganizerUserId,
    string? OrganizerObjectId,
    string? GroupId);
