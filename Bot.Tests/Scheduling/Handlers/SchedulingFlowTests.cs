using System.Text.Json;
using IntervisieBot.Features.Intervisie.Cards;
using IntervisieBot.Features.Intervisie.Domain;
using IntervisieBot.Features.Intervisie.Storage;
using IntervisieBot.Features.Scheduling.Cards;
using IntervisieBot.Features.Scheduling.Domain;
using IntervisieBot.Features.Scheduling.Handlers;
using IntervisieBot.Features.Scheduling.Storage;
using IntervisieBot.Tests.Infrastructure;
using IntervisieBot.Tests.Intervisie.Handlers;
using Microsoft.Extensions.DependencyInjection;

namespace IntervisieBot.Tests.Scheduling.Handlers;

/// <summary>
/// A series without Microsoft Graph, end to end through /api/messages, the real reminder engine, Azurite and the loopback
/// connector, on a fake clock: the announcement 3 working days before, the casus question 2 working days before and the
/// start card at session time, each sent exactly when due and once; taps on the cards change the session and update the
/// card in place.
/// </summary>
public sealed class SchedulingFlowTests
{
    private static readonly DateOnly Session1 = new(2026, 3, 12); // Thursday
    private static readonly DateOnly Session2 = new(2026, 3, 26);

    [Fact]
    public async Task Series_WithoutGraph_AnnouncesPreparesAndStartsAtTheRightTimes()
    {
        await using var h = await SchedulingHarness.StartAsync(new DateTime(2026, 3, 2, 9, 0, 0));

        Assert.Contains("Intervisie plannen", await h.SayAsync("<at>IntervisieBot</at> plan intervisie", SchedulingHarness.T));
        var saved = SchedulingHarness.Text(await h.ExecuteAsync(SchedulingVerbs.Save, SchedulingHarness.PlanData(), SchedulingHarness.T));
        Assert.Contains("Intervisie gepland", saved);
        Assert.Contains("niet gekoppeld", saved); // announce-only mode, said in words
        Assert.Contains("donderdag 12 maart", saved);

        // Announcement: Monday 9 March (3 working days before Thursday 12), at the session's start time.
        h.SetLocal(new DateTime(2026, 3, 9, 13, 59, 0));
        Assert.Empty(await h.DeliverAsync());
        h.SetLocal(new DateTime(2026, 3, 9, 14, 0, 0));
        var announcement = Assert.Single(await h.DeliverAsync());
        var announcementText = SchedulingHarness.CardTextOf(announcement);
        Assert.Contains("Voorstel voor de rollen", announcementText);
        Assert.Contains("Inbrenger", announcementText);
        Assert.Empty(await h.DeliverAsync()); // exactly once

        var session = (await h.Store.GetSessionAsync(h.NoordPartition, Session1, default))!;
        Assert.NotNull(session.InbrengerKey);
        Assert.NotNull(session.GespreksleiderKey);
        Assert.NotEqual(session.InbrengerKey, session.GespreksleiderKey);
        Assert.DoesNotContain(SchedulingHarness.Aad(SchedulingHarness.T), new[] { session.InbrengerKey, session.GespreksleiderKey }); // T is no member of the first 2
        Assert.Contains(NameOf(session.InbrengerKey!), announcementText);

        // Preparation: Tuesday 10 March.
        h.SetLocal(new DateTime(2026, 3, 10, 13, 59, 0));
        Assert.Empty(await h.DeliverAsync());
        h.SetLocal(new DateTime(2026, 3, 10, 14, 0, 0));
        var prepare = Assert.Single(await h.DeliverAsync());
        Assert.Contains("Wie heeft een casus?", SchedulingHarness.CardTextOf(prepare));

        var proposer = SchedulingHarness.Members[5];
        var proposed = SchedulingHarness.Text(await h.ExecuteAsync(SchedulingVerbs.Propose,
            new Dictionary<string, object?>(SchedulingHarness.SessionData(Session1)) { [SchedulingVerbs.ProposalInput] = "Klant wil werken maar komt afspraken niet na" }, proposer, replyToId: prepare.ResponseId));
        Assert.Contains("Voorstellen tot nu toe: 1", proposed);
        Assert.Contains("Klant wil werken maar komt afspraken niet na", proposed);
        Assert.Contains(h.Connector.Requests, r => r.Operation == "Update" && r.ActivityId == prepare.ResponseId && CardText.Of(r.Body).Any(t => t.Contains("Voorstellen tot nu toe: 1")));

        // Start card: Thursday 12 March 14:00, the round's own gathering card with the planned method and the proposals.
        h.SetLocal(new DateTime(2026, 3, 12, 13, 59, 0));
        Assert.Empty(await h.DeliverAsync());
        h.SetLocal(new DateTime(2026, 3, 12, 14, 0, 0));
        var start = Assert.Single(await h.DeliverAsync());
        var startText = SchedulingHarness.CardTextOf(start);
        Assert.Contains("Geplande intervisie van vandaag", startText);
        Assert.Contains("Klant wil werken maar komt afspraken niet na", startText);
        var startCard = start.Body!.Value.GetProperty("attachments")[0].GetProperty("content");
        Assert.Equal("vijfstappenmethode", InputValue(startCard, RoundVerbs.MethodInput));
        Assert.Contains(RoundVerbs.OptIn, RoundTeam.VerbsIn(startCard));

        // Rolling: the next session (26 March) was scheduled when the start was handled; announced Monday 23 March.
        Assert.NotNull(await h.Store.GetSessionAsync(h.NoordPartition, Session2, default));
        h.SetLocal(new DateTime(2026, 3, 23, 13, 59, 0));
        Assert.Empty(await h.DeliverAsync());
        h.SetLocal(new DateTime(2026, 3, 23, 14, 0, 0));
        var next = Assert.Single(await h.DeliverAsync());
        Assert.Contains("26 maart", SchedulingHarness.CardTextOf(next));
        var second = (await h.Store.GetSessionAsync(h.NoordPartition, Session2, default))!;
        Assert.DoesNotContain(second.InbrengerKey, new[] { session.InbrengerKey, session.GespreksleiderKey });
    }

    [Fact]
    public async Task Announcement_DeclineSwapTakeOverAccept_UpdateTheSessionAndTheCardInPlace()
    {
        await using var h = await SchedulingHarness.StartAsync(new DateTime(2026, 3, 2, 9, 0, 0));
        await h.ExecuteAsync(SchedulingVerbs.Save, SchedulingHarness.PlanData(), SchedulingHarness.T);
        h.SetLocal(new DateTime(2026, 3, 9, 14, 0, 0));
        var announcement = Assert.Single(await h.DeliverAsync());
        var data = SchedulingHarness.SessionData(Session1);
        var before = (await h.Store.GetSessionAsync(h.NoordPartition, Session1, default))!;

        // The inbrenger can't make it: marked away, a new inbrenger is proposed, the gespreksleider stays.
        var inbrenger = SchedulingHarness.UserOf(before.InbrengerKey);
        var declined = SchedulingHarness.Text(await h.ExecuteAsync(SchedulingVerbs.Away, data, inbrenger, replyToId: announcement.ResponseId));
        Assert.Contains("je bent er niet bij", declined);
        var afterAway = (await h.Store.GetSessionAsync(h.NoordPartition, Session1, default))!;
        Assert.Contains(before.InbrengerKey!, SeriesStore.Away(afterAway));
        Assert.NotNull(afterAway.InbrengerKey);
        Assert.NotEqual(before.InbrengerKey, afterAway.InbrengerKey);
        Assert.Equal(before.GespreksleiderKey, afterAway.GespreksleiderKey);
        Assert.Contains(h.Connector.Requests, r => r.Operation == "Update" && r.ActivityId == announcement.ResponseId
            && CardText.Of(r.Body).Any(t => t.Contains(NameOf(afterAway.InbrengerKey!))));

        // Someone away cannot take a role until they are back.
        var refused = SchedulingHarness.Text(await h.ExecuteAsync(SchedulingVerbs.TakeGespreksleider, data, inbrenger));
        Assert.Contains("Tik eerst op", refused);
        Assert.Equal(before.GespreksleiderKey, (await h.Store.GetSessionAsync(h.NoordPartition, Session1, default))!.GespreksleiderKey);

        // The gespreksleider swaps with the new inbrenger (the one who swaps has accepted their new role).
        await h.ExecuteAsync(SchedulingVerbs.Swap, data, SchedulingHarness.UserOf(afterAway.GespreksleiderKey));
        var swapped = (await h.Store.GetSessionAsync(h.NoordPartition, Session1, default))!;
        Assert.Equal(afterAway.GespreksleiderKey, swapped.InbrengerKey);
        Assert.Equal(afterAway.InbrengerKey, swapped.GespreksleiderKey);
        Assert.True(swapped.InbrengerAccepted);
        Assert.False(swapped.GespreksleiderAccepted);

        // Accepting without a role changes nothing; the new gespreksleider accepts.
        var noRole = SchedulingHarness.Members.First(m => SchedulingHarness.Aad(m) is var k && k != swapped.InbrengerKey && k != swapped.GespreksleiderKey && k != before.InbrengerKey);
        Assert.Contains("geen rol", SchedulingHarness.Text(await h.ExecuteAsync(SchedulingVerbs.Accept, data, noRole)));
        Assert.False((await h.Store.GetSessionAsync(h.NoordPartition, Session1, default))!.GespreksleiderAccepted);
        var accepted = SchedulingHarness.Text(await h.ExecuteAsync(SchedulingVerbs.Accept, data, SchedulingHarness.UserOf(swapped.GespreksleiderKey)));
        Assert.Contains("(akkoord)", accepted);
        Assert.True((await h.Store.GetSessionAsync(h.NoordPartition, Session1, default))!.GespreksleiderAccepted);

        // A member without a role takes over the gespreksleider role (and it counts as accepted).
        await h.ExecuteAsync(SchedulingVerbs.TakeGespreksleider, data, noRole);
        var taken = (await h.Store.GetSessionAsync(h.NoordPartition, Session1, default))!;
        Assert.Equal(SchedulingHarness.Aad(noRole), taken.GespreksleiderKey);
        Assert.Equal(swapped.InbrengerKey, taken.InbrengerKey);
        Assert.True(taken.GespreksleiderAccepted);

        // Back again: the away mark is removed, the roles stay as they are.
        await h.ExecuteAsync(SchedulingVerbs.Back, data, inbrenger);
        var back = (await h.Store.GetSessionAsync(h.NoordPartition, Session1, default))!;
        Assert.Empty(SeriesStore.Away(back));
        Assert.Equal(taken.InbrengerKey, back.InbrengerKey);
    }

    [Fact]
    public async Task Proposal_WithPersonalData_IsStoppedAndNothingIsStored()
    {
        await using var h = await SchedulingHarness.StartAsync(new DateTime(2026, 3, 2, 9, 0, 0));
        await h.ExecuteAsync(SchedulingVerbs.Save, SchedulingHarness.PlanData(), SchedulingHarness.T);
        h.SetLocal(new DateTime(2026, 3, 10, 14, 0, 0));
        Assert.Equal(2, (await h.DeliverAsync()).Count); // announcement (overdue) and preparation

        var card = SchedulingHarness.Text(await h.ExecuteAsync(SchedulingVerbs.Propose,
            new Dictionary<string, object?>(SchedulingHarness.SessionData(Session1)) { [SchedulingVerbs.ProposalInput] = "Mijn klant Sanne met BSN 111222333" }, SchedulingHarness.Members[0]));

        Assert.DoesNotContain("Voorstellen tot nu toe", card);
        Assert.Empty(await h.Store.ListProposalsAsync(h.NoordPartition, Session1, default));
    }

    [Fact]
    public async Task PlannedSession_StartCard_EnrolsNoOneUntilTheyJoin_AndTheRoundBeginsWithThoseWhoJoined()
    {
        await using var h = await SchedulingHarness.StartAsync(new DateTime(2026, 3, 2, 9, 0, 0));
        await h.ExecuteAsync(SchedulingVerbs.Save, SchedulingHarness.PlanData(method: "incidentmethode"), SchedulingHarness.T);
        h.SetLocal(new DateTime(2026, 3, 12, 14, 0, 0));
        var start = (await h.DeliverAsync()).Single(r => SchedulingHarness.CardTextOf(r).Contains("Geplande intervisie"));

        // The same opt-in round as "start intervisie": nobody in, the group agreement asked (a new group), no roles yet.
        var card = RoundTeam.CardOf(start);
        var text = SchedulingHarness.Text(card);
        Assert.Contains("Nog niemand doet mee", text);
        Assert.Contains("De groepsafspraken", text);
        Assert.Null(InputValue(card, RoundVerbs.InbrengerInput));
        Assert.Equal("incidentmethode", InputValue(card, RoundVerbs.MethodInput));   // the planned method, preselected
        var roundId = RoundTeam.RoundIdIn(card) ?? throw new Xunit.Sdk.XunitException("No round on the start card: " + text);
        var rounds = h.Bot.Services.GetRequiredService<RoundRepository>();
        var partition = RoundKeys.Partition(TestActivities.TenantId, SchedulingHarness.Noord);
        var gathering = (await rounds.LoadAsync(partition, roundId, default))!;
        Assert.Equal((RoundStatus.Gathering, 0), (gathering.State.Status, gathering.State.Participants.Count));

        // Someone who has not joined cannot begin it, and is not enrolled by trying.
        var (a, b, outsider) = (SchedulingHarness.Members[0], SchedulingHarness.Members[1], SchedulingHarness.Members[2]);
        var begin = new Dictionary<string, object?>
        {
            [RoundVerbs.RoundIdData] = roundId, [RoundVerbs.MethodInput] = "incidentmethode",
            [RoundVerbs.InbrengerInput] = SchedulingHarness.Aad(a), [RoundVerbs.GespreksleiderInput] = SchedulingHarness.Aad(b), [RoundVerbs.ModeInput] = RoundVerbs.ModeLive,
        };
        await h.ExecuteAsync(RoundVerbs.Start, begin, outsider, replyToId: start.ResponseId);
        Assert.Empty((await rounds.LoadAsync(partition, roundId, default))!.State.Participants);

        // Two join ("Ik doe mee en houd me aan de afspraken"); the posted card is updated in place for everyone.
        foreach (var member in new[] { a, b })
        {
            await h.ExecuteAsync(RoundVerbs.OptIn, new Dictionary<string, object?> { [RoundVerbs.RoundIdData] = roundId, [RoundVerbs.AgreeData] = true }, member, replyToId: start.ResponseId);
        }
        await h.Connector.WaitForRequestsAsync(r => r.Operation == "Update" && r.ActivityId == start.ResponseId
            && CardText.Of(r.Body).Any(t => t.Contains("Aantal deelnemers: 2", StringComparison.Ordinal)), 1, BotConversation.ReplyTimeout);

        var begun = await h.ExecuteAsync(RoundVerbs.Start, begin, b, replyToId: start.ResponseId);

        Assert.Equal(roundId, RoundTeam.RoundIdIn(begun));
        var round = (await rounds.LoadAsync(partition, roundId, default))!.State;
        Assert.Equal(RoundStatus.AwaitingCasus, round.Status);
        Assert.Equal("incidentmethode", round.MethodId);
        Assert.Equal(new[] { SchedulingHarness.Aad(a), SchedulingHarness.Aad(b) }.Order(StringComparer.Ordinal), round.Participants.Select(p => p.Id).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task PlannedSession_StartDeliveredAgain_PostsTheSameRoundNotASecondOne()
    {
        await using var h = await SchedulingHarness.StartAsync(new DateTime(2026, 3, 2, 9, 0, 0));
        await h.ExecuteAsync(SchedulingVerbs.Save, SchedulingHarness.PlanData(), SchedulingHarness.T);
        var series = (await h.Store.GetSeriesAsync(h.NoordPartition, default))!;
        var sessions = h.Bot.Services.GetRequiredService<SessionService>();
        var members = await sessions.MembersAsync(series, default);

        var first = await sessions.StartRoundAsync(series, Session1, series.ConversationId, members, System.Globalization.CultureInfo.GetCultureInfo("nl-NL"), default);
        var again = await sessions.StartRoundAsync(series, Session1, series.ConversationId, members, System.Globalization.CultureInfo.GetCultureInfo("nl-NL"), default);

        Assert.NotNull(first.RoundId);
        Assert.Equal(first.RoundId, again.RoundId);
        var rounds = h.Bot.Services.GetRequiredService<RoundRepository>();
        Assert.Equal(first.RoundId, await rounds.GetActiveRoundIdAsync(RoundKeys.Partition(TestActivities.TenantId, SchedulingHarness.Noord), default));
    }

    [Fact]
    public async Task PlannedSession_AnotherRoundRunsInTheChannel_PostsTheWayToThatRound()
    {
        await using var h = await SchedulingHarness.StartAsync(new DateTime(2026, 3, 2, 9, 0, 0));
        await h.ExecuteAsync(SchedulingVerbs.Save, SchedulingHarness.PlanData(), SchedulingHarness.T);
        h.SetLocal(new DateTime(2026, 3, 12, 13, 0, 0));
        await h.SayAsync("<at>IntervisieBot</at> start intervisie", SchedulingHarness.Members[3]);
        var running = await h.Bot.Services.GetRequiredService<RoundRepository>().GetActiveRoundIdAsync(RoundKeys.Partition(TestActivities.TenantId, SchedulingHarness.Noord), default);

        h.SetLocal(new DateTime(2026, 3, 12, 14, 0, 0));
        var start = (await h.DeliverAsync()).Single(r => SchedulingHarness.CardTextOf(r).Contains("Geplande intervisie"));

        Assert.Contains("In dit gesprek loopt al een intervisieronde", SchedulingHarness.CardTextOf(start));
        Assert.Equal(running, RoundTeam.RoundIdIn(RoundTeam.CardOf(start)));
    }

    [Fact]
    public async Task Series_ChangedAfterAnnouncement_DoesNotAnnounceTheSameSessionTwice()
    {
        await using var h = await SchedulingHarness.StartAsync(new DateTime(2026, 3, 2, 9, 0, 0));
        await h.ExecuteAsync(SchedulingVerbs.Save, SchedulingHarness.PlanData(), SchedulingHarness.T);
        h.SetLocal(new DateTime(2026, 3, 9, 14, 0, 0));
        Assert.Single(await h.DeliverAsync());

        // The teamleider changes the method (same dates): the announcement is not repeated; the rest follows the new plan.
        h.SetLocal(new DateTime(2026, 3, 9, 15, 0, 0));
        Assert.Contains("Planning bijgewerkt", SchedulingHarness.Text(await h.ExecuteAsync(SchedulingVerbs.Save, SchedulingHarness.PlanData(method: "incidentmethode"), SchedulingHarness.T)));
        Assert.Empty(await h.DeliverAsync());
        h.SetLocal(new DateTime(2026, 3, 12, 14, 0, 0));
        var sent = await h.DeliverAsync();
        Assert.Equal(2, sent.Count); // the preparation and the start card, once each
        var start = sent.Single(r => SchedulingHarness.CardTextOf(r).Contains("Geplande intervisie"));
        Assert.Equal("incidentmethode", InputValue(start.Body!.Value.GetProperty("attachments")[0].GetProperty("content"), RoundVerbs.MethodInput));   // the round preselects the changed plan's method
    }

    [Fact]
    public async Task Save_WithTheEndDateMissing_KeepsTheStoredEndDate()
    {
        await using var h = await SchedulingHarness.StartAsync(new DateTime(2026, 3, 2, 9, 0, 0));
        await h.ExecuteAsync(SchedulingVerbs.Save, SchedulingHarness.PlanData(end: "2026-06-25"), SchedulingHarness.T);
        var changed = SchedulingHarness.PlanData(method: "incidentmethode");
        changed.Remove(PlanField.EndDate);

        Assert.Contains("Planning bijgewerkt", SchedulingHarness.Text(await h.ExecuteAsync(SchedulingVerbs.Save, changed, SchedulingHarness.T)));

        var plan = SeriesStore.PlanOf((await h.Store.GetSeriesAsync(h.NoordPartition, default))!);
        Assert.Equal(("incidentmethode", new DateOnly(2026, 6, 25)), (plan.MethodId, plan.EndDate));
    }

    private static string NameOf(string key) => "Deelnemer " + (char)('A' + Array.IndexOf(SchedulingHarness.Members, SchedulingHarness.UserOf(key)));

    private static string? InputValue(JsonElement card, string id)
    {
        foreach (var element in card.GetProperty("body").EnumerateArray())
        {
            if (element.TryGetProperty("id", out var i) && i.GetString() == id) return element.TryGetProperty("value", out var v) ? v.GetString() : null;
        }
        return null;
    }
}
