using IntervisieBot.Features.Handreikingen.Domain;
using IntervisieBot.Features.Lessons.Cards;
using IntervisieBot.Features.Lessons.Domain;

namespace IntervisieBot.Tests.Lessons.Domain;

/// <summary>Issue 19.8: a lesson prefilled from a round puts each sentence in one field, takes its themes from the casus and claims no experience.</summary>
public sealed class LessonPrefillDraftTests : IDisposable
{
    // Invented, anonymous texts.
    private const string DebtCasus = "Klant met schulden: de brieven van de deurwaarder blijven ongeopend liggen.";
    private const string Plan = "Ik spreek af dat hij zijn verplichtingen nakomt, anders volgt een waarschuwing.";

    private readonly LessonTagSuggester tagger = new(DomainLexicon.LoadEmbedded());

    public void Dispose() => tagger.Dispose();

    private static string Keep(string? text) => text ?? "";

    private LessonDraft Apply(LessonPrefill prefill) => LessonPrefillDraft.Apply(new LessonDraft(), prefill, Keep, tagger);

    [Fact]
    public void Apply_SameSentenceAsLessonAndPlan_StandsInThePlanOnly()
    {
        var draft = Apply(new LessonPrefill(Plan, Plan, [], "intervisie", "r1"));

        Assert.Equal(Plan, draft.ActionPlan);
        Assert.Equal("", draft.Text);
    }

    [Fact]
    public void Apply_LessonRepeatsOneSentenceOfThePlan_KeepsOnlyItsOwnSentence()
    {
        var draft = Apply(new LessonPrefill("Eerst samen de post openen. " + Plan.ToUpperInvariant().TrimEnd('.'), "Bel de schuldhulpverlener.\n" + Plan, [], "intervisie", "r1"));

        Assert.Equal("Eerst samen de post openen.", draft.Text);
        Assert.Equal("Bel de schuldhulpverlener. " + Plan, draft.ActionPlan);
    }

    [Fact]
    public void Apply_DebtCasus_SuggestsSchuldenNotHandhaving_EvenWhenThePlanSoundsLikeEnforcement()
    {
        // The plan's wording alone points at enforcement: the casus must decide.
        Assert.Contains("sanctie", tagger.Suggest(Plan));

        var draft = Apply(new LessonPrefill(null, Plan, [], "intervisie", "r1") { Context = ["Schulden", DebtCasus] });

        Assert.Contains("schulden", draft.Tags);
        Assert.DoesNotContain("sanctie", draft.Tags);
    }

    [Fact]
    public void Apply_CasusWithoutATheme_FallsBackToTheTextsOfTheCard()
    {
        var draft = Apply(new LessonPrefill("Bij schulden eerst samen de post openen.", null, [], "intervisie", "r1") { Context = ["Iets van vorige week"] });

        Assert.Contains("schulden", draft.Tags);
    }

    [Fact]
    public void Apply_RejectedContext_IsNotUsedForThemes()
    {
        var draft = LessonPrefillDraft.Apply(new LessonDraft(), new LessonPrefill(null, null, [], "intervisie", "r1") { Context = [DebtCasus] },
            _ => "", tagger);

        Assert.Empty(draft.Tags);
    }

    [Fact]
    public void Apply_FromARound_ClaimsNoExperience()
    {
        var draft = Apply(new LessonPrefill(null, Plan, [], "intervisie", "r1"));

        Assert.Equal(LessonTypes.Uitproberen, draft.Type);
        Assert.Equal(LessonEvidence.NogNietGeprobeerd, draft.Evidence);
        Assert.NotEqual(EvidenceLevels.Praktijkervaring, draft.Evidence);
    }

    [Fact]
    public void NewDraft_AndACardWithoutAnEvidenceChoice_StartAtNotTriedYet()
    {
        var read = LessonDraftReader.Read(System.Text.Json.JsonDocument.Parse("""{"lesson":"Eerst luisteren."}""").RootElement, HandreikingCatalogue.LoadEmbedded());

        Assert.Equal(LessonEvidence.NogNietGeprobeerd, new LessonDraft().Evidence);
        Assert.Equal(LessonEvidence.NogNietGeprobeerd, read.Evidence);
        Assert.True(LessonEvidence.IsKnown(EvidenceLevels.Praktijkervaring));
    }
}
