
namespace IntervisieBot.Features.Scheduling.Calendar.Graph;

/// <summary>The Microsoft Graph application permissions the calendar needs (docs/deploy.md step 8 says why).</summary>
public static class GraphPermissions
{
    /// <summary>Create, update and cancel the series and its occurrences in the organizer's mailbox; list its instances.</summary>
    public const string CalendarsReadWrite = "Calendars.ReadWrite";

    /// <summary>Read the team's Microsoft 365 group (its e-mail address): the least privileged permission for <c>GET /groups/{id}</c>.</summary>
    public const string GroupMemberReadAll = "GroupMember.Read.All";
}
