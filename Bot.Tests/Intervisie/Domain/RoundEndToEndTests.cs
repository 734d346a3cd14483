using System.Globalization;
using IntervisieBot.Features.Intervisie.Methods;
using IntervisieBot.Features.Intervisie.Domain;
using static IntervisieBot.Tests.Intervisie.IntervisieTestData;

namespace IntervisieBot.Tests.Intervisie.Domain;

/// <summary>Whole rounds walked in memory through the real engine, ending in the summary model.</summary>
public sealed class RoundEndToEndTests
{
    [Fact]
    public void Vijfstappenmethode_WalkedLive_EndsWithSummaryOfAdviceAndInbrengerChoice()
    {
        var round = RoundHarness.Started("vijfstappenmethode");

        round.Say(Inbrenger, "Hoe krijg ik een klant met schulden weer naar de afspraken?");
        round.Advance();
        round.Say(MemberC, "Wat is er veranderd sinds de laatste afspraak?");
        round.Say(MemberD, "Weet de klant van de schuldhulp?");
        round.Advance();
        round.Say(MemberC, "De klant overziet de schulden niet.");
        round.Say(Inbrenger, "Ik weet niet hoe ik het gesprek over geld begin.");
        round.Advance();
        round.Say(MemberC, "Plan een warme overdracht naar schuldhulp.");
        round.Say(MemberD, "Begin het gesprek met wat wel lukt.");
        round.Say(MemberD, "Bel een dag van tevoren.");
        round.Say(Gespreksleider, "Vraag wat de klant zelf wil.");
        round.Advance();
        round.Say(Inbrenger, "Ik bel voortaan een dag van tevoren en regel de overdracht.");
        round.Time.Advance(TimeSpan.FromMinutes(50));
        var last = round.Advance();

        var closed = Assert.IsType<RoundClosed>(last.Events[^1]);
        Assert.Equal(RoundStatus.Closed, round.Current.Status);
        Assert.Equal(CloseReason.Completed, round.Current.CloseReason);
        var summary = closed.Summary!;
        Assert.Equal("Klant komt afspraken niet na", summary.CasusTitle);
        Assert.Equal(CloseReason.Completed, summary.Outcome);
        Assert.Equal(5, summary.PhasesCompleted);
        Assert.Equal(round.Time.GetUtcNow(), summary.ClosedAt);
        Assert.Equal(["vraag-inbrengen", "verkennen", "probleem-formuleren", "adviesronde"], summary.Phases.Select(p => p.PhaseId));
        var advice = summary.Phases.Single(p => p.PhaseId == "adviesronde");
        Assert.Equal(4, advice.Items.Count);
        Assert.Equal(3, advice.ContributorCount);
        Assert.Equal([MemberC, MemberD, MemberD, Gespreksleider], advice.Items.Select(i => i.AuthorId));
        Assert.Equal("afronding", summary.InbrengerChoice!.PhaseId);
        Assert.Equal("Ik bel voortaan een dag van tevoren en regel de overdracht.", summary.InbrengerChoice.Text);
        Assert.Equivalent(summary, RoundSummaryBuilder.Build(round.Current, Registry.Find("vijfstappenmethode")!, CloseReason.Completed, summary.ClosedAt), strict: true);
    }

    [Fact]
    public void Incidentmethode_WalkedLive_RevealsHiddenWorkAndSummarisesStandpoints()
    {
        var round = RoundHarness.Started("incidentmethode");
        var method = Registry.Find("incidentmethode")!;
        var members = new[] { Gespreksleider, MemberC, MemberD };

        round.Advance(); // 1 keuze
        round.Say(Inbrenger, "Klant dreigde tijdens het gesprek; ik moest beslissen of ik doorging.");
        round.Advance(); // 2 schets
        foreach (var m in members)
        {
            round.Say(m, $"Vraag van {m}");
        }

        var writing = RoundQueries.CurrentView(round.Current, method)!;
        Assert.Equal(3, writing.ContributorCount);
        Assert.Empty(writing.Shown); // questions stay hidden while being written
        round.Advance(); // 3 vragen noteren

        var questionRound = RoundQueries.CurrentView(round.Current, method)!;
        Assert.Equal("informatievragen-noteren", questionRound.RevealedPhase!.Id);
        Assert.Equal(3, questionRound.Revealed.Count);
        round.Advance(); // 4 informatieronde
        round.Say(MemberC, "De veiligheid van de klantmanager.");
        round.Advance(); // 5 analyse
        foreach (var m in members)
        {
            round.Say(m, $"Standpunt van {m}");
        }

        Assert.Empty(RoundQueries.CurrentView(round.Current, method)!.Shown);
        round.Advance(); // 6 standpunt
        Assert.Equal(3, RoundQueries.CurrentView(round.Current, method)!.Revealed.Count);
        round.Advance(); // 7 bespreken
        round.Say(Inbrenger, "Ik heb het gesprek beëindigd en een collega erbij gehaald.");
        round.Advance(); // 8 wat deed de inbrenger
        round.Say(Inbrenger, "Eerder hulp vragen.");
        round.Say(MemberD, "Afspraak maken over veiligheid in het team.");
        round.Advance(); // 9 nabespreking
        round.Choose(MemberC, "waardevol");
        round.Choose(MemberD, "deels");
        round.Choose(Inbrenger, "waardevol");
        var evaluation = RoundQueries.CurrentView(round.Current, method)!;
        Assert.Empty(evaluation.ContributorIds);
        Assert.Equal(3, evaluation.ContributorCount);
        Assert.All(evaluation.Shown, i => Assert.Null(i.AuthorId));
        var last = round.Advance(); // 10 evaluatie

        var summary = Assert.IsType<RoundClosed>(last.Events[^1]).Summary!;
        Assert.Equal(10, summary.PhasesCompleted);
        Assert.Equal(
            ["situatie-schetsen", "informatievragen-noteren", "analyse", "standpunt-schrijven", "nabespreking", "evaluatie"],
            summary.Phases.Select(p => p.PhaseId));
        Assert.Equal(members.Select(m => $"Standpunt van {m}"), summary.Phases.Single(p => p.PhaseId == "standpunt-schrijven").Items.Select(i => i.Text));
        var votes = summary.Phases.Single(p => p.PhaseId == "evaluatie");
        Assert.Equal(ContributionVisibility.Anonymous, votes.Visibility);
        Assert.All(votes.Items, i => Assert.Null(i.AuthorId));
        Assert.Equal(["deels", "waardevol", "waardevol"], votes.Items.Select(i => i.ChoiceOptionId));
        Assert.Equal("wat-deed-de-inbrenger", summary.InbrengerChoice!.PhaseId);
        Assert.Equal("Ik heb het gesprek beëindigd en een collega erbij gehaald.", summary.InbrengerChoice.Text);
    }

    [Fact]
    public void TestOnlyMethod_LoadedFromExtraFolder_RunsSpreadEndToEnd()
    {
        var method = Registry.Find("oplossingsgericht")!;
        Assert.Equal("Oplossingsgerichte ronde (kort)", method.Name.For(CultureInfo.GetCultureInfo("nl-NL")));
        Assert.Equal("Solution-focused round (short)", method.Name.For(CultureInfo.GetCultureInfo("en-GB")));
        var round = RoundHarness.Started("oplossingsgericht", RoundMode.Spread, 8);

        round.Say(Inbrenger, "Dat de klant zelf een vacature uitkiest.");
        Assert.Equal(1, round.Current.PhaseIndex); // inbrenger answered: next phase
        round.Say(MemberD, "Samen de vacaturebank bekijken.");
        round.Say(Gespreksleider, "Vragen wat eerder wel lukte.");
        round.Say(Gespreksleider, "Een proefplaatsing voorstellen.");
        var ideas = RoundQueries.CurrentView(round.Current, method)!;
        Assert.Empty(ideas.ContributorIds);
        Assert.Empty(ideas.PendingContributorIds);
        Assert.Equal(2, ideas.ContributorCount);
        Assert.Equal([MemberC], RoundQueries.PendingContributors(round.Current, ideas.Phase, 1));
        round.Say(MemberC, "Een werkgever uitnodigen.");
        Assert.Equal(2, round.Current.PhaseIndex); // everyone expected contributed
        var done = round.Choose(Inbrenger, "idee-uit-groep");

        Assert.Equal(RoundStatus.Closed, done.State.Status);
        var summary = Assert.IsType<RoundClosed>(done.Events[^1]).Summary!;
        Assert.Equal("oplossingsgericht", summary.MethodId);
        Assert.Equal("idee-uit-groep", summary.InbrengerChoice!.ChoiceOptionId);
        var anonymous = summary.Phases.Single(p => p.PhaseId == "ideeen");
        Assert.Equal(4, anonymous.Items.Count);
        Assert.All(anonymous.Items, i => Assert.Null(i.AuthorId));
        Assert.All(anonymous.Items, i => Assert.DoesNotContain(Team, p => i.ContributionId.Contains(p.Id, StringComparison.Ordinal)));
        Assert.Equal(anonymous.Items.Select(i => i.Text).Order(StringComparer.Ordinal), anonymous.Items.Select(i => i.Text));
    }

    [Fact]
    public void CloseRound_Early_KeepsContributionsAndSummarisesSoFar()
    {
        var round = RoundHarness.Started("vijfstappenmethode");
        round.Say(Inbrenger, "Vraag");
        round.Advance();
        round.Say(MemberC, "Open vraag");

        var closed = round.Accept(new CloseRound(Session, Gespreksleider));

        var e = Assert.IsType<RoundClosed>(Assert.Single(closed.Events));
        Assert.Equal(CloseReason.ClosedEarly, e.Reason);
        Assert.Equal(Gespreksleider, e.ActorId);
        Assert.Equal(2, closed.State.Contributions.Count);
        Assert.Equal(1, e.Summary!.PhasesCompleted);
        Assert.Equal("Open vraag", e.Summary.Phases.Single(p => p.PhaseId == "verkennen").Items.Single().Text);
        Assert.Null(e.Summary.InbrengerChoice!.Text);
    }

    [Fact]
    public void CloseRound_BeforeCasus_ClosesWithoutSummary()
    {
        var round = RoundHarness.Started("vijfstappenmethode", withCasus: false);

        var closed = round.Accept(new CloseRound(Session, Gespreksleider));

        Assert.Null(Assert.IsType<RoundClosed>(Assert.Single(closed.Events)).Summary);
        Assert.Null(RoundQueries.CurrentView(closed.State, Registry.Find("vijfstappenmethode")!));
    }

    [Fact]
    public void Contribute_TwentyMembersInOnePhase_GivesTwentySeparateItems()
    {
        var round = new RoundHarness();
        List<Participant> team = [.. Enumerable.Range(1, 20).Select(i => new Participant($"km-{i:D2}", $"Deelnemer {i}"))];
        round.Accept(new StartRound(Session, Conversation, "vijfstappenmethode", "km-01", "km-02", team, RoundMode.Live, null, "km-02"));
        round.Accept(new SubmitCasus(Session, "km-01", "Casus", null));
        RoundRefusalTests.MoveTo(round, 3, "km-02");
        var versionBefore = round.Current.Version;

        foreach (var member in team.Skip(1))
        {
            round.Say(member.Id, $"Advies {member.Id}");
        }

        Assert.Equal(19, round.Current.ContributionsIn(3).Select(c => c.Id).Distinct().Count());
        Assert.Equal(versionBefore, round.Current.Version);
    }
}
