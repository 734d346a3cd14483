using System.Diagnostics;
using System.Globalization;
using IntervisieBot.Features.Handreikingen.Domain;

namespace IntervisieBot.Benchmarks;

/// <summary>
/// The handreikingen recommender in-process: index build time (first, cold, and the median of five warm builds) and
/// per-query latency over the embedded catalogue plus invented lessons, single-threaded, after a warm-up.
/// </summary>
public static class RecommenderBenchmark
{
    private const int WarmBuilds = 5;
    private const int WarmupQueries = 100;
    private static readonly CultureInfo Dutch = CultureInfo.GetCultureInfo("nl-NL");

    // Invented, anonymous casus fragments (no real people, no identifiers).
    private static readonly string[] Problems =
    [
        "schulden en een betalingsachterstand bij de huur",
        "een taalachterstand en moeite met brieven van de gemeente",
        "psychische klachten en weinig structuur in de week",
        "een verslaving waardoor afspraken vaak worden gemist",
        "zorgen om de kinderen en geen kinderopvang",
        "een laag inkomen en een hoge energierekening",
        "eenzaamheid sinds het overlijden van de partner",
        "geen startkwalificatie maar wel de wens om te gaan werken",
        "een uitkering en een bijbaan met wisselende uren",
        "een dreigende huisuitzetting",
        "problemen met terugvorderingen van toeslagen",
        "een beperking waardoor een aangepaste werkplek nodig is",
        "laaggeletterdheid en schaamte om hulp te vragen",
        "spanningen thuis",
        "een recente terugkeer uit detentie",
        "een verblijfsvergunning en weinig kennis van de regels",
    ];

    private static readonly string[] Actions =
    [
        "samen een overzicht van alle post te maken",
        "de schuldhulpverlening er meteen bij te betrekken",
        "een tolk in te schakelen bij het eerste gesprek",
        "kleine afspraken te maken en die schriftelijk te bevestigen",
        "een maatschappelijk werker mee te laten lopen",
        "de klant zelf de volgende stap te laten kiezen",
        "een warme overdracht naar het wijkteam te doen",
        "het gesprek thuis te voeren in plaats van op kantoor",
        "eerst naar de sterke punten van de klant te vragen",
        "de werkgever vroeg te betrekken bij de plaatsing",
    ];

    private static readonly string[] QueryTemplates =
    [
        "Ik spreek een klant met {0}. Daarnaast speelt {1}. Hoe pak ik dit aan?",
        "Klant heeft {0} en ook {1}; wat kan ik doen?",
        "Wat werkt bij {0}?",
        "Casus: {0}. De klant is gemotiveerd maar {1} maakt het lastig.",
    ];

    public static async Task<RecommenderResult> RunAsync(int lessonCount, int queryCount, TextWriter log)
    {
        var random = new Random(20261122);
        var catalogue = HandreikingCatalogue.LoadEmbedded();
        var tags = catalogue.Entries.SelectMany(e => e.Tags).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToArray();
        var lessons = Enumerable.Range(1, lessonCount).Select(i => InventedLesson(i, tags, random)).ToList();

        double first = 0;
        var warm = new List<double>();
        for (var i = 0; i <= WarmBuilds; i++)
        {
            using var recommender = HandreikingRecommender.CreateDefault();
            if (i == 0) first = recommender.BuildTime.TotalMilliseconds;
            else warm.Add(recommender.BuildTime.TotalMilliseconds);
        }

        using var analyzer = new DutchTextAnalyzer();
        var sourceStarted = Stopwatch.GetTimestamp();
        var source = new InMemoryLessonCandidateSource(lessons, analyzer);
        var sourceBuild = Stopwatch.GetElapsedTime(sourceStarted).TotalMilliseconds;

        using var withLessons = HandreikingRecommender.CreateDefault(lessonSources: [source]);
        var queries = Enumerable.Range(0, 200).Select(_ => InventedQuery(random)).ToArray();
        for (var i = 0; i < WarmupQueries; i++) await withLessons.RecommendAsync(queries[i % queries.Length], Dutch, CancellationToken.None);

        var latencies = new List<double>(queryCount);
        var started = Stopwatch.GetTimestamp();
        for (var i = 0; i < queryCount; i++)
        {
            var one = Stopwatch.GetTimestamp();
            await withLessons.RecommendAsync(queries[i % queries.Length], Dutch, CancellationToken.None);
            latencies.Add(Stopwatch.GetElapsedTime(one).TotalMilliseconds);
        }
        var total = Stopwatch.GetElapsedTime(started).TotalSeconds;

        var result = new RecommenderResult(
            catalogue.Entries.Count, lessonCount, Math.Round(first, 1), Math.Round(Median(warm), 1), Math.Round(sourceBuild, 1),
            LatencySummary.From(latencies), Math.Round(queryCount / total, 1));
        log.WriteLine($"    recommender: build {result.IndexBuildMedianMs} ms, query p50 {result.Query.P50} ms p99 {result.Query.P99} ms");
        return result;
    }

    private static LessonCandidate InventedLesson(int index, string[] tags, Random random)
    {
        var text = $"Bij een klant met {Problems[random.Next(Problems.Length)]} hielp het om {Actions[random.Next(Actions.Length)]}.";
        var lessonTags = Enumerable.Range(0, 1 + random.Next(3)).Select(_ => tags[random.Next(tags.Length)]).Distinct(StringComparer.Ordinal).ToList();
        return new LessonCandidate($"bench-lesson-{index}", text, lessonTags);
    }

    private static string InventedQuery(Random random) => string.Format(
        CultureInfo.InvariantCulture,
        QueryTemplates[random.Next(QueryTemplates.Length)],
        Problems[random.Next(Problems.Length)],
        Problems[random.Next(Problems.Length)]);

    private static double Median(List<double> values)
    {
        if (values.Count == 0) return 0;
        var sorted = values.Order().ToArray();
        return sorted.Length % 2 == 1 ? sorted[sorted.Length / 2] : (sorted[(sorted.Length / 2) - 1] + sorted[sorted.Length / 2]) / 2;
    }
}
