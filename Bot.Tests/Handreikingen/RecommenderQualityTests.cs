using Xunit;
using System.Globalization;
using IntervisieBot.Features.Handreikingen;
using Xunit.Abstractions;

namespace IntervisieBot.Tests.Handreikingen;

/// <summary>
/// Measured quality: the recommender against a plain BM25 baseline (same index, no lexicon, no tag detection) on the
/// shared dev set and on our own labelled set of everyday wording.
/// </summary>
public sealed class RecommenderQualityTests(RecommenderFixture fixture, ITestOutputHelper output) : IClassFixture<RecommenderFixture>
{
    private static readonly CultureInfo Dutch = HandreikingenText.Dutch;

    /// <summary>The evaluation sets live inside the repository (a fresh clone runs them), one folder apart from the tests.</summary>
    public static string EvalFolder => Path.Combine(EvalCasus.RepositoryRoot(), "Bot.Tests", "Handreikingen", "Eval");

    /// <summary>The project's shared dev set (copied in from the team's evaluation folder).</summary>
    public static string DevSetPath => Path.Combine(EvalFolder, "casus-dev.jsonl");

    public static string OwnSetPath => Path.Combine(EvalFolder, "casus-own.jsonl");

    [Fact]
    public void Recommend_DevSet_HitAt3AtLeast090AndReported()
    {
        var (system, baseline) = Evaluate(EvalCasus.Load(DevSetPath), "dev");

        Assert.True(system.HitAtK >= 0.9, system.Format("recommender (dev)"));
        Assert.True(system.Count >= 20, "dev set unexpectedly small");
        _ = baseline;
    }

    [Fact]
    public void Recommend_OwnSet_HitAt3AtLeast080AndReported()
    {
        var set = EvalCasus.Load(OwnSetPath);
        var (system, _) = Evaluate(set, "own");

        Assert.True(set.Count >= 70, "own set must have at least 70 casus");
        Assert.True(system.HitAtK >= 0.8, system.Format("recommender (own)"));
        Assert.True(system.Mrr >= 0.7, system.Format("recommender (own)"));
    }

    [Fact]
    public void EvalSets_ExpectOnlyTaxonomyTags()
    {
        var sets = EvalCasus.Load(OwnSetPath).Concat(EvalCasus.Load(DevSetPath));

        Assert.All(sets, c => Assert.All(c.Expect, tag => Assert.True(TagTaxonomy.IsKnown(tag), $"{c.Id}: {tag}")));
    }

    private (RankingMetrics System, RankingMetrics Baseline) Evaluate(IReadOnlyList<EvalCasus> set, string name)
    {
        var recommender = fixture.Recommender;
        var system = RankingMetrics.Compute(
        [
            .. set.Select(c => (c.Id, c.Expect,
                (IReadOnlyList<IReadOnlyList<string>>)[.. recommender.Recommend(c.Text, Dutch).Handreikingen.Select(r => r.Entry.Tags)])),
        ]);
        var baseline = RankingMetrics.Compute(
        [
            .. set.Select(c => (c.Id, c.Expect,
                (IReadOnlyList<IReadOnlyList<string>>)[.. PlainBm25Baseline.Top(recommender, c.Text, RankingMetrics.K).Select(e => e.Tags)])),
        ]);

        output.WriteLine(system.Format($"recommender ({name})"));
        output.WriteLine(baseline.Format($"plain BM25 baseline ({name})"));
        return (system, baseline);
    }
}
