using System.Globalization;
using IntervisieBot.Features.Intervisie.Cards;
using IntervisieBot.Features.Lessons.Cards;
using IntervisieBot.Features.Lessons.Domain;
using IntervisieBot.Features.Teams;
using IntervisieBot.Features.Teams.Roles;
using IntervisieBot.Protocol.Turns;
using IntervisieBot.Storage;
using IntervisieBot.Tests.Hosting;
using IntervisieBot.Tests.Infrastructure;
using IntervisieBot.Tests.Intervisie.Handlers;
using Microsoft.Extensions.DependencyInjection;

namespace IntervisieBot.Tests.Durability;

/// <summary>
/// The storage budget per kind of route (issue #16), counted by <c>StorageRequestCountingPolicy</c> in the Azure SDK
/// pipeline (every HTTP request, retries included) from intake to answer: starting a round ≤ 4, a round contribution ≤ 3,
/// a lesson save ≤ 3 plus its reminder. Known command messages: <see cref="StorageBudgetTests"/>. Measured warm: the tables
/// exist and the conversation is known, as for every turn but a team's first.
/// Only what happens inside the turn counts: the shared round card's update goes out after the answer
/// (<c>RoundCardUpdates</c>), outside the turn's tally.
/// </summary>
public sealed class StorageBudgetPerRouteTests : RoundTeamFixture
{
    private const string StorageRequests = "intervisiebot.turn.storage_requests";

    private MeterRecorder Meters { get; set; } = null!;

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        Meters = new MeterRecorder(Bot.Services.GetRequiredService<TurnTelemetry>().Meter);
    }

    public override async Task DisposeAsync()
    {
        Meters.Dispose();
        await base.DisposeAsync();
    }

    [Fact]
    public async Task RoundStart_StaysWithinTheBudgetOfFour()
    {
        await WarmUpAsync();
        await new RoundTeam(Bot, Connector, Zuid).StartAsync(T, A, B); // every table a start touches exists
        var (roundId, cardId) = await Team.OpenAsync(T);
        await Team.OptInAsync(roundId, A, cardId);
        await Team.OptInAsync(roundId, B, cardId);
        var data = RoundTeam.StartData(A, B);
        data[RoundVerbs.RoundIdData] = roundId;

        var card = default(System.Text.Json.JsonElement);
        var used = await InvokeCostAsync(async () => card = await Team.ClickAsync(RoundVerbs.Start, data, A, replyToId: cardId));

        Assert.NotNull(RoundTeam.RoundIdIn(card)); // the round was started and stored

        // Invoke record, the gathering round loaded (one query) and replaced, the lessons look-back of the starter's card.
        Assert.True(used <= StorageBudget.RoundStart, $"Starting a round used {used} storage requests; the budget is {StorageBudget.RoundStart}.");
    }

    [Fact]
    public async Task RoundStart_FromAPlannedStartCard_StaysWithinTheBudgetOfFour()
    {
        await WarmUpAsync();
        await new RoundTeam(Bot, Connector, Zuid).StartAsync(T, A, B); // every table a start touches exists

        var card = default(System.Text.Json.JsonElement);
        var used = await InvokeCostAsync(async () => card = await Team.ClickAsync(RoundVerbs.Start, RoundTeam.StartData(A, B), A, replyToId: "1700000000777"));

        var roundId = RoundTeam.RoundIdIn(card);
        Assert.NotNull(roundId); // the round was started and stored, the start card's id with it (no second write)
        Assert.Equal("1700000000777", (await Team.LoadAsync(roundId!)).CardActivityId);
        // Invoke record, the conversation's active marker, the round row, the lessons look-back of the starter's card.
        Assert.True(used <= StorageBudget.RoundStart, $"Starting a round from a planned start card used {used} storage requests; the budget is {StorageBudget.RoundStart}.");
        await Connector.WaitForRequestsAsync(r => r.Operation == "Update" && r.ActivityId == "1700000000777", 1, RoundTeam.Wait); // the start card becomes the round card, after the answer
    }

    [Fact]
    public async Task RoundContribution_StaysWithinTheBudgetOfThree()
    {
        await WarmUpAsync();
        var (roundId, _) = await Team.StartAsync(T, A, B);
        await Team.CasusAsync(roundId, A, "Klant komt afspraken niet na");
        await Team.AdvanceAsync(roundId, 0, B);
        await Team.ContributeAsync(roundId, 1, C, "Wanneer lukte het contact wel?");

        var card = default(System.Text.Json.JsonElement);
        var used = await InvokeCostAsync(async () => card = await Team.ContributeAsync(roundId, 1, D, "Wat gebeurde er bij de vorige afspraak?"));

        Assert.Contains("Wat gebeurde er bij de vorige afspraak?", RoundTeam.AllText(card)); // the contribution was taken and stored
        Assert.Equal(2, (await Team.LoadAsync(roundId)).State.Contributions.Count(c => c.PhaseIndex == 1));
        // Invoke record, the round loaded (one query), the contribution row.
        Assert.True(used <= StorageBudget.RoundContribution, $"A contribution used {used} storage requests; the budget is {StorageBudget.RoundContribution}.");
    }

    [Fact]
    public async Task LessonSave_StaysWithinTheBudgetOfThreePlusItsReminder()
    {
        await WarmUpAsync();
        await Team.SayAsync("<at>IntervisieBot</at> les", A);
        await SaveLessonAsync("Een afspraak per sms bevestigen helpt."); // every table a save touches exists

        var card = default(System.Text.Json.JsonElement);
        var used = await InvokeCostAsync(async () => card = await SaveLessonAsync("Bij een gemiste afspraak eerst bellen, dan pas een brief."));

        Assert.Contains(CardText.OfCard(card), t => t.StartsWith("Bewaard.", StringComparison.Ordinal)); // stored, its check scheduled
        // Invoke record, the lesson row written once (its first check's reminder id planned before the insert), the reminder row, its bucket mark.
        Assert.True(used <= StorageBudget.LessonSave + StorageBudget.LessonReminder,
            $"A lesson save used {used} storage requests; the budget is {StorageBudget.LessonSave} plus {StorageBudget.LessonReminder} for its reminder.");
    }

    [Theory]
    [InlineData("hulp")]
    [InlineData("help")]
    public async Task HelpMessage_AfterARolesSave_StaysWithinTheBudgetOfTwo(string phrase)
    {
        await WarmUpAsync();
        await Team.SayAsync($"<at>IntervisieBot</at> {phrase}", A); // A's roles seen once by this instance
        var saved = await Team.ClickAsync(RolesCard.SaveVerb, new Dictionary<string, string>
        {
            ["verb"] = RolesCard.SaveVerb,
            [RolesCard.TeamleidersInput] = Aad(T),
            [RolesCard.KennismakelaarsInput] = Aad(A),
        }, T);
        Assert.NotEqual(System.Text.Json.JsonValueKind.Undefined, saved.ValueKind);

        var reply = await Team.SayAsync($"<at>IntervisieBot</at> {phrase}", A);
        var used = await StorageBudgetTests.MeasurementAsync(Meters, 3); // the third message turn: after the warm-up and A's first help

        // The help card shows the role just saved, without reading the roles again.
        Assert.Contains(TeamsStrings.HelpAsKennismakelaar(CultureInfo.GetCultureInfo("nl-NL")), RoundTeam.AllText(RoundTeam.CardOf(reply)), StringComparison.Ordinal);
        Assert.Equal(StorageBudget.KnownCommandMessage, used); // the inbox insert (durable intake = de-dup marker) and its done mark
    }

    private Task<System.Text.Json.JsonElement> SaveLessonAsync(string lesson) => Team.ClickAsync(LessonFormCard.SaveVerb, new Dictionary<string, string>
    {
        ["verb"] = LessonFormCard.SaveVerb,
        [LessonFormCard.LessonInput] = lesson,
        [LessonFormCard.TypeInput] = LessonTypes.MeerDoen,
        [LessonFormCard.CheckWeeksInput] = "8",
        [LessonFormCard.VisibilityInput] = LessonVisibility.MijnTeam,
    }, A);

    /// <summary>A first turn in the team: the tables exist and the conversation is known afterwards.</summary>
    private async Task WarmUpAsync() => await Team.SayAsync("<at>IntervisieBot</at> help", T);

    /// <summary>The storage requests of the invoke <paramref name="click"/> sends (recorded before its answer returns).</summary>
    private async Task<double> InvokeCostAsync(Func<Task> click)
    {
        var before = InvokeMeasurements().Count;
        await click();
        var after = InvokeMeasurements();
        Assert.Equal(before + 1, after.Count);
        return after[^1];
    }

    private List<double> InvokeMeasurements() =>
        [.. Meters.Measurements.Where(m => m.Instrument == StorageRequests && Equals(m.Tags["activity.type"], "invoke")).Select(m => m.Value)];
}
