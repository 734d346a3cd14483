using System.Text.Json;
using IntervisieBot.Cards;
using IntervisieBot.Features.Intervisie.Cards;
using IntervisieBot.Features.Intervisie.Methods;
using IntervisieBot.Features.Intervisie.Domain;
using IntervisieBot.Localization;
using Xunit.Abstractions;

namespace IntervisieBot.Tests.Intervisie.Cards;

/// <summary>
/// Every phase card shows what the phase builds on (issue 17): the inbrenger's question in view, earlier phases collapsed
/// under an Action.ToggleVisibility; and stays under Teams' 28 KB with 8 people writing the longest texts allowed.
/// </summary>
public sealed class RoundCardEarlierPhasesTests(ITestOutputHelper output)
{
    private static readonly IReadOnlyList<Participant> Eight =
        [.. Enumerable.Range(1, 8).Select(i => new Participant($"km-{i}", $"Klantmanager {i}"))];

    [Theory]
    [InlineData("vijfstappenmethode")]
    [InlineData("incidentmethode")]
    public void EveryPhaseCard_EightPeopleWithLongTexts_ShowsEarlierPhasesCollapsedAndFits28KB(string methodId)
    {
        var method = IntervisieTestData.Registry.Find(methodId)!;
        var round = new RoundHarness();
        round.Accept(new StartRound(IntervisieTestData.Session, IntervisieTestData.Conversation, methodId, "km-1", "km-2", Eight, RoundMode.Live, null, "km-2"));
        round.Accept(new SubmitCasus(IntervisieTestData.Session, "km-1", "Klant komt afspraken niet na", new string('c', RoundEngine.MaxCasusDescriptionLength)));
        var largest = 0;
        string? question = null;
        for (var phaseIndex = 0; phaseIndex < method.Phases.Count; phaseIndex++)
        {
            var card = RoundCard.Create(BotCulture.Dutch, new RoundCardModel(round.Current, method, [], []), RoundViewer.Everyone);
            var json = CardJson.Serialize(card);
            var bytes = System.Text.Encoding.UTF8.GetByteCount(json);
            largest = Math.Max(largest, bytes);
            Assert.True(bytes < CardSize.TeamsMessageLimitBytes, $"{methodId} phase {phaseIndex + 1}: {bytes} bytes");
            if (phaseIndex > 0 && EarlierContributionsExist(round.Current, method, phaseIndex))
            {
                var root = JsonDocument.Parse(json).RootElement;
                var container = FindById(root, "earlier-phases") ?? throw new Xunit.Sdk.XunitException($"phase {phaseIndex + 1}: no earlier phases");
                Assert.False(container.GetProperty("isVisible").GetBoolean());
                Assert.Contains("\"type\":\"Action.ToggleVisibility\"", json.Replace(" ", "", StringComparison.Ordinal), StringComparison.Ordinal);
                Assert.Contains("earlier-phases", json, StringComparison.Ordinal);
                if (question is not null) Assert.Contains("Vraag van de inbrenger: " + question[..40], json, StringComparison.Ordinal);
            }

            Fill(round, method, phaseIndex);
            question ??= round.Current.ContributionsIn(phaseIndex).FirstOrDefault(c => c.AuthorId == "km-1" && method.Phases[phaseIndex].Collects.Kind == CollectKind.InbrengerText)?.Text;
            round.Advance("km-2");
        }

        output.WriteLine($"{methodId}: largest phase card {largest} bytes (UTF-8) for 8 people with {RoundEngine.MaxContributionLength}-character contributions");
    }

    [Fact]
    public void PhaseCard_HiddenWrittenPhase_StaysHiddenUntilRevealed()
    {
        var method = IntervisieTestData.Registry.Find("incidentmethode")!;
        var round = RoundHarness.Started("incidentmethode");
        round.Advance();
        round.Say(IntervisieTestData.Inbrenger, "Ik moest kiezen tussen een maatregel en nog een gesprek.");
        round.Advance();
        round.Say(IntervisieTestData.MemberC, "Geheime vraag: hoe lang loopt het traject al?");

        var whileWriting = CardJson.Serialize(RoundCard.Create(BotCulture.Dutch, new RoundCardModel(round.Current, method, [], []), RoundViewer.Everyone));
        round.Advance();
        round.Advance();
        var afterReveal = CardJson.Serialize(RoundCard.Create(BotCulture.Dutch, new RoundCardModel(round.Current, method, [], []), RoundViewer.Everyone));

        Assert.DoesNotContain("Geheime vraag", whileWriting, StringComparison.Ordinal);
        Assert.Contains("Ik moest kiezen tussen een maatregel", whileWriting, StringComparison.Ordinal);   // the situation sketch stays
        Assert.Contains("Geheime vraag", afterReveal, StringComparison.Ordinal);
    }

    [Fact]
    public void LivePhaseCard_ShowsItsTimeBoxAndTheTimeLeft_OrHowFarOverItIs()
    {
        var method = IntervisieTestData.Registry.Find("vijfstappenmethode")!;
        var round = RoundHarness.Started("vijfstappenmethode");
        round.Advance();                                                        // verkennen: 15 minutes
        var started = round.Current.Clock!.StartedAt;

        string At(TimeSpan after) => RoundCard.Create(BotCulture.Dutch, new RoundCardModel(round.Current, method, [], []) { Now = started + after }, RoundViewer.Everyone)
            .Body.OfType<TextBlock>().Single(t => t.Text.StartsWith("Tijd:", StringComparison.Ordinal)).Text;

        Assert.StartsWith("Tijd: 15 minuten, nog 15 over (tot {{TIME(", At(TimeSpan.Zero), StringComparison.Ordinal);
        Assert.StartsWith("Tijd: 15 minuten, nog 6 over", At(TimeSpan.FromMinutes(9.5)), StringComparison.Ordinal);
        Assert.Equal("Tijd: 15 minuten, 3 minuten over de tijd", At(TimeSpan.FromMinutes(18)));
    }

    private static bool EarlierContributionsExist(RoundState state, MethodDefinition method, int current) =>
        state.Contributions.Any(c => c.PhaseIndex < current && method.Phases[c.PhaseIndex].ShowContributions);

    /// <summary>Everyone who may writes the most and longest texts the phase allows.</summary>
    private static void Fill(RoundHarness round, MethodDefinition method, int phaseIndex)
    {
        var phase = method.Phases[phaseIndex];
        if (!phase.Collects.CollectsAnything) return;
        foreach (var person in Eight.Where(p => RoundQueries.MayContribute(round.Current, phase, p.Id)))
        {
            for (var n = 1; n <= phase.Collects.MaxPerMember; n++)
            {
                if (phase.Collects.Kind == CollectKind.Choice)
                {
                    round.Choose(person.Id, phase.Collects.Options[0].Id);
                    break;
                }

                var text = $"{person.DisplayName} schrijft bijdrage {n} in fase {phaseIndex + 1}: " + string.Concat(Enumerable.Repeat("een lange zin over de situatie van de klant. ", 30));
                round.Say(person.Id, text[..RoundEngine.MaxContributionLength]);
            }
        }
    }

    private static JsonElement? FindById(JsonElement element, string id)
    {
        if (element.ValueKind == JsonValueKind.Object)
        {
            if (element.TryGetProperty("id", out var value) && value.ValueKind == JsonValueKind.String && value.GetString() == id) return element;
            foreach (var property in element.EnumerateObject())
            {
                if (FindById(property.Value, id) is { } found) return found;
            }
        }
        else if (element.ValueKind == JsonValueKind.Array)
        {
            foreach (var item in element.EnumerateArray())
            {
                if (FindById(item, id) is { } found) return found;
            }
        }

        return null;
    }
}
