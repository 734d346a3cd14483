using System.Security.Claims;
using System.Text.Json;
using IntervisieBot.Features.Lessons.Domain;
using IntervisieBot.Features.Lessons.Handlers;
using IntervisieBot.Protocol.Connector;
using IntervisieBot.Protocol.Schema;
using IntervisieBot.Protocol.Turns;
using IntervisieBot.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace IntervisieBot.Tests.Intervisie.Handlers;

/// <summary>"Leg een les vast" from a finished round: prefilled from the summary, only for the round's own conversation.</summary>
public sealed class LessonPrefillTests : RoundTeamFixture
{
    [Fact]
    public async Task Prefill_SameConversation_StartsFromTheProblemStatementAndWhatTheInbrengerChose_OtherTeamGetsNothing()
    {
        var (roundId, _) = await Team.StartAsync(starter: B, inbrenger: A, gespreksleider: B);
        await Team.CasusAsync(roundId, A, "Klant met schulden");
        for (var i = 0; i < 2; i++) await Team.AdvanceAsync(roundId, i, B);
        await Team.ContributeAsync(roundId, 2, C, "Hij vertrouwt de gemeente niet.");
        await Team.ContributeAsync(roundId, 2, A, "Ik weet niet hoe ik zijn vertrouwen terugwin.");        // the inbrenger confirms in own words
        for (var i = 2; i < 4; i++) await Team.AdvanceAsync(roundId, i, B);
        await Team.ContributeAsync(roundId, 4, A, "Ik plan een gesprek samen met de schuldhulpverlener.");
        await Team.AdvanceAsync(roundId, 4, B);
        var source = Assert.Single(Bot.Services.GetServices<ILessonPrefillSource>(), s => s.SourceKind == "intervisie");

        var prefill = await source.GetPrefillAsync(Turn(Noord, C), roundId, default);
        var otherTeam = await source.GetPrefillAsync(Turn(Zuid, C), roundId, default);
        var forged = await source.GetPrefillAsync(Turn(Noord, C), Guid.NewGuid().ToString("N"), default);
        var personal = await source.GetPrefillAsync(Turn(null, C), roundId, default);

        Assert.NotNull(prefill);
        Assert.Equal("Ik weet niet hoe ik zijn vertrouwen terugwin. — Ik plan een gesprek samen met de schuldhulpverlener.", prefill.Lesson);
        var summary = RoundTeam.AllText(RoundTeam.CardOf((await WaitForSummaryAsync())[0]));
        Assert.Contains("Probleemstelling (door de inbrenger bevestigd) | Ik weet niet hoe ik zijn vertrouwen terugwin.", summary);
        Assert.Equal("intervisie", prefill.SourceKind);
        Assert.Equal(roundId, prefill.SourceId);
        Assert.Null(otherTeam);
        Assert.Null(forged);
        Assert.Null(personal);
    }

    private TurnContext Turn(string? team, string fromId)
    {
        var activity = TestActivities.Message(Connector.ServiceUrl, "", fromId: fromId);
        if (team is not null) activity.InChannel(team);
        var parsed = JsonSerializer.Deserialize<Activity>(JsonSerializer.Serialize(activity), ProtocolJson.Options)!;
        return new TurnContext(parsed, new ClaimsIdentity(), Bot.Services.GetRequiredService<IConnectorClient>(), Bot.Services);
    }
}
