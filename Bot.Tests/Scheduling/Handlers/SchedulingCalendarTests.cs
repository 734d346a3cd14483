using System.Text.Json;
using IntervisieBot.Features.Scheduling.Calendar.Graph;
using IntervisieBot.Features.Scheduling.Cards;
using IntervisieBot.Features.Scheduling.Domain;
using IntervisieBot.Localization;
using IntervisieBot.Protocol.Schema;
using IntervisieBot.Tests.Infrastructure;
using IntervisieBot.Tests.Scheduling.Graph;

namespace IntervisieBot.Tests.Scheduling.Handlers;

/// <summary>
/// The team calendar end to end: the real bot through /api/messages (Azurite, loopback connector, fake clock) with
/// <c>Graph:Enabled=true</c>, the real <see cref="GraphTeamCalendar"/> (Microsoft.Graph SDK, Azure.Identity) against a
/// loopback Graph server and token endpoint. Asserts the Graph requests the teamleider's plan card causes (create, holiday
/// exceptions, update, cancel), how every Graph answer (403, 429) is put to the teamleider, and that the schedule works
/// without the calendar (no group, Graph off).
/// </summary>
public sealed class SchedulingCalendarTests
{
    private const string Zone = "W. Europe Standard Time";
    private const string GroupMail = "team-noord@loopback.test";
    private const string GroupName = "Team Noord";
    private static readonly string Organizer = SchedulingHarness.Aad(SchedulingHarness.T);
    private static readonly string Events = $"/users/{Organizer}/events";
    private static readonly string GroupPath = $"/groups/{SchedulingHarness.NoordGroup}";

    /// <summary>Weekly on Monday 14:00–15:30 from 20 April to 29 June 2026: Koningsdag (27 April) and Tweede Pinksterdag (25 May) are holidays.</summary>
    private static Dictionary<string, object?> WeeklyPlan(string start = "14:00", string holidays = "move") =>
        SchedulingHarness.PlanData(first: "2026-04-20", weekday: "1", cadence: "1", start: start, end: "2026-06-29", holidays: holidays);

    [Fact]
    public async Task Save_GraphEnabled_CreatesTheSeriesInTheTeamleidersMailboxAndMovesHolidayOccurrences()
    {
        await using var graph = await StartGraphAsync();
        await using var h = await SchedulingHarness.StartAsync(new DateTime(2026, 4, 1, 9, 0, 0), graph);
        Assert.Contains("Intervisie plannen", await h.SayAsync("<at>IntervisieBot</at> plan intervisie", SchedulingHarness.T));

        var card = await h.ExecuteAsync(SchedulingVerbs.Save, WeeklyPlan(), SchedulingHarness.T);

        var requests = graph.Graph.Requests;
        Assert.Equal(
            [
                $"GET {GroupPath}",
                $"POST {Events}",
                $"GET {Events}/series-1/instances",
                $"PATCH {Events}/series-1.occ.20260427",
                $"PATCH {Events}/series-1.occ.20260525",
            ],
            requests.Select(r => $"{r.Method} {r.Path}"));
        Assert.All(requests, r => Assert.StartsWith("Bearer loopback-token-", r.Authorization, StringComparison.Ordinal));

        var series = requests[1].Body!.Value;
        Assert.Equal("Intervisie", series.GetProperty("subject").GetString());
        Assert.Contains("Intervisie van het team", series.GetProperty("body").GetProperty("content").GetString(), StringComparison.Ordinal);
        AssertTime(series.GetProperty("start"), "2026-04-20T14:00:00");
        AssertTime(series.GetProperty("end"), "2026-04-20T15:30:00");
        var pattern = series.GetProperty("recurrence").GetProperty("pattern");
        Assert.Equal(("weekly", 1), (pattern.GetProperty("type").GetString(), pattern.GetProperty("interval").GetInt32()));
        Assert.Equal(["monday"], pattern.GetProperty("daysOfWeek").EnumerateArray().Select(d => d.GetString()));
        var range = series.GetProperty("recurrence").GetProperty("range");
        Assert.Equal(("endDate", "2026-04-20", "2026-06-29", Zone),
            (range.GetProperty("type").GetString(), range.GetProperty("startDate").GetString(), range.GetProperty("endDate").GetString(), range.GetProperty("recurrenceTimeZone").GetString()));
        Assert.True(series.GetProperty("isOnlineMeeting").GetBoolean());
        Assert.Equal("teamsForBusiness", series.GetProperty("onlineMeetingProvider").GetString());
        var attendee = Assert.Single(series.GetProperty("attendees").EnumerateArray()).GetProperty("emailAddress");
        Assert.Equal((GroupMail, GroupName), (attendee.GetProperty("address").GetString(), attendee.GetProperty("name").GetString()));

        // Koningsdag → Tuesday 28 April, Tweede Pinksterdag → Tuesday 26 May, at the series' time.
        AssertTime(requests[3].Body!.Value.GetProperty("start"), "2026-04-28T14:00:00");
        AssertTime(requests[3].Body!.Value.GetProperty("end"), "2026-04-28T15:30:00");
        AssertTime(requests[4].Body!.Value.GetProperty("start"), "2026-05-26T14:00:00");

        var stored = (await h.Store.GetSeriesAsync(h.NoordPartition, default))!;
        Assert.Equal(("series-1", Organizer), (stored.CalendarEventId, stored.CalendarOrganizer));
        Assert.Equal("https://teams.microsoft.com/l/meetup-join/loopback-1", stored.JoinUrl);

        var text = SchedulingHarness.Text(card);
        Assert.Contains("Intervisie gepland", text);
        Assert.Contains("De reeks staat in de teamagenda, met een Teams-vergadering.", text);
        Assert.Contains("verschoven van maandag 27 april, Koningsdag", text);
        Assert.Contains("https://teams.microsoft.com/l/meetup-join/loopback-1", card.ToString());
    }

    [Fact]
    public async Task Save_ChangedPlan_PatchesTheSeriesAndReappliesTheExceptions_StopCancelsIt()
    {
        await using var graph = await StartGraphAsync();
        await using var h = await SchedulingHarness.StartAsync(new DateTime(2026, 4, 1, 9, 0, 0), graph);
        await h.ExecuteAsync(SchedulingVerbs.Save, WeeklyPlan(), SchedulingHarness.T);
        var before = graph.Graph.Requests.Count;

        // Now at 10:00, and holidays are skipped instead of moved.
        var changed = SchedulingHarness.Text(await h.ExecuteAsync(SchedulingVerbs.Save, WeeklyPlan(start: "10:00", holidays: "skip"), SchedulingHarness.T));

        var update = graph.Graph.Requests.Skip(before).ToList();
        Assert.Equal(
            [
                $"PATCH {Events}/series-1",
                $"GET {Events}/series-1/instances",
                $"POST {Events}/series-1.occ.20260427/cancel",
                $"POST {Events}/series-1.occ.20260525/cancel",
            ],
            update.Select(r => $"{r.Method} {r.Path}"));
        var patch = update[0].Body!.Value;
        AssertTime(patch.GetProperty("start"), "2026-04-20T10:00:00");
        AssertTime(patch.GetProperty("end"), "2026-04-20T11:30:00");
        Assert.Equal(1, patch.GetProperty("recurrence").GetProperty("pattern").GetProperty("interval").GetInt32());
        Assert.Equal("2026-06-29", patch.GetProperty("recurrence").GetProperty("range").GetProperty("endDate").GetString());
        Assert.False(patch.TryGetProperty("attendees", out _)); // the invitation stays as it is
        var skippedComment = GraphCalendarStrings.SkippedOccurrenceComment(BotCulture.Dutch);
        Assert.All(update.Skip(2), r => Assert.Equal(skippedComment, r.Body!.Value.GetProperty("Comment").GetString()));
        Assert.Equal("2026-04-20T10:00:00", graph.Graph.EventOf("series-1")!["start"]!["dateTime"]!.GetValue<string>());
        Assert.Contains("Planning bijgewerkt", changed);
        Assert.Contains("De teamagenda is bijgewerkt.", changed);
        Assert.Contains("geen sessie", changed);
        Assert.Equal("series-1", (await h.Store.GetSeriesAsync(h.NoordPartition, default))!.CalendarEventId);

        Assert.Contains("De afspraak verdwijnt ook uit de teamagenda.", await h.SayAsync("<at>IntervisieBot</at> stop de reeks", SchedulingHarness.T));
        var stopped = SchedulingHarness.Text(await h.ExecuteAsync(SchedulingVerbs.StopConfirm, new Dictionary<string, object?>(), SchedulingHarness.T));

        var cancel = graph.Graph.Requests[^1];
        Assert.True(cancel.Is("POST", $"{Events}/series-1/cancel"), $"{cancel.Method} {cancel.Path}");
        Assert.Equal("De intervisiereeks is gestopt.", cancel.Body!.Value.GetProperty("Comment").GetString());
        Assert.Equal(202, cancel.ResponseStatus);
        Assert.Null(graph.Graph.EventOf("series-1"));
        Assert.Contains("Reeks gestopt", stopped);
        Assert.Contains("De afspraak is uit de teamagenda gehaald.", stopped);
        var stored = (await h.Store.GetSeriesAsync(h.NoordPartition, default))!;
        Assert.Equal((nameof(SeriesStatus.Cancelled), (string?)null), (stored.Status, stored.CalendarEventId));
    }

    [Theory]
    [InlineData(true, "GroupMember.Read.All")]
    [InlineData(false, "Calendars.ReadWrite")]
    public async Task Save_GraphAnswers403_NamesTheMissingPermissionAndTheScheduleStillRuns(bool groupDenied, string permission)
    {
        await using var graph = await StartGraphAsync();
        if (groupDenied) graph.Graph.Fail(r => r.Is("GET", GroupPath), GraphFailure.DirectoryDenied);
        else graph.Graph.Fail(r => r.Is("POST", Events), GraphFailure.MailboxDenied);
        await using var h = await SchedulingHarness.StartAsync(new DateTime(2026, 3, 2, 9, 0, 0), graph);

        var card = await h.ExecuteAsync(SchedulingVerbs.Save, SchedulingHarness.PlanData(), SchedulingHarness.T);

        var saved = SchedulingHarness.Text(card);
        Assert.Contains("Intervisie gepland", saved);
        Assert.Contains($"de beheerder moet de app de toepassingsmachtiging {permission} geven", saved);
        Assert.Contains("De planning werkt intussen gewoon", saved);
        Assert.DoesNotContain(SchedulingVerbs.RetryCalendar, card.ToString());
        var refused = Assert.Single(graph.Graph.Requests, r => r.ResponseStatus == 403); // a 403 is never retried
        Assert.Equal(groupDenied ? "GET" : "POST", refused.Method);
        Assert.DoesNotContain(graph.Graph.Requests, r => r.ResponseStatus == 201);
        var stored = (await h.Store.GetSeriesAsync(h.NoordPartition, default))!;
        Assert.Equal((nameof(SeriesStatus.Active), (string?)null, "PermissionMissing", (string?)permission), (stored.Status, stored.CalendarEventId, stored.CalendarState, stored.CalendarPermission));

        // The announcement for Thursday 12 March still comes, 3 working days before.
        h.SetLocal(new DateTime(2026, 3, 9, 14, 0, 0));
        Assert.Contains("Voorstel voor de rollen", SchedulingHarness.CardTextOf(Assert.Single(await h.DeliverAsync())));
    }

    [Fact]
    public async Task Save_GraphThrottles_RetriesTwiceAfterRetryAfterThenOffersARetryThatCreatesTheSeries()
    {
        await using var graph = await StartGraphAsync();
        graph.Graph.Fail(r => r.Is("POST", Events), GraphFailure.Throttled(1), times: 3);
        await using var h = await SchedulingHarness.StartAsync(new DateTime(2026, 3, 2, 9, 0, 0), graph);

        var card = await h.ExecuteAsync(SchedulingVerbs.Save, SchedulingHarness.PlanData(), SchedulingHarness.T);

        // The first attempt and two retries (Graph:MaxRetries = 2), each after the Retry-After of 1 s, on the bot's clock.
        Assert.Equal([429, 429, 429], graph.Graph.Requests.Where(r => r.Is("POST", Events)).Select(r => r.ResponseStatus));
        Assert.Equal([TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(1)], h.RequestedDelays);
        var text = SchedulingHarness.Text(card);
        Assert.Contains("De agenda is even te druk. De planning is opgeslagen; probeer het zo opnieuw met de knop hieronder.", text);
        Assert.Contains("Agenda opnieuw proberen", text);
        Assert.Contains(SchedulingVerbs.RetryCalendar, card.ToString());
        var stored = (await h.Store.GetSeriesAsync(h.NoordPartition, default))!;
        Assert.Equal((nameof(SeriesStatus.Active), (string?)null, (string?)"Throttled"), (stored.Status, stored.CalendarEventId, stored.CalendarState));

        // Graph has calmed down: the retry button creates the series.
        var retried = SchedulingHarness.Text(await h.ExecuteAsync(SchedulingVerbs.RetryCalendar, new Dictionary<string, object?>(), SchedulingHarness.T));

        Assert.Contains("De reeks staat in de teamagenda, met een Teams-vergadering.", retried);
        Assert.DoesNotContain("Agenda opnieuw proberen", retried);
        Assert.Equal([429, 429, 429, 201], graph.Graph.Requests.Where(r => r.Is("POST", Events)).Select(r => r.ResponseStatus));
        Assert.Equal("series-1", (await h.Store.GetSeriesAsync(h.NoordPartition, default))!.CalendarEventId);
    }

    [Fact]
    public async Task Save_CardActionWithoutGroupId_ReadsTheTeamsGroupFromTheConnectorAndCreatesTheSeries()
    {
        await using var graph = await StartGraphAsync();
        await using var h = await SchedulingHarness.StartAsync(new DateTime(2026, 4, 1, 9, 0, 0), graph);
        h.Connector.Teams[SchedulingHarness.Noord] = new TeamDetails { Id = SchedulingHarness.Noord, Name = GroupName, AadGroupId = SchedulingHarness.NoordGroup };

        // Teams sends aadGroupId with install and team events only; a card action in the channel carries just team.id.
        var saved = SchedulingHarness.Text(await h.ExecuteAsync(SchedulingVerbs.Save, WeeklyPlan(), SchedulingHarness.T, groupId: null));

        var lookup = Assert.Single(h.Connector.Requests, r => r.Operation == "GetTeamDetails");
        Assert.Equal($"/v3/teams/{Uri.EscapeDataString(SchedulingHarness.Noord)}", lookup.RawPath);
        Assert.Equal([$"GET {GroupPath}", $"POST {Events}"], graph.Graph.Requests.Take(2).Select(r => $"{r.Method} {r.Path}"));
        Assert.Contains("De reeks staat in de teamagenda, met een Teams-vergadering.", saved);
        Assert.Equal(SchedulingHarness.NoordGroup, (await h.Store.GetSeriesAsync(h.NoordPartition, default))!.GroupId);
    }

    [Fact]
    public async Task Save_NoGroupIdInTheActivityNorAtTheConnector_AnnouncesOnlyWithoutAnyGraphRequest()
    {
        await using var graph = await StartGraphAsync();
        await using var h = await SchedulingHarness.StartAsync(new DateTime(2026, 3, 2, 9, 0, 0), graph);

        var saved = SchedulingHarness.Text(await h.ExecuteAsync(SchedulingVerbs.Save, SchedulingHarness.PlanData(), SchedulingHarness.T, groupId: null));

        Assert.Equal(404, Assert.Single(h.Connector.Requests, r => r.Operation == "GetTeamDetails").ResponseStatus);
        Assert.Contains("Intervisie gepland", saved);
        Assert.Contains("Dit gesprek hoort niet bij een Microsoft 365-groep, dus ik zet niets in een agenda.", saved);
        Assert.Empty(graph.Graph.Requests);
        Assert.Equal(0, graph.Tokens.RequestCount);
        Assert.Null((await h.Store.GetSeriesAsync(h.NoordPartition, default))!.CalendarEventId);
    }

    [Fact]
    public async Task Save_GraphNotEnabled_AnnounceOnlyModeWithoutAnyGraphRequest()
    {
        await using var graph = await StartGraphAsync();
        await using var h = await SchedulingHarness.StartAsync(new DateTime(2026, 3, 2, 9, 0, 0), graph, graphEnabled: false);

        var saved = SchedulingHarness.Text(await h.ExecuteAsync(SchedulingVerbs.Save, SchedulingHarness.PlanData(), SchedulingHarness.T));

        Assert.Contains("De teamagenda is niet gekoppeld. Ik houd de planning zelf bij en kondig elke sessie aan in dit gesprek.", saved);
        h.SetLocal(new DateTime(2026, 3, 9, 14, 0, 0));
        Assert.Contains("Voorstel voor de rollen", SchedulingHarness.CardTextOf(Assert.Single(await h.DeliverAsync())));
        Assert.Empty(graph.Graph.Requests);
        Assert.Equal(0, graph.Tokens.RequestCount);
    }

    private static async Task<LoopbackGraph> StartGraphAsync()
    {
        var graph = await LoopbackGraph.StartAsync();
        graph.Graph.AddGroup(SchedulingHarness.NoordGroup, GroupMail, GroupName);
        return graph;
    }

    private static void AssertTime(JsonElement value, string localDateTime)
    {
        Assert.Equal(localDateTime, value.GetProperty("dateTime").GetString());
        Assert.Equal(Zone, value.GetProperty("timeZone").GetString());
    }
}
