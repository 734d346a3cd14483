using IntervisieBot.Features.Scheduling;
using IntervisieBot.Features.Scheduling.Cards;
using IntervisieBot.Features.Scheduling.Domain;
using IntervisieBot.Features.Shared;
using IntervisieBot.Features.Teams.Roles;
using IntervisieBot.Tests.Infrastructure;

namespace IntervisieBot.Tests.Scheduling.Handlers;

/// <summary>Only a teamleider plans, changes, stops or sees the health; forged card actions change nothing; bad input gets friendly words.</summary>
public sealed class SchedulingPermissionTests
{
    private static readonly string Member = SchedulingHarness.Members[0];

    [Fact]
    public async Task PlanCommand_FromAMemberOrInAPersonalChat_IsRefusedPolitely()
    {
        await using var h = await SchedulingHarness.StartAsync(new DateTime(2026, 3, 2, 9, 0, 0));

        Assert.Contains("Alleen voor de teamleider", await h.SayAsync("<at>IntervisieBot</at> plan intervisie", Member));
        Assert.Contains("Alleen voor de teamleider", await h.SayAsync("<at>IntervisieBot</at> reeks status", Member));
        Assert.Contains("Plan in het teamkanaal", await h.SayAsync("plan intervisie", SchedulingHarness.T, team: null));
    }

    [Fact]
    public async Task ForgedCardActions_FromMembersAndOtherTeams_LeaveTheSeriesUnchanged()
    {
        await using var h = await SchedulingHarness.StartAsync(new DateTime(2026, 3, 2, 9, 0, 0));

        // A member forges the teamleider's save: refused, nothing stored.
        Assert.Contains("Alleen voor de teamleider", SchedulingHarness.Text(await h.ExecuteAsync(SchedulingVerbs.Save, SchedulingHarness.PlanData(), Member)));
        Assert.Null(await h.Store.GetSeriesAsync(h.NoordPartition, default));

        Assert.Contains("Intervisie gepland", SchedulingHarness.Text(await h.ExecuteAsync(SchedulingVerbs.Save, SchedulingHarness.PlanData(), SchedulingHarness.T)));
        var series = (await h.Store.GetSeriesAsync(h.NoordPartition, default))!;
        h.SetLocal(new DateTime(2026, 3, 9, 14, 0, 0));
        Assert.Single(await h.DeliverAsync());
        var session = (await h.Store.GetSessionAsync(h.NoordPartition, new DateOnly(2026, 3, 12), default))!;

        // A member forges stop, a change and the health view.
        Assert.Contains("Alleen voor de teamleider", SchedulingHarness.Text(await h.ExecuteAsync(SchedulingVerbs.StopConfirm, new Dictionary<string, object?>(), Member)));
        Assert.Contains("Alleen voor de teamleider", SchedulingHarness.Text(await h.ExecuteAsync(SchedulingVerbs.Save, SchedulingHarness.PlanData(start: "09:00"), Member)));
        Assert.Contains("Alleen voor de teamleider", SchedulingHarness.Text(await h.ExecuteAsync(SchedulingVerbs.Status, new Dictionary<string, object?>(), Member)));

        // Team Zuid's teamleider and a Zuid member use Noord's card data in their own channel: they find nothing of Noord.
        Assert.Contains("Geen reeks", SchedulingHarness.Text(await h.ExecuteAsync(SchedulingVerbs.StopConfirm, new Dictionary<string, object?>(), SchedulingHarness.ZuidT, team: SchedulingHarness.Zuid)));
        var sessionData = SchedulingHarness.SessionData(new DateOnly(2026, 3, 12));
        Assert.Contains("verouderd", SchedulingHarness.Text(await h.ExecuteAsync(SchedulingVerbs.TakeInbrenger, sessionData, SchedulingHarness.ZuidT, team: SchedulingHarness.Zuid)));
        Assert.Contains("verouderd", SchedulingHarness.Text(await h.ExecuteAsync(SchedulingVerbs.Away, sessionData, "29:user-zuid", team: SchedulingHarness.Zuid)));

        // A forged date that has no session, and garbage, find nothing either.
        Assert.Contains("verouderd", SchedulingHarness.Text(await h.ExecuteAsync(SchedulingVerbs.TakeInbrenger, SchedulingHarness.SessionData(new DateOnly(2026, 3, 13)), Member)));
        Assert.Contains("verouderd", SchedulingHarness.Text(await h.ExecuteAsync(SchedulingVerbs.Away, new Dictionary<string, object?> { [SchedulingVerbs.DateData] = "'; drop" }, Member)));

        var after = (await h.Store.GetSeriesAsync(h.NoordPartition, default))!;
        Assert.Equal(nameof(SeriesStatus.Active), after.Status);
        Assert.Equal(series.Version, after.Version);
        Assert.Equal(series.StartTime, after.StartTime);
        var sessionAfter = (await h.Store.GetSessionAsync(h.NoordPartition, new DateOnly(2026, 3, 12), default))!;
        Assert.Equal(session.InbrengerKey, sessionAfter.InbrengerKey);
        Assert.Equal(session.AwayJson, sessionAfter.AwayJson);
        Assert.Null(await h.Store.GetSeriesAsync(new TeamScope(TestActivities.TenantId, SchedulingHarness.Zuid, SchedulingHarness.Zuid).PartitionKey, default));
    }

    [Fact]
    public async Task PlanCard_BadInput_ShowsEveryProblemInWordsAndStoresNothing()
    {
        await using var h = await SchedulingHarness.StartAsync(new DateTime(2026, 3, 2, 9, 0, 0));

        var card = SchedulingHarness.Text(await h.ExecuteAsync(SchedulingVerbs.Save,
            SchedulingHarness.PlanData(first: "2026-03-10", start: "19:30", duration: "600", method: "bestaat-niet", end: "2026-03-01"), SchedulingHarness.T));

        Assert.Contains("Nog niet opgeslagen", card);
        Assert.Contains("De eerste datum, dinsdag 10 maart, is geen donderdag. Bedoel je donderdag 12 maart?", card);
        Assert.Contains("tussen 08:30 en 17:00", card);
        Assert.Contains("tussen 30 en 240 minuten", card);
        Assert.Contains("Die methode ken ik niet", card);
        Assert.Null(await h.Store.GetSeriesAsync(h.NoordPartition, default));

        var past = SchedulingHarness.Text(await h.ExecuteAsync(SchedulingVerbs.Save, SchedulingHarness.PlanData(first: "2026-02-26"), SchedulingHarness.T));
        Assert.Contains("ligt in het verleden", past);
        var end = SchedulingHarness.Text(await h.ExecuteAsync(SchedulingVerbs.Save, SchedulingHarness.PlanData(end: "2026-03-05"), SchedulingHarness.T));
        Assert.Contains("moet na de eerste sessie liggen", end);
        Assert.Null(await h.Store.GetSeriesAsync(h.NoordPartition, default));
    }

    [Fact]
    public async Task Stop_AfterConfirmation_EndsTheSeriesAndNothingMoreIsSent()
    {
        await using var h = await SchedulingHarness.StartAsync(new DateTime(2026, 3, 2, 9, 0, 0));
        await h.ExecuteAsync(SchedulingVerbs.Save, SchedulingHarness.PlanData(), SchedulingHarness.T);

        Assert.Contains("De reeks stoppen?", await h.SayAsync("<at>IntervisieBot</at> stop de reeks", SchedulingHarness.T));
        Assert.Contains("Reeks gestopt", SchedulingHarness.Text(await h.ExecuteAsync(SchedulingVerbs.StopConfirm, new Dictionary<string, object?>(), SchedulingHarness.T)));
        Assert.Equal(nameof(SeriesStatus.Cancelled), (await h.Store.GetSeriesAsync(h.NoordPartition, default))!.Status);

        foreach (var day in new[] { 9, 10, 12 })
        {
            h.SetLocal(new DateTime(2026, 3, day, 14, 0, 0));
            Assert.Empty(await h.DeliverAsync());
        }

        // Re-running plan intervisie starts fresh (no current plan shown).
        Assert.DoesNotContain("Huidige reeks", await h.SayAsync("<at>IntervisieBot</at> plan intervisie", SchedulingHarness.T));
    }

    [Fact]
    public async Task PlanCommand_WithASeries_ShowsTheCurrentPlanForChanging()
    {
        await using var h = await SchedulingHarness.StartAsync(new DateTime(2026, 3, 2, 9, 0, 0));
        await h.ExecuteAsync(SchedulingVerbs.Save, SchedulingHarness.PlanData(holidays: "skip", end: "2026-12-31"), SchedulingHarness.T);

        var card = await h.SayAsync("<at>IntervisieBot</at> plan intervisie", SchedulingHarness.T);

        Assert.Contains("Huidige reeks: elke 2 weken op donderdag om 14:00 (90 minuten), vanaf donderdag 12 maart 2026, tot en met donderdag 31 december 2026", card);
    }
}
