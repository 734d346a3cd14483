using IntervisieBot.Features.Intervisie.Cards;
using IntervisieBot.Features.Reminders;
using IntervisieBot.Tests.Infrastructure;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace IntervisieBot.Tests.Intervisie.Teams;

/// <summary>
/// Issue 17.9: the tijdbewaker (chosen on the start card or by the gespreksleider) gets a private nudge when a live phase
/// runs over its time box, once per phase, scheduled through the reminders outbox (the real engine, polled at a fake time).
/// </summary>
public sealed class TijdbewakerNudgeTests : IAsyncLifetime
{
    private const string Noord = "19:team-noord@thread.tacv2";
    private const string A = "29:user-a", B = "29:user-b", C = "29:user-c", D = "29:user-d";
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 3, 2, 8, 0, 0, TimeSpan.Zero));   // Monday 09:00 in Amsterdam
    private LoopbackConnector _connector = null!;
    private BotApplicationFactory _factory = null!;
    private Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactory<Program> _bot = null!;
    private RoundTeam _team = null!;

    public async Task InitializeAsync()
    {
        _connector = await LoopbackConnector.StartAsync();
        _connector.Members = [TestActivities.Member(A, "Deelnemer A"), TestActivities.Member(B, "Deelnemer B"), TestActivities.Member(C, "Deelnemer C"), TestActivities.Member(D, "Tijdbewaker D")];
        _factory = new BotApplicationFactory(new Dictionary<string, string?>
        {
            ["Reminders:DeliveryEnabled"] = "false",
            ["Reminders:InstanceId"] = "tijdbewaker-test",
            ["Intervisie:Scheduler:Enabled"] = "false",
        });
        _bot = _factory.WithWebHostBuilder(b => b.ConfigureTestServices(s => s.AddSingleton<TimeProvider>(_time)));
        _team = new RoundTeam(_bot, _connector, Noord);
    }

    public async Task DisposeAsync()
    {
        await _bot.DisposeAsync();
        await _factory.DisposeAsync();
        await _connector.DisposeAsync();
    }

    private static bool IsTargeted(RecordedRequest r) => r.Operation == "Send" && r.Query.Contains("isTargetedActivity=true", StringComparison.Ordinal);

    private IReadOnlyList<RecordedRequest> TijdbewakerNudges() =>
        [.. _connector.Requests.Where(r => r.Operation == "Send" && r.Succeeded && Text(r).Contains("Je bent tijdbewaker", StringComparison.Ordinal))];

    private static string Text(RecordedRequest r) => string.Join(" | ", CardText.Of(r.Body));

    private async Task DeliverAsync() => await _bot.Services.GetRequiredService<ReminderEngine>().RunOnceAsync(CancellationToken.None);

    private async Task<(string RoundId, string CardId)> StartWithTijdbewakerAsync(string? tijdbewaker)
    {
        var (roundId, cardId) = await _team.OpenAsync(B);
        foreach (var member in new[] { A, B, C, D }) await _team.OptInAsync(roundId, member, cardId);
        var start = RoundTeam.StartData(A, B);
        start[RoundVerbs.RoundIdData] = roundId;
        start[RoundVerbs.TijdbewakerInput] = tijdbewaker is null ? "" : TestActivities.AadFor(tijdbewaker);
        await _team.ClickAsync(RoundVerbs.Start, start, B, replyToId: cardId);
        await _team.CasusAsync(roundId, A, "Klant die steeds afzegt");
        return (roundId, cardId);
    }

    [Fact]
    public async Task LivePhaseOverItsTimebox_TijdbewakerGetsOnePrivateNudge_NothingBeforeTheEnd_NothingInTheChannel()
    {
        var (roundId, _) = await StartWithTijdbewakerAsync(D);
        Assert.Equal(TestActivities.AadFor(D), (await _team.LoadAsync(roundId)).State.TijdbewakerId);

        _time.Advance(TimeSpan.FromMinutes(4));                               // phase 1 has 5 minutes
        await DeliverAsync();
        Assert.Empty(TijdbewakerNudges());

        _time.Advance(TimeSpan.FromMinutes(2));
        await DeliverAsync();
        var nudge = Assert.Single(TijdbewakerNudges());
        Assert.True(IsTargeted(nudge));
        Assert.Equal(D, nudge.Body!.Value.GetProperty("recipient").GetProperty("id").GetString());
        Assert.Contains("Vraag inbrengen", Text(nudge), StringComparison.Ordinal);

        _time.Advance(TimeSpan.FromMinutes(10));
        await DeliverAsync();
        Assert.Single(TijdbewakerNudges());                                  // once per phase
        Assert.DoesNotContain(_connector.Requests, r => r.Operation is "Send" or "Reply" or "Update" && !IsTargeted(r)
            && Text(r).Contains("Je bent tijdbewaker", StringComparison.Ordinal));
    }

    [Fact]
    public async Task TijdbewakerChosenByTheGespreksleider_NextPhaseOverTime_NudgesTheNewOne_AndFallsBackToThe1on1Chat()
    {
        var (roundId, _) = await StartWithTijdbewakerAsync(null);
        var notAllowed = await _team.ClickAsync(RoundVerbs.Tijdbewaker, new Dictionary<string, object>
        {
            ["verb"] = RoundVerbs.Tijdbewaker, [RoundVerbs.RoundIdData] = roundId, [RoundVerbs.TijdbewakerInput] = TestActivities.AadFor(C),
        }, C);
        Assert.Contains("Alleen de gespreksleider", RoundTeam.AllText(notAllowed));
        _time.Advance(TimeSpan.FromMinutes(6));
        await DeliverAsync();
        Assert.Empty(TijdbewakerNudges());                                   // nobody keeps the time yet

        await _team.AdvanceAsync(roundId, 0, B);                              // phase 2: 15 minutes
        var chosen = await _team.ClickAsync(RoundVerbs.Tijdbewaker, new Dictionary<string, object>
        {
            ["verb"] = RoundVerbs.Tijdbewaker, [RoundVerbs.RoundIdData] = roundId, [RoundVerbs.TijdbewakerInput] = TestActivities.AadFor(C),
        }, B);
        Assert.Contains("Tijdbewaker", RoundTeam.AllText(chosen));
        Assert.Equal(TestActivities.AadFor(C), (await _team.LoadAsync(roundId)).State.TijdbewakerId);
        _connector.FailureRule = r => r.Query.Contains("isTargetedActivity=true", StringComparison.Ordinal)
            ? new ScriptedFailure(403, ErrorCode: "BotNotInConversationRoster")
            : null;

        _time.Advance(TimeSpan.FromMinutes(16));
        await DeliverAsync();

        var created = Assert.Single(_connector.Requests, r => r.Operation == "CreateConversation");
        Assert.Equal(C, created.Body!.Value.GetProperty("members")[0].GetProperty("id").GetString());
        var nudge = Assert.Single(TijdbewakerNudges());
        Assert.Equal(created.ResponseId, nudge.ConversationId);
        Assert.Contains("Verkennen", Text(nudge), StringComparison.Ordinal);
    }

    [Fact]
    public async Task TijdbewakerOnTheStartCard_MustHaveJoined()
    {
        var (roundId, cardId) = await _team.OpenAsync(B);
        foreach (var member in new[] { A, B, C }) await _team.OptInAsync(roundId, member, cardId);
        var start = RoundTeam.StartData(A, B);
        start[RoundVerbs.RoundIdData] = roundId;
        start[RoundVerbs.TijdbewakerInput] = TestActivities.AadFor(D);        // D did not join

        var card = await _team.ClickAsync(RoundVerbs.Start, start, B, replyToId: cardId);

        Assert.Contains("De tijdbewaker moet iemand zijn die meedoet", RoundTeam.AllText(card));
        Assert.Equal(Features.Intervisie.Rounds.RoundStatus.Gathering, (await _team.LoadAsync(roundId)).State.Status);
    }
}
