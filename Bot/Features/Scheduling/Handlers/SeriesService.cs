using System.Globalization;
using IntervisieBot.Features.Intervisie;
using IntervisieBot.Features.Intervisie.Storage;
using IntervisieBot.Features.Lessons;
using IntervisieBot.Features.Lessons.Domain;
using IntervisieBot.Features.Lessons.Handlers;
using IntervisieBot.Features.Lessons.Storage;
using IntervisieBot.Features.Reminders.Domain;
using IntervisieBot.Features.Reminders.Handlers;
using IntervisieBot.Features.Reminders.Storage;
using IntervisieBot.Features.Scheduling.Calendar;
using IntervisieBot.Features.Scheduling.Cards;
using IntervisieBot.Features.Scheduling.Domain;
using IntervisieBot.Features.Scheduling.Storage;
using IntervisieBot.Localization;

namespace IntervisieBot.Features.Scheduling.Handlers;

/// <summary>
/// Saving, changing and stopping a team's series: the series row (ETag), the team calendar through
/// <see cref="ITeamCalendar"/> (create, update or cancel; every answer becomes a clear sentence, and the plan works
/// without the calendar), and the next session's events. Also the series' health in counts.
/// </summary>
public sealed class SeriesService(
    SeriesStore store,
    SessionEventScheduler events,
    SessionService sessions,
    ITeamCalendar calendar,
    WorkingDayCalendar workingDays,
    IRoundQueries rounds,
    ILessonSourceCounts lessons,
    TimeProvider time,
    ILogger<SeriesService> logger)
{
    public const string DefaultCalendarPermission = "Calendars.ReadWrite";

    public async Task<SeriesEntity?> GetActiveAsync(string partition, CancellationToken cancellationToken)
    {
        var series = await store.GetSeriesAsync(partition, cancellationToken).ConfigureAwait(false);
        return series?.Status == nameof(SeriesStatus.Active) ? series : null;
    }

    public async Task<PlanOutcome> SaveAsync(PlanRequest request, SeriesPlan plan, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(plan);
        var now = time.GetUtcNow();
        var updated = false;
        await store.UpdateSeriesAsync(request.Partition, current =>
        {
            updated = current?.Status == nameof(SeriesStatus.Active);
            var row = current ?? new SeriesEntity { CreatedAt = now };
            if (!updated)
            {
                // A new series (or one after a stop): nothing of an old calendar event carries over.
                row.CreatedAt = now;
                row.CalendarEventId = null;
                row.CalendarOrganizer = null;
                row.JoinUrl = null;
            }
            row.TenantId = request.TenantId;
            row.TeamKey = request.TeamKey;
            row.ConversationId = request.ConversationId;
            row.ServiceUrl = request.ServiceUrl;
            row.Locale = request.Locale;
            row.OrganizerKey = request.OrganizerKey;
            row.OrganizerUserId = request.OrganizerUserId;
            row.GroupId = request.GroupId ?? row.GroupId;
            row.Status = nameof(SeriesStatus.Active);
            row.Version = Guid.NewGuid().ToString("N")[..12];
            row.UpdatedAt = now;
            SeriesStore.Apply(row, plan);
            return row;
        }, cancellationToken).ConfigureAwait(false);

        var outcome = await SyncCalendarAsync(request.Partition, request.OrganizerObjectId, cancellationToken).ConfigureAwait(false) with { Updated = updated };
        await events.ScheduleNextAsync(outcome.Series, events.LocalNow, cancellationToken).ConfigureAwait(false);
        SchedulingLog.Saved(logger, plan.IntervalWeeks, updated, outcome.Series.CalendarState ?? "none");
        return outcome;
    }

    /// <summary>Creates or updates the calendar series for the stored plan and records the outcome on the series row.</summary>
    public async Task<PlanOutcome> SyncCalendarAsync(string partition, string? organizerObjectId, CancellationToken cancellationToken)
    {
        var series = await store.GetSeriesAsync(partition, cancellationToken).ConfigureAwait(false)
            ?? throw new InvalidOperationException("The series row is gone.");
        var culture = BotCulture.FromLocale(series.Locale);
        if (!calendar.IsConfigured) return await RecordAsync(series, CalendarResult.NotConfigured, SchedulingStrings.CalendarNotConfigured(culture), false, cancellationToken).ConfigureAwait(false);
        if (string.IsNullOrEmpty(series.GroupId)) return await RecordAsync(series, CalendarResult.NotConfigured, SchedulingStrings.CalendarNoGroup(culture), false, cancellationToken).ConfigureAwait(false);

        var organizer = series.CalendarOrganizer ?? organizerObjectId;
        if (string.IsNullOrEmpty(organizer)) return await RecordAsync(series, new CalendarResult(CalendarStatus.Failed), SchedulingStrings.CalendarFailed(culture), true, cancellationToken).ConfigureAwait(false);

        var plan = SeriesStore.PlanOf(series);
        var calendarSeries = new CalendarSeries(
            series.TenantId,
            series.GroupId,
            organizer,
            SchedulingStrings.CalendarSubject(culture),
            SchedulingStrings.CalendarBody(culture, sessions.MethodName(plan.MethodId, culture)),
            plan.FirstDate,
            plan.EndDate,
            plan.StartTime,
            plan.DurationMinutes,
            plan.IntervalWeeks,
            plan.Weekday,
            SeriesOccurrences.Changes(plan, workingDays, events.Today));

        var updating = series.CalendarEventId is not null && series.CalendarOrganizer is not null;
        var result = updating
            ? await calendar.UpdateSeriesAsync(new CalendarEventRef(series.CalendarOrganizer!, series.CalendarEventId!), calendarSeries, cancellationToken).ConfigureAwait(false)
            : await calendar.CreateSeriesAsync(calendarSeries, cancellationToken).ConfigureAwait(false);
        if (updating && result.Status == CalendarStatus.NotFound)
        {
            // Removed from the calendar by hand: create it again.
            updating = false;
            result = await calendar.CreateSeriesAsync(calendarSeries, cancellationToken).ConfigureAwait(false);
        }

        if (!result.Succeeded) SchedulingLog.CalendarProblem(logger, updating ? "update" : "create", result.Status.ToString(), result.MissingPermission);
        var (notice, retry) = result.Status switch
        {
            CalendarStatus.Succeeded => (updating ? SchedulingStrings.CalendarUpdated(culture) : SchedulingStrings.CalendarCreated(culture), false),
            CalendarStatus.NotConfigured => (SchedulingStrings.CalendarNotConfigured(culture), false),
            CalendarStatus.PermissionMissing => (SchedulingStrings.CalendarPermissionMissing(culture, result.MissingPermission ?? DefaultCalendarPermission), false),
            CalendarStatus.Throttled => (SchedulingStrings.CalendarThrottled(culture), true),
            _ => (SchedulingStrings.CalendarFailed(culture), true),
        };
        return await RecordAsync(series, result, notice, retry, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Stops the series: status, pending session events closed, calendar series cancelled (when there is one).</summary>
    public async Task<(bool Stopped, string? CalendarNotice)> StopAsync(string partition, CancellationToken cancellationToken)
    {
        var stopped = false;
        var series = await store.UpdateSeriesAsync(partition, current =>
        {
            stopped = false;
            if (current is null || current.Status != nameof(SeriesStatus.Active)) return null;
            current.Status = nameof(SeriesStatus.Cancelled);
            current.UpdatedAt = time.GetUtcNow();
            stopped = true;
            return current;
        }, cancellationToken).ConfigureAwait(false);
        if (!stopped || series is null) return (false, null);

        foreach (var session in await store.ListSessionsAsync(partition, cancellationToken).ConfigureAwait(false))
        {
            if (SeriesStore.SessionDate(session) >= events.Today) await events.CloseAsync(session, "series-stopped", cancellationToken).ConfigureAwait(false);
        }

        string? notice = null;
        var status = "none";
        if (series.CalendarEventId is { } eventId && series.CalendarOrganizer is { } organizer && calendar.IsConfigured)
        {
            var culture = BotCulture.FromLocale(series.Locale);
            var result = await calendar.CancelSeriesAsync(new CalendarEventRef(organizer, eventId), SchedulingStrings.CalendarCancelComment(culture), cancellationToken).ConfigureAwait(false);
            status = result.Status.ToString();
            if (result.Succeeded || result.Status == CalendarStatus.NotFound)
            {
                notice = SchedulingStrings.CalendarCancelled(culture);
                await store.UpdateSeriesAsync(partition, current =>
                {
                    if (current is null) return null;
                    current.CalendarEventId = null;
                    current.JoinUrl = null;
                    current.CalendarState = result.Status.ToString();
                    return current;
                }, cancellationToken).ConfigureAwait(false);
            }
            else
            {
                SchedulingLog.CalendarProblem(logger, "cancel", result.Status.ToString(), result.MissingPermission);
                notice = result.Status == CalendarStatus.PermissionMissing
                    ? SchedulingStrings.CalendarPermissionMissing(culture, result.MissingPermission ?? DefaultCalendarPermission)
                    : SchedulingStrings.CalendarCancelFailed(culture);
            }
        }
        SchedulingLog.Stopped(logger, status);
        return (true, notice);
    }

    /// <summary>
    /// Counts only: sessions planned up to now, sessions held (a round started in the channel on a planned session's day),
    /// average attendance of those rounds (distinct people who contributed, brought the casus or chaired) and lessons shared
    /// with the team that came from the series' rounds: every round in its channel since the series was planned (also one
    /// started before the first session or on another day), not only the held ones.
    /// </summary>
    public async Task<SeriesHealth> HealthAsync(SeriesEntity series, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(series);
        var plan = SeriesStore.PlanOf(series);
        var since = SeriesHealthRules.CountsSince(plan, series.CreatedAt, workingDays.TimeZone);
        var channelRounds = (await rounds.RoundsSinceAsync(series.TenantId, series.ConversationId, since, cancellationToken).ConfigureAwait(false))
            .Select(r => new SeriesRound(r.RoundId, r.StartedAt, r.Attendance))
            .ToList();
        var lessonCount = await lessons.CountTeamLessonsFromAsync(series.TenantId, series.TeamKey, rounds.LessonSourceKind,
            channelRounds.Select(r => r.RoundId).ToHashSet(StringComparer.Ordinal), cancellationToken).ConfigureAwait(false);
        return SeriesHealthRules.Count(plan, workingDays, events.LocalNow, channelRounds, lessonCount);
    }

    /// <summary>The next occurrences from today (skipped ones included, so the card can mark them).</summary>
    public IReadOnlyList<SessionOccurrence> Upcoming(SeriesPlan plan, int count)
    {
        ArgumentNullException.ThrowIfNull(plan);
        var from = events.Today > plan.FirstDate ? events.Today : plan.FirstDate;
        var to = from.AddDays(7 * plan.IntervalWeeks * (count + 1));
        return [.. SeriesOccurrences.Between(plan, workingDays, from, to).Take(count)];
    }

    private async Task<PlanOutcome> RecordAsync(SeriesEntity series, CalendarResult result, string notice, bool retry, CancellationToken cancellationToken)
    {
        var stored = await store.UpdateSeriesAsync(series.PartitionKey, current =>
        {
            if (current is null) return null;
            current.CalendarState = result.Status.ToString();
            current.CalendarPermission = result.MissingPermission;
            if (result is { Succeeded: true, Event: { } reference })
            {
                current.CalendarOrganizer = reference.OrganizerUserId;
                current.CalendarEventId = reference.EventId;
            }
            if (result is { Succeeded: true, JoinUrl: { } join }) current.JoinUrl = join;
            return current;
        }, cancellationToken).ConfigureAwait(false) ?? series;
        return new PlanOutcome(stored, false, notice, retry);
    }
}
