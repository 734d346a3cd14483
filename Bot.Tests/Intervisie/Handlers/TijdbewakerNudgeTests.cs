using IntervisieBot.Features.Intervisie.Cards;
using IntervisieBot.Features.Reminders.Handlers;
using IntervisieBot.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace IntervisieBot.Tests.Intervisie.Handlers;

/// <summary>
/// Issue 17.9: the tijdbewaker (chosen on the start card or by the gespreksleider) gets a private nudge when a live phase
/// runs over its time box, once per phase, scheduled through the reminders outbox (the real engine, polled at a fake time).
/// </summary>
public sealed class TijdbewakerNudgeTests() : RoundTeamOnFakeClock(
    EngineDrivenByTheTest("tijdbewaker-test"),
    [TestActivities.Member(A, "Deelnemer A"), TestActivities.Member(B, "Deelnemer B"), TestActivities.Member(C, "Deelnemer C"), TestActivities.Member(D, "Tijdbewaker D")])
{
    private const string A = "29:user-a", B = "29:user-b", C = "29:user-c", D = "29:user-d";

    private IReadOnlyList<RecordedRequest> TijdbewakerNudges() =>
        [.. Connector.Requests.Where(r => r.Operation == "Send" && r.Succeeded && Text(r).Contains("Je bent tijdbewaker", StringComparison.Ordinal))];

    private static string Text(RecordedRequest r) => string.Join(" | ", CardText.Of(r.Body));

    private async Task DeliverAsync() => await Bot.Services.GetRequiredService<ReminderEngine>().RunOnceAsync(CancellationToken.None);

    private async Task<(string RoundId, string CardId)> StartWithTijdbewakerAsync(string? tijdbewaker)
    {
        var (roundId, cardId) = await Team.OpenAsync(B);
        foreach (var member in new[] { A, B, C, D }) await Team.OptInAsync(roundId, member, cardId);
        var start = RoundTeam.StartData(A, B);
        start[RoundVerbs.RoundIdData] = roundId;
        start[RoundVerbs.TijdbewakerInput] = tijdbewaker is null ? "" : TestActivities.AadFor(tijdbewaker);
        await Team.ClickAsync(RoundVerbs.Start, start, B, replyToId: cardId);
        await Team.CasusAsync(roundId, A, "Klant die steeds afzegt");
        return (roundId, cardId);
    }

    [Fact]
    public async Task LivePhaseOverItsTimebox_TijdbewakerGetsOnePrivateNudge_NothingBeforeTheEnd_NothingInTheChannel()
    {
        var (roundId, _) = await StartWithTijdbewakerAsync(D);
        Assert.Equal(TestActivities.AadFor(D), (await Team.LoadAsync(roundId)).State.TijdbewakerId);

        Time.Advance(TimeSpan.FromMinutes(4));                               // phase 1 has 5 minutes
        await DeliverAsync();
        Assert.Empty(TijdbewakerNudges());

        Time.Advance(TimeSpan.FromMinutes(2));
        await DeliverAsync();
        var nudge = Assert.Single(TijdbewakerNudges());
        Assert.True(IsTargeted(nudge));
        Assert.Equal(D, nudge.Body!.Value.GetProperty("recipient").GetProperty("id").GetString());
        Assert.Contains("Vraag inbrengen", Text(nudge), StringComparison.Ordinal);

        Time.Advance(TimeSpan.FromMinutes(10));
        await DeliverAsync();
        Assert.Single(TijdbewakerNudges());                                  // once per phase
        Assert.DoesNotContain(Connector.Requests, r => r.Operation is "Send" or "Reply" or "Update" && !IsTargeted(r)
            && Text(r).Contains("Je bent tijdbewaker", StringComparison.Ordinal));
    }

    [Fact]
    public async Task TijdbewakerChosenByTheGespreksleider_NextPhaseOverTime_NudgesTheNewOne_AndFallsBackToThe1on1Chat()
    {
        var (roundId, _) = await StartWithTijdbewakerAsync(null);
        var notAllowed = await Team.ClickAsync(RoundVerbs.Tijdbewaker, new Dictionary<string, object>
        {
            ["verb"] = RoundVerbs.Tijdbewaker, [RoundVerbs.RoundIdData] = roundId, [RoundVerbs.TijdbewakerInput] = TestActivities.AadFor(C),
        }, C);
        Assert.Contains("Alleen de gespreksleider", RoundTeam.AllText(notAllowed));
        Time.Advance(TimeSpan.FromMinutes(6));
        await DeliverAsync();
        Assert.Empty(TijdbewakerNudges());                                   // nobody keeps the time yet

        await Team.AdvanceAsync(roundId, 0, B);                              // phase 2: 15 minutes
        var chosen = await Team.ClickAsync(RoundVerbs.Tijdbewaker, new Dictionary<string, object>
        {
            ["verb"] = RoundVerbs.Tijdbewaker, [RoundVerbs.RoundIdData] = roundId, [RoundVerbs.TijdbewakerInput] = TestActivities.AadFor(C),
        }, B);
        Assert.Contains("Tijdbewaker", RoundTeam.AllText(chosen));
        Assert.Equal(TestActivities.AadFor(C), (await Team.LoadAsync(roundId)).State.TijdbewakerId);
        Connector.FailureRule = r => r.Query.Contains("isTargetedActivity=true", StringComparison.Ordinal)
            ? new ScriptedFailure(403, ErrorCode: "BotNotInConversationRoster")
            : null;

        Time.Advance(TimeSpan.FromMinutes(16));
        await DeliverAsync();

        var created = Assert.Single(Connector.Requests, r => r.Operation == "CreateConversation");
        Assert.Equal(C, created.Body!.Value.GetProperty("members")[0].GetProperty("id").GetString());
        var nudge = Assert.Single(TijdbewakerNudges());
        Assert.Equal(created.ResponseId, nudge.ConversationId);
        Assert.Contains("Verkennen", Text(nudge), StringComparison.Ordinal);
    }

    [Fact]
    public async Task TijdbewakerOnTheStartCard_MustHaveJoined()
    {
        var (roundId, cardId) = await Team.OpenAsync(B);
        foreach (var member in new[] { A, B, C }) await Team.OptInAsync(roundId, member, cardId);
        var start = RoundTeam.StartData(A, B);
        start[RoundVerbs.RoundIdData] = roundId;
        start[RoundVerbs.TijdbewakerInput] = TestActivities.AadFor(D);        // D did not join

        var card = await Team.ClickAsync(RoundVerbs.Start, start, B, replyToId: cardId);

        Assert.Contains("De tijdbewaker moet iemand zijn die meedoet", RoundTeam.AllText(card));
        Assert.Equal(Features.Intervisie.Domain.RoundStatus.Gathering, (await Team.LoadAsync(roundId)).State.Status);
    }
}
