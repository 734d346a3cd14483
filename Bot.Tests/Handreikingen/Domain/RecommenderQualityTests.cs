using IntervisieBot.Features.Handreikingen.Cards;
using IntervisieBot.Features.Handreikingen.Domain;
using Xunit;
using System.Globalization;
using Xunit.Abstractions;

namespace IntervisieBot.Tests.Handreikingen.Domain;

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

    /// <summary>The set written for issue #18: everyday casus on every topic, crisis signals and clean texts, negation, English.</summary>
    public static string Issue18SetPath => Path.Combine(EvalFolder, "casus-issue18.jsonl");

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
    public void Recommend_Issue18Set_PerTopicMetricsBesideBaseline_HitAt3AtLeast085()
    {
        var set = EvalCasus.Load(Issue18SetPath);
        var (system, baseline) = Evaluate(set, "issue18");
        foreach (var topic in set.GroupBy(c => c.Topic ?? "-"))
        {
            var (topicSystem, topicBaseline) = Evaluate([.. topic], "  " + topic.Key, print: false);
            output.WriteLine($"{topic.Key,-18} n={topicSystem.Count,3}  recommender hit@3={topicSystem.HitAtK:0.00} P@3={topicSystem.PrecisionAtK:0.00} MRR={topicSystem.Mrr:0.00}"
                             + $"   BM25 hit@3={topicBaseline.HitAtK:0.00} P@3={topicBaseline.PrecisionAtK:0.00} MRR={topicBaseline.Mrr:0.00}");
        }

        Assert.True(set.Count >= 120, "the issue-18 set must have at least 120 casus");
        Assert.True(system.HitAtK >= 0.85, system.Format("recommender (issue18)"));
        Assert.True(system.Mrr >= 0.7, system.Format("recommender (issue18)"));
        Assert.True(system.HitAtK > baseline.HitAtK, "the recommender must beat plain BM25");
    }

    [Fact]
    public void Recommend_Issue18Set_CrisisRecallIsComplete_AndCleanTextsGiveNoAlarm()
    {
        var set = EvalCasus.Load(Issue18SetPath);
        var recommender = fixture.Recommender;
        var missed = set.Where(c => c.Crisis && !recommender.Recommend(c.Text, Dutch).HasCrisis).Select(c => c.Id).ToList();
        var alarms = set.Where(c => !c.Crisis && recommender.Recommend(c.Text, Dutch).HasCrisis).Select(c => c.Id).ToList();
        var crisisCount = set.Count(c => c.Crisis);
        output.WriteLine($"crisis signals: recall {(crisisCount - missed.Count) / (double)crisisCount:0.000} ({crisisCount - missed.Count}/{crisisCount}), "
                         + $"false alarms {alarms.Count}/{set.Count - crisisCount}  missed=[{string.Join(' ', missed)}] alarms=[{string.Join(' ', alarms)}]");

        Assert.True(crisisCount >= 15, "the set needs crisis casus, indirect wording included");
        Assert.Empty(missed);
        Assert.Empty(alarms);
    }

    [Fact]
    public void EvalSets_ExpectOnlyTaxonomyTagsOrCatalogueEntries()
    {
        var catalogue = fixture.Recommender.Index.Catalogue;
        var sets = EvalCasus.Load(OwnSetPath).Concat(EvalCasus.Load(DevSetPath)).Concat(EvalCasus.Load(Issue18SetPath));

        Assert.All(sets, c => Assert.All(c.Expect, label => Assert.True(
            label.StartsWith(EvalCasus.EntryPrefix, StringComparison.Ordinal) ? catalogue.Find(label[EvalCasus.EntryPrefix.Length..]) is not null : TagTaxonomy.IsKnown(label),
            $"{c.Id}: {label}")));
    }

    [Fact]
    public void EvalSets_Issue18SetIsKeptApart_NoTextRepeatsAnotherSet()
    {
        var others = EvalCasus.Load(OwnSetPath).Concat(EvalCasus.Load(DevSetPath)).Select(c => c.Text).ToHashSet(StringComparer.OrdinalIgnoreCase);

        Assert.DoesNotContain(EvalCasus.Load(Issue18SetPath), c => others.Contains(c.Text));
    }

    private (RankingMetrics System, RankingMetrics Baseline) Evaluate(IReadOnlyList<EvalCasus> set, string name, bool print = true)
    {
        var recommender = fixture.Recommender;
        var system = RankingMetrics.Compute(
        [
            .. set.Select(c => (c.Id, c.Expect,
                (IReadOnlyList<IReadOnlyList<string>>)[.. recommender.Recommend(c.Text, Dutch).Handreikingen.Select(r => EvalCasus.Labels(r.Entry))])),
        ]);
        var baseline = RankingMetrics.Compute(
        [
            .. set.Select(c => (c.Id, c.Expect,
                (IReadOnlyList<IReadOnlyList<string>>)[.. PlainBm25Baseline.Top(recommender, c.Text, RankingMetrics.K).Select(EvalCasus.Labels)])),
        ]);

        if (print)
        {
            output.WriteLine(system.Format($"recommender ({name})"));
            output.WriteLine(baseline.Format($"plain BM25 baseline ({name})"));
        }

        return (system, baseline);
    }
}
