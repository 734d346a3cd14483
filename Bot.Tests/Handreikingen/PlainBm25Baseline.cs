using IntervisieBot.Features.Handreikingen.Domain;

namespace IntervisieBot.Tests.Handreikingen;

/// <summary>The comparison system: the same Lucene index and Dutch analysis, BM25 only (no lexicon, no tag detection).</summary>
public static class PlainBm25Baseline
{
    public static IReadOnlyList<Handreiking> Top(HandreikingRecommender recommender, string text, int k)
    {
        var scores = recommender.Index.Score(recommender.Analyzer.Analyze(text).Select(t => t.Stem));
        return
        [
            .. scores
                .Select((score, index) => (score, index))
                .Where(x => x.score > 0)
                .OrderByDescending(x => x.score)
                .Take(k)
                .Select(x => recommender.Index.Catalogue.Entries[x.index]),
        ];
    }
}
