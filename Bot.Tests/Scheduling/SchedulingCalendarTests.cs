using IntervisieBot.Features.Scheduling;
using IntervisieBot.Features.Scheduling.Calendar;

namespace IntervisieBot.Tests.Scheduling;

/// <summary>
/// The team calendar through the <see cref="ITeamCalendar"/> contract: what scheduling asks it (group, organizer, recurrence,
/// holiday exceptions), and how every answer is put to the teamleider, with the schedule working regardless.
/// </summary>
public sealed class SchedulingCalendarTests
{
    private static readonly CalendarEventRef Event = new(SchedulingHarness.Aad(SchedulingHarness.T), "AAMkAGI-series-1");

    [Fact]
    public async Task Save_CalendarConfigured_CreatesTheSeriesForTheTeamGroupThenUpdatesAndCancelsIt()
    {
        var calendar = new ScriptedTeamCalendar();
        await using var h = await SchedulingHarness.StartAsync(new DateTime(2026, 4, 1, 9, 0, 0), calendar);
        calendar.Answer(new CalendarResult(CalendarStatus.Succeeded, Event, "https://teams.microsoft.com/l/meetup-join/19%3ameeting_test"));

        var saved = SchedulingHarness.Text(await h.ExecuteAsync(SchedulingVerbs.Save, SchedulingHarness.PlanData(first: "2026-04-20", weekday: "1", cadence: "1"), SchedulingHarness.T));

        Assert.Contains("staat in de teamagenda", saved);
        Assert.Contains("verschoven van maandag 27 april, Koningsdag", saved);
        var (operation, _, series, _) = Assert.Single(calendar.Calls);
        Assert.Equal("create", operation);
        Assert.Equal(SchedulingHarness.NoordGroup, series!.GroupId);
        Assert.Equal(SchedulingHarness.Aad(SchedulingHarness.T), series.OrganizerUserId);
        Assert.Equal((1, DayOfWeek.Monday, new TimeOnly(14, 0), 90, new DateOnly(2026, 4, 20)), (series.IntervalWeeks, series.Weekday, series.StartTime, series.DurationMinutes, series.FirstDate));
        Assert.Contains(new OccurrenceChange(new DateOnly(2026, 4, 27), new DateOnly(2026, 4, 28)), series.Exceptions);
        Assert.Contains(new OccurrenceChange(new DateOnly(2026, 5, 25), new DateOnly(2026, 5, 26)), series.Exceptions);
        var stored = (await h.Store.GetSeriesAsync(h.NoordPartition, default))!;
        Assert.Equal(Event.EventId, stored.CalendarEventId);
        Assert.StartsWith("https://teams.microsoft.com/", stored.JoinUrl);

        calendar.Answer(new CalendarResult(CalendarStatus.Succeeded, Event));
        Assert.Contains("teamagenda is bijgewerkt", SchedulingHarness.Text(await h.ExecuteAsync(SchedulingVerbs.Save,
            SchedulingHarness.PlanData(first: "2026-04-20", weekday: "1", cadence: "2", start: "10:00"), SchedulingHarness.T)));
        var update = calendar.Calls.ElementAt(1);
        Assert.Equal("update", update.Operation);
        Assert.Equal(Event, update.Existing);
        Assert.Equal((2, new TimeOnly(10, 0)), (update.Series!.IntervalWeeks, update.Series.StartTime));

        calendar.Answer(new CalendarResult(CalendarStatus.Succeeded));
        await h.ExecuteAsync(SchedulingVerbs.Stop, new Dictionary<string, object?>(), SchedulingHarness.T);
        Assert.Contains("uit de teamagenda gehaald", SchedulingHarness.Text(await h.ExecuteAsync(SchedulingVerbs.StopConfirm, new Dictionary<string, object?>(), SchedulingHarness.T)));
        var cancel = calendar.Calls.ElementAt(2);
        Assert.Equal(("cancel", Event), (cancel.Operation, cancel.Existing));
        Assert.Null((await h.Store.GetSeriesAsync(h.NoordPartition, default))!.CalendarEventId);
    }

    [Fact]
    public async Task Save_PermissionMissing_NamesThePermissionAndTheScheduleStillRuns()
    {
        var calendar = new ScriptedTeamCalendar();
        await using var h = await SchedulingHarness.StartAsync(new DateTime(2026, 3, 2, 9, 0, 0), calendar);
        calendar.Answer(new CalendarResult(CalendarStatus.PermissionMissing, MissingPermission: "Calendars.ReadWrite"));

        var saved = SchedulingHarness.Text(await h.ExecuteAsync(SchedulingVerbs.Save, SchedulingHarness.PlanData(), SchedulingHarness.T));

        Assert.Contains("Intervisie gepland", saved);
        Assert.Contains("toepassingsmachtiging Calendars.ReadWrite", saved);
        Assert.Contains("werkt intussen gewoon", saved);
        Assert.Null((await h.Store.GetSeriesAsync(h.NoordPartition, default))!.CalendarEventId);
        h.SetLocal(new DateTime(2026, 3, 9, 14, 0, 0));
        Assert.Contains("Voorstel voor de rollen", SchedulingHarness.CardTextOf(Assert.Single(await h.DeliverAsync())));
    }

    [Fact]
    public async Task Save_Throttled_KeepsThePlanAndOffersARetryThatCreatesTheSeries()
    {
        var calendar = new ScriptedTeamCalendar();
        await using var h = await SchedulingHarness.StartAsync(new DateTime(2026, 3, 2, 9, 0, 0), calendar);
        calendar.Answer(new CalendarResult(CalendarStatus.Throttled, RetryAfter: TimeSpan.FromSeconds(30)));

        var card = await h.ExecuteAsync(SchedulingVerbs.Save, SchedulingHarness.PlanData(), SchedulingHarness.T);

        Assert.Contains("probeer het zo opnieuw", SchedulingHarness.Text(card));
        Assert.Contains(SchedulingVerbs.RetryCalendar, card.ToString());
        Assert.Equal(nameof(SeriesStatus.Active), (await h.Store.GetSeriesAsync(h.NoordPartition, default))!.Status);

        calendar.Answer(new CalendarResult(CalendarStatus.Succeeded, Event));
        Assert.Contains("staat in de teamagenda", SchedulingHarness.Text(await h.ExecuteAsync(SchedulingVerbs.RetryCalendar, new Dictionary<string, object?>(), SchedulingHarness.T)));
        Assert.Equal(["create", "create"], calendar.Calls.Select(c => c.Operation));
        Assert.Equal(Event.EventId, (await h.Store.GetSeriesAsync(h.NoordPartition, default))!.CalendarEventId);
    }

    [Fact]
    public async Task Save_NoGroupIdInTheActivity_AnnouncesOnlyAndNeverCallsTheCalendar()
    {
        var calendar = new ScriptedTeamCalendar();
        await using var h = await SchedulingHarness.StartAsync(new DateTime(2026, 3, 2, 9, 0, 0), calendar);

        var saved = SchedulingHarness.Text(await h.ExecuteAsync(SchedulingVerbs.Save, SchedulingHarness.PlanData(), SchedulingHarness.T, groupId: null));

        Assert.Contains("hoort niet bij een Microsoft 365-groep", saved);
        Assert.Empty(calendar.Calls);
    }
}
