using IntervisieBot.Cards;
using IntervisieBot.Features.Intervisie.Cards;
using IntervisieBot.Features.Intervisie.Methods;
using IntervisieBot.Features.Intervisie.Domain;
using IntervisieBot.Localization;
using static IntervisieBot.Tests.Intervisie.IntervisieTestData;

namespace IntervisieBot.Tests.Intervisie.Domain;

/// <summary>The methods added as data files (issue 17) walk to their summary; a live-only step keeps its method out of spread mode.</summary>
public sealed class RoundMethodsTests
{
    [Theory]
    [InlineData("roddelmethode")]
    [InlineData("korte-consultatie")]
    [InlineData("moreel-beraad")]
    [InlineData("vijfstappenmethode")]
    [InlineData("incidentmethode")]
    public void Method_WalkedPhaseByPhase_ClosesWithASummaryOfEveryCollectingPhase(string methodId)
    {
        var method = Registry.Find(methodId)!;
        var round = RoundHarness.Started(methodId);
        for (var i = 0; i < method.Phases.Count; i++)
        {
            var phase = method.Phases[i];
            var writer = Team.Select(p => p.Id).FirstOrDefault(id => RoundQueries.MayContribute(round.Current, phase, id));
            if (writer is not null)
            {
                if (phase.Collects.Kind == CollectKind.Choice) round.Choose(writer, phase.Collects.Options[0].Id);
                else round.Say(writer, $"Bijdrage in fase {i + 1} ({phase.Id}).");
            }

            round.Advance();
        }

        var closed = Assert.Single(round.History.OfType<RoundClosed>());
        Assert.Equal(CloseReason.Completed, closed.Reason);
        var summary = closed.Summary!;
        Assert.Equal(method.Phases.Count, summary.PhasesCompleted);
        Assert.Equal(method.Phases.Count(p => p.Collects.CollectsAnything && !p.IsInbrengerChoice), summary.Phases.Count);
        Assert.All(summary.Phases, p => Assert.NotEmpty(p.Items));
        if (method.Phases.Any(p => p.IsInbrengerChoice)) Assert.StartsWith("Bijdrage in fase", summary.InbrengerChoice!.Text);
    }

    [Fact]
    public void Roddelmethode_HasALiveOnlyStep_SpreadIsRefusedLiveBegins()
    {
        Assert.True(Registry.Find("roddelmethode")!.IsLiveOnly);
        Assert.False(Registry.Find("vijfstappenmethode")!.IsLiveOnly);
        var round = new RoundHarness();
        round.Accept(new OpenRound(Session, Conversation, MemberC));
        round.Accept(new OptIn(Session, Team[0], []));
        round.Accept(new OptIn(Session, Team[1], []));

        Assert.Equal(RefusalReason.MethodIsLiveOnly, round.Refuse(new BeginRound(Session, Inbrenger, "roddelmethode", null, null, RoundMode.Spread, 24)));
        Assert.Equal(RoundStatus.Gathering, round.Current.Status);
        var begun = round.Accept(new BeginRound(Session, Inbrenger, "roddelmethode", null, null, RoundMode.Live, null));
        Assert.Equal(RoundStatus.AwaitingCasus, begun.State.Status);
        Assert.Equal("roddelmethode", begun.State.MethodId);
    }

    [Fact]
    public void StartCard_SaysWhichMethodsAreLiveOnly()
    {
        var round = new RoundHarness();
        round.Accept(new OpenRound(Session, Conversation, MemberC));
        var model = new RoundCardModel(round.Current, Registry.All[0], [], []) { Methods = Registry.All };

        var json = CardJson.Serialize(RoundCard.Create(BotCulture.Dutch, model, RoundViewer.Everyone));

        Assert.Contains("Roddelmethode (alleen live)", json, StringComparison.Ordinal);
        Assert.Contains("(Roddelmethode: alleen live)", json, StringComparison.Ordinal);
        Assert.DoesNotContain("Vijfstappenmethode (alleen live)", json, StringComparison.Ordinal);
    }

    [Fact]
    public void Gathering_ProposalFollowsFairRotationAmongThoseWhoJoined()
    {
        var round = new RoundHarness();
        round.Accept(new OpenRound(Session, Conversation, MemberC));
        RotationHistoryEntry[] history = [new(Inbrenger, Gespreksleider, Start.AddDays(-7))];
        round.Accept(new OptIn(Session, Team[0], history));
        round.Accept(new OptIn(Session, Team[1], history));
        var third = round.Accept(new OptIn(Session, Team[2], history));

        Assert.Equal(Gespreksleider, third.State.InbrengerId);                 // A brought the last casus; B and C never did (B first by id)
        Assert.Equal(Inbrenger, third.State.GespreksleiderId);                 // B chaired last; A never did
        var left = round.Accept(new OptOut(Session, Gespreksleider, history));
        Assert.Equal(MemberC, left.State.InbrengerId);                         // the proposal moves on among those still in
        Assert.DoesNotContain(Gespreksleider, (string[])[left.State.InbrengerId, left.State.GespreksleiderId]);
        Assert.False(round.Accept(new OptOut(Session, Gespreksleider, history)).Changed);   // leaving twice changes nothing
    }

    [Theory]
    [InlineData("dilemma", 90, "moreel-beraad")]
    [InlineData("stuck", 20, "korte-consultatie")]
    [InlineData("question", 20, "korte-consultatie")]
    [InlineData("question", 60, "vijfstappenmethode")]
    [InlineData("distance", 60, "roddelmethode")]
    [InlineData("incident", 90, "incidentmethode")]
    [InlineData("incident", 20, "incidentmethode")]      // nothing shorter suits: the card says it takes longer
    [InlineData("onbekend", 60, null)]
    [InlineData(null, 60, null)]
    public void MethodAdvisor_KindAndTime_SuggestTheMethodWhoseFileSaysItSuits(string? kind, int minutes, string? expected)
    {
        Assert.Equal(expected, MethodAdvisor.Suggest(Registry.All, kind, minutes)?.Id);
    }

    [Fact]
    public void MethodFile_UnknownSuitsKind_IsAnError()
    {
        var json = File.ReadAllText(Path.Combine(ShippedMethodsDirectory, "korte-consultatie.json")).Replace("\"stuck\"", "\"haast\"", StringComparison.Ordinal);

        var result = MethodLoader.Parse(json, "kort.json");

        Assert.Contains(result.Errors, e => e.Contains("suits: unknown kind 'haast'", StringComparison.Ordinal));
    }
}
