using System.Text.Json;
using IntervisieBot.Features.Intervisie.Cards;
using IntervisieBot.Features.Intervisie.Domain;
using IntervisieBot.Tests.Infrastructure;

namespace IntervisieBot.Tests.Intervisie.Handlers;

/// <summary>
/// Issue 17.6 and 17.7 against the real bot and Azurite over the loopback connector: spread over days the inbrenger answers
/// each question and talk steps collect reactions; members propose a casus in one line and the gespreksleider picks one.
/// </summary>
public sealed class RoundAnswersAndChoiceFlowTests : RoundTeamFixture
{
    private Task<JsonElement> AnswerAsync(string roundId, int phaseIndex, string fromId, string questionId, string? text) =>
        Team.ClickAsync(RoundVerbs.Answer, new Dictionary<string, object?>
        {
            ["verb"] = RoundVerbs.Answer, [RoundVerbs.RoundIdData] = roundId, [RoundVerbs.PhaseIndexData] = phaseIndex,
            [RoundVerbs.QuestionInput] = questionId, [RoundVerbs.AnswerInput] = text,
        }, fromId);

    private Task<JsonElement> ProposeAsync(string roundId, string fromId, string? text) =>
        Team.ClickAsync(RoundVerbs.Propose, new Dictionary<string, object?>
        {
            ["verb"] = RoundVerbs.Propose, [RoundVerbs.RoundIdData] = roundId, [RoundVerbs.ProposalInput] = text,
        }, fromId);

    private Task<JsonElement> ChooseAsync(string roundId, string fromId, string proposer) =>
        Team.ClickAsync(RoundVerbs.ChooseCasus, new Dictionary<string, object?>
        {
            ["verb"] = RoundVerbs.ChooseCasus, [RoundVerbs.RoundIdData] = roundId, [RoundVerbs.ProposerInput] = Aad(proposer),
        }, fromId);

    [Fact]
    public async Task SpreadIncident_InbrengerAnswersUnderEachQuestion_OthersCannot_DiscussionCollectsReactions_SummaryKeepsBoth()
    {
        var (roundId, _) = await Team.StartAsync(starter: B, inbrenger: A, gespreksleider: B, method: "incidentmethode",
            mode: RoundVerbs.ModeSpread, hours: 48, joiners: [A, B, C, D]);
        await Team.CasusAsync(roundId, A, "Klant die afspraken mist");
        await Team.AdvanceAsync(roundId, 0, B);                                             // 2: the situation
        await Team.ContributeAsync(roundId, 1, A, "Een klant mist voor de derde keer een afspraak.");   // completes at once: 3
        await Team.ContributeAsync(roundId, 2, C, "Sinds wanneer mist de klant afspraken?");
        await Team.ContributeAsync(roundId, 2, D, "Wie heeft nog meer contact met de klant?");
        var informationRound = await Team.AdvanceAsync(roundId, 2, B);                       // 4: information round, the questions revealed
        Assert.Contains("Fase 4 van 10", RoundTeam.AllText(informationRound));
        Assert.DoesNotContain(RoundVerbs.Answer, RoundTeam.VerbsIn(informationRound));      // the gespreksleider does not answer

        var questions = (await Team.LoadAsync(roundId)).State.ContributionsIn(2).ToDictionary(q => q.AuthorId, q => q.Id);
        var card = await AnswerAsync(roundId, 3, A, questions[Aad(C)], "Sinds de zomer, na een verhuizing.");

        var text = RoundTeam.AllText(card);
        Assert.Contains("↳ Antwoord van de inbrenger: Sinds de zomer, na een verhuizing.", text);
        Assert.Contains("Vraag 1 (beantwoord)", text);
        Assert.Contains(RoundVerbs.Answer, RoundTeam.VerbsIn(card));
        var refused = await AnswerAsync(roundId, 3, D, questions[Aad(D)], "Ik antwoord zelf wel.");
        Assert.Contains("Dit kan alleen de inbrenger", RoundTeam.AllText(refused));
        var guarded = await AnswerAsync(roundId, 3, A, questions[Aad(D)], "Haar consulent, bereikbaar op 06-12345678.");
        Assert.Contains("[telefoonnummer weggelaten]", RoundTeam.AllText(guarded));
        var stored = (await Team.LoadAsync(roundId)).State;
        Assert.Null(stored.AnswerTo(questions[Aad(D)]));                                     // neither the refused nor the guarded answer
        Assert.Equal("Sinds de zomer, na een verhuizing.", stored.AnswerTo(questions[Aad(C)])!.Text);

        await Team.AdvanceAsync(roundId, 3, B);                                              // 5 analysis
        await Team.AdvanceAsync(roundId, 4, B);                                              // 6 standpoint
        await Team.ContributeAsync(roundId, 5, C, "Ik zou de klant thuis opzoeken.");
        var discussing = await Team.AdvanceAsync(roundId, 5, B);                             // 7 discussing the standpoints
        Assert.Contains("Fase 7 van 10", RoundTeam.AllText(discussing));
        var reacted = await Team.ContributeAsync(roundId, 6, D, "Thuis opzoeken past bij deze klant.");
        Assert.Contains("Thuis opzoeken past bij deze klant.", RoundTeam.AllText(reacted));
        Assert.Contains(RoundVerbs.Contribute, RoundTeam.VerbsIn(reacted));                 // up to three short reactions each

        await Team.AdvanceAsync(roundId, 6, B);                                              // 8 what the inbrenger did
        await Team.ContributeAsync(roundId, 7, A, "Ik heb een brief gestuurd.");               // completes at once: 9
        await Team.AdvanceAsync(roundId, 8, B);                                              // 10 evaluation
        await Team.AdvanceAsync(roundId, 9, B);                                              // done

        var summary = string.Join(" | ", CardText.Of((await WaitForSummaryAsync())[0].Body));
        Assert.Contains("↳ Antwoord van de inbrenger: Sinds de zomer, na een verhuizing.", summary);
        Assert.Contains("Thuis opzoeken past bij deze klant.", summary);
        Assert.DoesNotContain("12345678", string.Join(" ", Connector.Requests.Select(r => r.Body?.GetRawText() ?? "")), StringComparison.Ordinal);
    }

    [Fact]
    public async Task LiveIncident_ProposalChosenByTheGespreksleider_InbrengerChangesInPlace_WalksToTheSummaryWithTheNewInbrenger()
    {
        var (roundId, cardId) = await Team.StartAsync(starter: B, inbrenger: A, gespreksleider: B, method: "incidentmethode", joiners: [A, B, C, D]);
        await Team.CasusAsync(roundId, A, "Klant die niet komt opdagen", "Een beschrijving die bij de eerste casus hoort.");

        var guarded = await ProposeAsync(roundId, C, "Klant met BSN 111222333 liep boos weg");
        Assert.Contains("[BSN weggelaten]", RoundTeam.AllText(guarded));
        Assert.Contains(RoundVerbs.Propose, RoundTeam.VerbsIn(guarded));                    // the guard's card sends it again after editing
        Assert.Empty((await Team.LoadAsync(roundId)).State.Proposals);

        var proposed = await ProposeAsync(roundId, C, "Een klant die boos wegliep");
        Assert.Contains("Een klant die boos wegliep", RoundTeam.AllText(proposed));
        Assert.Contains(RoundVerbs.ChooseCasus, RoundTeam.VerbsIn(await Team.SimpleAsync(RoundVerbs.Refresh, roundId, B)));   // the gespreksleider can choose it
        var notAllowed = await ChooseAsync(roundId, D, C);
        Assert.Contains("Alleen de gespreksleider", RoundTeam.AllText(notAllowed));
        Assert.Equal(Aad(A), (await Team.LoadAsync(roundId)).State.InbrengerId);

        var chosen = await ChooseAsync(roundId, B, C);
        var state = (await Team.LoadAsync(roundId)).State;
        Assert.Equal(Aad(C), state.InbrengerId);
        Assert.Equal("Een klant die boos wegliep", state.Casus!.Title);
        Assert.Null(state.Casus.Description);
        Assert.Equal((RoundStatus.Running, 0, roundId), (state.Status, state.PhaseIndex, state.SessionId));
        Assert.Contains("Een klant die boos wegliep", RoundTeam.AllText(chosen));
        await Connector.WaitForRequestsAsync(r => r.Operation == "Update" && r.ActivityId == cardId
            && RoundTeam.AllText(RoundTeam.CardOf(r)).Contains("Een klant die boos wegliep"), 1, RoundTeam.Wait);

        await Team.AdvanceAsync(roundId, 0, B);
        var notYours = await Team.ContributeAsync(roundId, 1, A, "Ik schets de oude casus.");
        Assert.Contains("iemand anders aan de beurt", RoundTeam.AllText(notYours));
        await Team.ContributeAsync(roundId, 1, C, "De klant liep weg toen het over de boete ging.");
        for (var phase = 1; phase < 10; phase++) await Team.AdvanceAsync(roundId, phase, B);

        var summary = string.Join(" | ", CardText.Of((await WaitForSummaryAsync())[0].Body));
        Assert.Contains("Een klant die boos wegliep", summary);
        Assert.Contains("Deelnemer C", summary);
        Assert.DoesNotContain("Klant die niet komt opdagen", summary);
        var stored = await Team.LoadAsync(roundId);
        var rotation = await Team.Repository.GetRotationAsync(stored.TeamPartition, default);
        Assert.Equal(Aad(C), Assert.Single(rotation).InbrengerId);                           // the round's one entry names the new inbrenger
        Assert.DoesNotContain(Connector.Requests, r => r.Body?.GetRawText().Contains("111222333", StringComparison.Ordinal) == true);
    }

    [Fact]
    public async Task Proposal_AfterTheIncidentStep_GetsAFriendlyRefusal_StateUnchanged()
    {
        var (roundId, _) = await Team.StartAsync(starter: B, inbrenger: A, gespreksleider: B, method: "incidentmethode", joiners: [A, B, C, D]);
        await Team.CasusAsync(roundId, A, "Klant die niet komt opdagen");
        await Team.AdvanceAsync(roundId, 0, B);
        var before = await Team.LoadAsync(roundId);

        var card = await ProposeAsync(roundId, C, "Te laat voorgesteld");

        Assert.Contains("Een casus voorstellen of kiezen kan alleen", RoundTeam.AllText(card));
        var after = await Team.LoadAsync(roundId);
        Assert.Equal(before.State.Version, after.State.Version);
        Assert.Empty(after.State.Proposals);
    }
}
