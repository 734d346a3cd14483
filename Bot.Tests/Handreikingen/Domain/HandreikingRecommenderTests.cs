using System.Globalization;
using IntervisieBot.Features.Handreikingen.Cards;
using IntervisieBot.Features.Handreikingen.Domain;
using Xunit;

namespace IntervisieBot.Tests.Handreikingen.Domain;

public sealed class HandreikingRecommenderTests(RecommenderFixture fixture) : IClassFixture<RecommenderFixture>
{
    private static readonly CultureInfo Dutch = HandreikingenText.Dutch;
    private static readonly CultureInfo English = CultureInfo.GetCultureInfo("en");

    [Fact]
    public void Recommend_DebtCasus_ReturnsAtMostThreeBestFirstWithDutchWhy()
    {
        var result = fixture.Recommender.Recommend("Er ligt beslag op zijn uitkering en de deurwaarder belt steeds.", Dutch);

        Assert.InRange(result.Handreikingen.Count, 1, 3);
        Assert.Equal(result.Handreikingen.Select(r => r.Score).OrderDescending(), result.Handreikingen.Select(r => r.Score));
        var best = result.Handreikingen[0];
        Assert.Contains("schulden", best.Entry.Tags);
        Assert.StartsWith("Je casus noemt ", best.Why, StringComparison.Ordinal);
        Assert.Contains("(Schulden)", best.Why, StringComparison.Ordinal);
        Assert.Contains(". Deze handreiking: ", best.Why, StringComparison.Ordinal);
        Assert.Contains("beslag", best.Why, StringComparison.Ordinal);
    }

    [Fact]
    public void Recommend_EnglishCulture_ExplainsInEnglish()
    {
        var result = fixture.Recommender.Recommend("Hij blowt elke dag.", English);

        Assert.StartsWith("Your casus mentions blowt (Addiction). This guidance (in Dutch): ", result.Handreikingen[0].Why, StringComparison.Ordinal);
    }

    [Fact]
    public void Recommend_TwoProblems_SuggestsForBoth()
    {
        var result = fixture.Recommender.Recommend("Mijn klant is laaggeletterd en heeft ook een gokverslaving.", Dutch);

        var tags = result.Handreikingen.SelectMany(r => r.Entry.Tags).ToHashSet();
        Assert.Contains("taal", tags);
        Assert.Contains("verslaving", tags);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("Wat is het weer morgen in Utrecht?")]
    [InlineData("asdf qwerty zxcv")]
    [InlineData("De vergadering begint om tien uur.")]
    public void Recommend_NothingRelevant_ReturnsHonestEmptyAnswer(string text)
    {
        var result = fixture.Recommender.Recommend(text, Dutch);

        Assert.Empty(result.Handreikingen);
        Assert.True(result.NothingFound);
    }

    [Fact]
    public void Recommend_VeryLongText_IsCutAndStillAnswers()
    {
        var text = string.Concat(Enumerable.Repeat("De klant heeft schulden en een deurwaarder aan de deur. ", 2000));

        var result = fixture.Recommender.Recommend(text, Dutch);

        Assert.Contains("schulden", result.Handreikingen[0].Entry.Tags);
    }

    [Fact]
    public async Task RecommendAsync_ManyThreadsAtOnce_GiveTheSameAnswersAsOneByOne()
    {
        string[] texts =
        [
            "Hij drinkt en heeft schulden.", "Statushouder wil werken.", "Ze is eenzaam.", "Jongere zonder diploma.",
            "Werkgever wil iemand aannemen met loonkostensubsidie.", "Klant werd agressief.",
        ];
        var expected = texts.Select(t => Ids(fixture.Recommender.Recommend(t, Dutch))).ToList();

        var parallel = await Task.WhenAll(Enumerable.Range(0, 60).Select(i => Task.Run(async () =>
            (Index: i % texts.Length, Ids: Ids(await fixture.Recommender.RecommendAsync(texts[i % texts.Length], Dutch, CancellationToken.None))))));

        Assert.All(parallel, p => Assert.Equal(expected[p.Index], p.Ids));
    }

    [Fact]
    public async Task RecommendAsync_WithLessonSource_ReturnsAtMostTwoMatchingLessons()
    {
        using var recommender = HandreikingRecommender.CreateDefault(lessonSources: [new InMemoryLessonCandidateSource(
        [
            new LessonCandidate("l1", "Bij beslag eerst de beslagvrije voet laten narekenen.", ["schulden"]),
            new LessonCandidate("l2", "Schuldhulp en re-integratie tegelijk plannen werkt beter dan na elkaar.", ["schulden", "trajectplan"]),
            new LessonCandidate("l3", "Een vaste schuldeiser bellen samen met de klant scheelt stress.", ["schulden"]),
            new LessonCandidate("l4", "Bij statushouders altijd een tolk regelen.", ["inburgering", "taal"]),
        ], new DutchTextAnalyzer())]);

        var result = await recommender.RecommendAsync("De deurwaarder heeft beslag gelegd op zijn uitkering.", Dutch, CancellationToken.None);

        Assert.Equal(2, result.Lessons.Count);
        Assert.Equal("l1", result.Lessons[0].Lesson.Id);
        Assert.All(result.Lessons, l => Assert.Contains("schulden", l.Lesson.Tags));
        Assert.DoesNotContain(result.Lessons, l => l.Lesson.Id == "l4");
        Assert.StartsWith("Je casus noemt ", result.Lessons[0].Why, StringComparison.Ordinal);
        Assert.Contains("(Schulden)", result.Lessons[0].Why, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RecommendAsync_LessonSourceFails_StillReturnsHandreikingen()
    {
        using var recommender = HandreikingRecommender.CreateDefault(lessonSources: [new FailingLessonSource()]);

        var result = await recommender.RecommendAsync("Hij heeft schulden.", Dutch, CancellationToken.None);

        Assert.NotEmpty(result.Handreikingen);
        Assert.Empty(result.Lessons);
    }

    [Fact]
    public async Task RecommendAsync_LessonQuery_CarriesTagsAndStemsNotTheText()
    {
        var source = new RecordingLessonSource();
        using var recommender = HandreikingRecommender.CreateDefault(lessonSources: [source]);

        await recommender.RecommendAsync("Meneer Jansen heeft grote schulden.", Dutch, CancellationToken.None);

        var query = Assert.Single(source.Queries);
        Assert.Contains("schulden", query.Tags);
        Assert.Contains("schuld", query.Keywords);
        Assert.DoesNotContain(query.Keywords, k => k.Contains(' ', StringComparison.Ordinal));
    }

    [Fact]
    public void Recommend_BuildTime_IsMeasured()
    {
        Assert.True(fixture.Recommender.BuildTime > TimeSpan.Zero);
    }

    private static IReadOnlyList<string> Ids(Recommendation r) => [.. r.Handreikingen.Select(h => h.Entry.Id)];

    private sealed class FailingLessonSource : ILessonCandidateSource
    {
        public Task<IReadOnlyList<LessonCandidate>> FindCandidatesAsync(LessonQuery query, CancellationToken cancellationToken) =>
            throw new InvalidOperationException("storage unavailable");
    }

    private sealed class RecordingLessonSource : ILessonCandidateSource
    {
        public List<LessonQuery> Queries { get; } = [];

        public Task<IReadOnlyList<LessonCandidate>> FindCandidatesAsync(LessonQuery query, CancellationToken cancellationToken)
        {
            Queries.Add(query);
            return Task.FromResult<IReadOnlyList<LessonCandidate>>([]);
        }
    }
}
