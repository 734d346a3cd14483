using System.Globalization;
using IntervisieBot.Features.Reminders.Handlers;
using IntervisieBot.Features.Handreikingen.Domain;
using IntervisieBot.Features.Reminders.Domain;
using IntervisieBot.Features.Reminders.Storage;

namespace IntervisieBot.Features.Handreikingen.Handlers;

/// <summary>
/// Keeps one monthly review digest on the reminders outbox per kennismakelaar: due on the first working day of the next
/// month at 09:00 (the working-day calendar moves it past weekends and holidays). The reminder id names the person and the
/// month, so asking again (every overview, every role save, every digest sent) never makes a second one.
/// </summary>
public sealed class ReviewDigestScheduler(ReminderScheduler reminders, WorkingDayCalendar calendar, TimeProvider time)
{
    public const string Kind = "review-digest";
    private static readonly TimeOnly SendAt = new(9, 0);

    /// <summary>The kennismakelaar whose digest is kept: where to reach them and the team whose role they hold.</summary>
    public sealed record Recipient(string TenantId, string TeamKey, string UserId, string UserKey, string ServiceUrl, string? Locale);

    /// <summary>The first day of the month after <paramref name="now"/> (in the calendar's zone), 09:00 local.</summary>
    public DateTimeOffset NextDue(DateTimeOffset now)
    {
        var local = TimeZoneInfo.ConvertTime(now, calendar.TimeZone);
        var first = new DateOnly(local.Year, local.Month, 1).AddMonths(1).ToDateTime(SendAt);
        return new DateTimeOffset(first, calendar.TimeZone.GetUtcOffset(first));
    }

    public static string IdFor(string tenantId, string userKey, DateTimeOffset due) =>
        string.Join('|', Kind, tenantId, userKey, due.ToString("yyyy-MM", CultureInfo.InvariantCulture));

    /// <summary>Schedules next month's digest for <paramref name="recipient"/> unless it is already there.</summary>
    public async Task<ScheduledReminder> EnsureAsync(Recipient recipient, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(recipient);
        var due = NextDue(time.GetUtcNow());
        return await reminders.ScheduleAsync(new ReminderRequest(
            Kind,
            recipient.TenantId,
            recipient.UserId,
            recipient.UserKey,
            recipient.ServiceUrl,
            due,
            Payload: new ReviewDigestPayload(recipient.TeamKey).ToJson(),
            Locale: recipient.Locale,
            Id: IdFor(recipient.TenantId, recipient.UserKey, due)), cancellationToken).ConfigureAwait(false);
    }
}
