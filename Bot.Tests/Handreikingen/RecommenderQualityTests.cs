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

    /// <summary>
    /// <c>../shared/eval/casus-dev.jsonl</c> next to the repository folder; for a git worktree nested deeper
    /// (<c>/work/wt/name</c>) the nearest ancestor holding <c>shared/eval</c> is used.
    /// </summary>
    public static string DevSetPath
    {
        get
        {
            var root = new DirectoryInfo(EvalCasus.RepositoryRoot());
            for (var dir = root.Parent; dir is not null; dir = dir.Parent)
            {
                var candidate = Path.Combine(dir.FullName, "shared", "eval", "casus-dev.jsonl");
                if (File.Exists(candidate))
                {
                    return candidate;
                }
            }

            return Path.GetFullPath(Path.Combine(root.FullName, "..", "shared", "eval", "casus-dev.jsonl"));
        }
    }

    public static string OwnSetPath => Path.Combine(EvalCasus.RepositoryRoot(), "Bot.Tests", "Handreikingen", "casus-own.jsonl");

    [Fact]
    public void Recommend_DevSet_HitAt3AtLeast090AndReported()
    {
        Assert.True(File.Exists(DevSetPath), $"dev set not found at {DevSetPath}");
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
        var sets = EvalCasus.Load(OwnSetPath).Concat(File.Exists(DevSetPath) ? EvalCasus.Load(DevSetPath) : []);

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
