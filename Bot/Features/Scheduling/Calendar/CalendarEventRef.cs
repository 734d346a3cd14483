
namespace IntervisieBot.Features.Scheduling.Calendar;

/// <summary>Where a created series lives: the organizer's mailbox and the series master's event id.</summary>
public sealed record CalendarEventRef(string OrganizerUserId, string EventId);
