using System.Text.Json;
using IntervisieBot.Features.Lessons.Cards;
using IntervisieBot.Features.Lessons.Domain;
using IntervisieBot.Features.Lessons.Storage;
using IntervisieBot.Tests.Infrastructure;
using IntervisieBot.Tests.Intervisie.Handlers;
using Microsoft.Extensions.DependencyInjection;

namespace IntervisieBot.Tests.Lessons.Handlers;

/// <summary>The whole way in from intervisie: a real round, its summary's <c>lessons.new</c> button, the prefilled card, saved.</summary>
public sealed class LessonFromRoundTests : RoundTeamFixture
{
    [Fact]
    public async Task LessonsNew_FromARoundSummary_PrefillsAndSavesATeamLessonLinkedToTheRound()
    {
        const string choice = "Ik spreek af dat hij zijn verplichtingen nakomt, anders volgt een waarschuwing.";
        var (roundId, _) = await Team.StartAsync(starter: B, inbrenger: A, gespreksleider: B);
        await Team.CasusAsync(roundId, A, "Klant met schulden", "De brieven van de deurwaarder blijven ongeopend liggen.");
        for (var i = 0; i < 4; i++) await Team.AdvanceAsync(roundId, i, B);
        await Team.ContributeAsync(roundId, 4, A, choice);
        await Team.AdvanceAsync(roundId, 4, B);

        await Team.ClickAsync(LessonListCard.NewVerb, new Dictionary<string, string> { ["verb"] = LessonListCard.NewVerb, ["sourceKind"] = "intervisie", ["sourceId"] = roundId }, A);

        // The lesson card arrives as a new message (the summary stays); it is the only message carrying the save verb.
        var form = (await Connector.WaitForRequestsAsync(r => r.Operation == "Send"
            && r.Body!.Value.GetRawText().Contains(LessonFormCard.SaveVerb, StringComparison.Ordinal), 1, LessonsHarness.Wait))[0];
        var card = RoundTeam.CardOf(form);
        // The inbrenger's choice is the plan, once: the lesson itself is left to write; the themes follow the debt casus, and
        // nothing claims experience on a lesson to try out.
        Assert.Equal(choice, LessonCaptureTests.FindInput(card, LessonFormCard.ActionPlanInput).GetProperty("value").GetString());
        Assert.False(LessonCaptureTests.FindInput(card, LessonFormCard.LessonInput).TryGetProperty("value", out _));
        Assert.Contains(LessonsStrings.FormFromSourceWriteLesson(System.Globalization.CultureInfo.GetCultureInfo("nl-NL")), card.GetRawText(), StringComparison.Ordinal);
        var tags = LessonCaptureTests.FindInput(card, LessonFormCard.TagsInput).GetProperty("value").GetString()!.Split(',');
        Assert.Contains("schulden", tags);
        Assert.DoesNotContain("sanctie", tags);
        Assert.Equal(LessonTypes.Uitproberen, LessonCaptureTests.FindInput(card, LessonFormCard.TypeInput).GetProperty("value").GetString());
        Assert.Equal(LessonEvidence.NogNietGeprobeerd, LessonCaptureTests.FindInput(card, LessonFormCard.EvidenceInput).GetProperty("value").GetString());
        var save = JsonSerializer.Deserialize<Dictionary<string, JsonElement>>(card.GetProperty("actions")[0].GetProperty("data").GetRawText())!
            .ToDictionary(kv => kv.Key, kv => kv.Value.GetString()!);
        save[LessonFormCard.LessonInput] = "Bij schulden samen met de schuldhulpverlener het gesprek plannen.";
        // A client sends every choice with its value; the visibility choice starts at "mijn team" in a team.
        save[LessonFormCard.VisibilityInput] = LessonCaptureTests.FindInput(card, LessonFormCard.VisibilityInput).GetProperty("value").GetString()!;

        await Team.ClickAsync(LessonFormCard.SaveVerb, save, A);

        var stored = Assert.Single(await Bot.Services.GetRequiredService<LessonStore>().ListAsync(LessonPartitions.Team(TestActivities.TenantId, Noord), 10, default));
        Assert.Equal("intervisie", stored.SourceKind);
        Assert.Equal(roundId, stored.SourceId);
        Assert.Equal(TestActivities.AadFor(A), stored.OwnerKey);
        Assert.Contains("schulden", stored.Tags);
        Assert.DoesNotContain("sanctie", stored.Tags);
        Assert.Equal(LessonEvidence.NogNietGeprobeerd, stored.Evidence);
    }
}
