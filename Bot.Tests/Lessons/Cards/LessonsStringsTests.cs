using IntervisieBot.Features.Handreikingen.Domain;
using IntervisieBot.Features.Lessons.Cards;
using IntervisieBot.Features.Lessons.Domain;
using IntervisieBot.Localization;

namespace IntervisieBot.Tests.Lessons.Cards;

/// <summary>The id-keyed strings (tags, types, evidence, history, curation) exist in both languages and differ where they should.</summary>
public sealed class LessonsStringsTests
{
    public static TheoryData<string> Cultures => new() { "nl-NL", "en-US" };

    [Theory]
    [MemberData(nameof(Cultures))]
    public void IdKeyedStrings_EveryIdInEveryCulture_HaveText(string cultureName)
    {
        var c = System.Globalization.CultureInfo.GetCultureInfo(cultureName);
        Assert.All(TagTaxonomy.All, t => Assert.False(string.IsNullOrWhiteSpace(LessonsStrings.Tag(c, t))));
        Assert.All(LessonTypes.All, t => Assert.False(string.IsNullOrWhiteSpace(LessonsStrings.Type(c, t))));
        Assert.All(EvidenceLevels.All, e => Assert.False(string.IsNullOrWhiteSpace(LessonsStrings.Evidence(c, e))));
        Assert.All(LessonVisibility.All, v => Assert.False(string.IsNullOrWhiteSpace(LessonsStrings.Visibility(c, v))));
        string[] kinds =
        [
            LessonHistoryKinds.Created, LessonHistoryKinds.Edited, LessonHistoryKinds.Proposed, LessonHistoryKinds.SentBack, LessonHistoryKinds.Rejected,
            LessonHistoryKinds.Published, LessonHistoryKinds.Merged, LessonHistoryKinds.MergedFrom, LessonHistoryKinds.FollowUp,
        ];
        Assert.All(kinds, k => Assert.False(string.IsNullOrWhiteSpace(LessonsStrings.HistoryKind(c, k))));
        Assert.All(Enumerable.Range(1, 5), s => Assert.False(string.IsNullOrWhiteSpace(LessonsStrings.Score(c, s))));
        Assert.All(Enum.GetValues<CurationStatus>(), s => Assert.False(string.IsNullOrWhiteSpace(LessonsStrings.Curation(c, s, "x"))));
        Assert.All(new[] { CurationStatus.Published, CurationStatus.Merged, CurationStatus.SentBack, CurationStatus.Rejected },
            s => Assert.False(string.IsNullOrWhiteSpace(LessonsStrings.Outcome(c, s, "x"))));
    }

    [Fact]
    public void TagNames_DifferBetweenDutchAndEnglish()
    {
        Assert.Equal("Schulden", LessonsStrings.Tag(BotCulture.Dutch, "schulden"));
        Assert.Equal("Debts", LessonsStrings.Tag(BotCulture.English, "schulden"));
    }
}
