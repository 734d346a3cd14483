using IntervisieBot.Features.Intervisie.Methods;
using IntervisieBot.Features.Intervisie.Domain;
using static IntervisieBot.Tests.Intervisie.IntervisieTestData;

namespace IntervisieBot.Tests.Intervisie.Domain;

/// <summary>Issue 17.6: spread over days, the inbrenger answers each question, and talk steps collect short reactions.</summary>
public sealed class RoundAnswersAndReactionsTests
{
    private static RoundHarness SpreadIncidentAtInformationRound(out string question)
    {
        var round = RoundHarness.Started("incidentmethode", RoundMode.Spread, 24);
        round.Advance();                                                   // 2: situation
        round.Say(Inbrenger, "Een klant die afspraken mist.");           // the inbrenger's phase completes at once: 3, questions written, hidden
        round.Say(MemberC, "Sinds wanneer mist de klant afspraken?");
        round.Say(MemberD, "Wie heeft nog meer contact met de klant?");
        round.Advance();                                                   // 4: information round, reveals them
        question = round.Current.ContributionsIn(2).First(c => c.AuthorId == MemberC).Id;
        return round;
    }

    [Fact]
    public void AnswerQuestion_SpreadInformationRound_AnswerShowsUnderItsQuestion()
    {
        var round = SpreadIncidentAtInformationRound(out var question);

        round.Accept(new AnswerQuestion(Session, Inbrenger, 3, question, "Sinds de zomer."));

        var method = Registry.Find("incidentmethode")!;
        var revealed = RoundQueries.CurrentView(round.Current, method)!.Revealed;
        Assert.Equal("Sinds de zomer.", revealed.Single(i => i.ContributionId == question).Answer);
        Assert.Null(revealed.Single(i => i.ContributionId != question).Answer);
        Assert.Empty(round.Current.ContributionsIn(3));                  // an answer is not a contribution to the phase
    }

    [Fact]
    public void AnswerQuestion_AgainForTheSameQuestion_ReplacesTheAnswer()
    {
        var round = SpreadIncidentAtInformationRound(out var question);
        round.Accept(new AnswerQuestion(Session, Inbrenger, 3, question, "Sinds de zomer."));

        var again = round.Accept(new AnswerQuestion(Session, Inbrenger, 3, question, "Sinds juli."));

        Assert.True(Assert.IsType<ContributionRecorded>(Assert.Single(again.Events)).Replaced);
        Assert.Equal("Sinds juli.", round.Current.AnswerTo(question)!.Text);
        Assert.Single(round.Current.Contributions, c => c.AnswersQuestionId == question);
    }

    [Fact]
    public void AnswerQuestion_SomeoneElseThanTheInbrenger_IsRefused()
    {
        var round = SpreadIncidentAtInformationRound(out var question);

        Assert.Equal(RefusalReason.NotInbrenger, round.Refuse(new AnswerQuestion(Session, MemberD, 3, question, "Ik weet het.")));
        Assert.Equal(RefusalReason.NotInbrenger, round.Refuse(new AnswerQuestion(Session, Gespreksleider, 3, question, "Ik weet het.")));
    }

    [Theory]
    [InlineData("00:km-z:01")]        // no such question
    [InlineData("")]
    public void AnswerQuestion_UnknownQuestion_IsRefused(string questionId)
    {
        var round = SpreadIncidentAtInformationRound(out _);

        Assert.Equal(RefusalReason.NoSuchQuestion, round.Refuse(new AnswerQuestion(Session, Inbrenger, 3, questionId, "Antwoord.")));
    }

    [Fact]
    public void AnswerQuestion_PhaseThatTakesNoAnswers_OrLiveRound_IsRefused()
    {
        var spread = SpreadIncidentAtInformationRound(out var question);
        spread.Advance();                                                  // 5: analysis, takes no answers
        Assert.Equal(RefusalReason.NoSuchQuestion, spread.Refuse(new AnswerQuestion(Session, Inbrenger, 4, question, "Antwoord.")));

        var live = RoundHarness.Started("vijfstappenmethode");
        live.Say(Inbrenger, "Hoe krijg ik weer contact?");
        live.Advance();
        live.Say(MemberC, "Wanneer lukte het wel?");
        var asked = live.Current.ContributionsIn(1).Single().Id;
        Assert.Equal(RefusalReason.NoSuchQuestion, live.Refuse(new AnswerQuestion(Session, Inbrenger, 1, asked, "In het voorjaar.")));
    }

    [Theory]
    [InlineData("   ", RefusalReason.EmptyText)]
    [InlineData(null, RefusalReason.EmptyText)]
    public void AnswerQuestion_EmptyText_IsRefused(string? text, RefusalReason expected)
    {
        var round = SpreadIncidentAtInformationRound(out var question);

        Assert.Equal(expected, round.Refuse(new AnswerQuestion(Session, Inbrenger, 3, question, text)));
    }

    [Fact]
    public void AnswerQuestion_TooLong_IsRefused()
    {
        var round = SpreadIncidentAtInformationRound(out var question);

        Assert.Equal(RefusalReason.TextTooLong, round.Refuse(new AnswerQuestion(Session, Inbrenger, 3, question, new string('x', RoundEngine.MaxContributionLength + 1))));
    }

    [Fact]
    public void AnswerQuestion_VijfstappenExploring_AnswersTheQuestionsOfTheSamePhase()
    {
        var round = RoundHarness.Started("vijfstappenmethode", RoundMode.Spread, 24);
        round.Say(Inbrenger, "Hoe krijg ik weer contact?");
        round.Say(MemberC, "Wanneer lukte het contact wel?");         // phase 2 (exploring): the group asks
        Assert.Equal(1, round.Current.PhaseIndex);
        var asked = round.Current.ContributionsIn(1).Single().Id;

        round.Accept(new AnswerQuestion(Session, Inbrenger, 1, asked, "Op dinsdagochtend."));

        var view = RoundQueries.CurrentView(round.Current, Registry.Find("vijfstappenmethode")!.For(RoundMode.Spread))!;
        Assert.Equal("Op dinsdagochtend.", Assert.Single(view.Shown).Answer);
        Assert.Equal(1, view.ContributorCount);                          // the answer does not count as a question
    }

    [Fact]
    public void Reactions_SpreadDiscussionStep_CollectsShortNamedReactions()
    {
        var round = SpreadIncidentAtInformationRound(out _);
        for (var i = 0; i < 3; i++) round.Advance();                      // 5 analysis, 6 standpoint, 7 discussing the standpoints
        var method = Registry.Find("incidentmethode")!;
        Assert.Equal("standpunten-bespreken", method.Phases[round.Current.PhaseIndex].Id);
        Assert.False(method.Phases[6].Collects.CollectsAnything);        // as written: talk only

        round.Say(MemberC, "Ik herken het standpunt van D.");
        round.Say(Inbrenger, "Goed om te lezen.");

        var view = RoundQueries.CurrentView(round.Current, method.For(RoundMode.Spread))!;
        Assert.Equal(2, view.Shown.Count);
        Assert.Equal(RefusalReason.TextTooLong, round.Refuse(new Contribute(Session, MemberD, 6, new string('x', PhaseDefinition.MaxReactionLength + 1), null)));
        round.Say(MemberD, "Een");
        round.Say(MemberD, "Twee");
        round.Say(MemberD, "Drie");
        Assert.Equal(RefusalReason.ContributionLimitReached, round.Refuse(new Contribute(Session, MemberD, 6, "Vier", null)));
    }

    [Fact]
    public void Reactions_LiveDiscussionStep_CollectsNothing()
    {
        var round = RoundHarness.Started("incidentmethode");
        for (var i = 0; i < 6; i++) round.Advance();

        Assert.Equal(6, round.Current.PhaseIndex);
        Assert.Equal(RefusalReason.PhaseDoesNotCollectThis, round.Refuse(new Contribute(Session, MemberC, 6, "Reactie", null)));
    }

    [Fact]
    public void Reactions_SpreadRoundSummary_KeepsTheDiscussionStep()
    {
        var round = RoundHarness.Started("moreel-beraad", RoundMode.Spread, 24);
        round.Say(Inbrenger, "Mag ik dit melden zonder toestemming?");
        for (var i = 0; i < 3; i++) round.Advance();                      // 5: weighing (talk step)
        round.Say(MemberC, "Zorg weegt hier zwaarder dan regels.");
        round.Advance();
        round.Advance();
        round.Advance();

        var closed = round.History.OfType<RoundClosed>().Single();
        var weighing = closed.Summary!.Phases.Single(p => p.PhaseId == "afwegen");
        Assert.Equal("Zorg weegt hier zwaarder dan regels.", Assert.Single(weighing.Items).Text);
    }
}
