namespace IntervisieBot.Tests.Handreikingen;

/// <summary>hit@k, precision@k and MRR over ranked result tag lists, for a labelled casus set.</summary>
public sealed record RankingMetrics(int Count, double HitAtK, double PrecisionAtK, double Mrr, IReadOnlyList<string> Misses)
{
    public const int K = 3;

    /// <param name="rankings">Per casus: the expected tags and the tag lists of the returned results, best first.</param>
    public static RankingMetrics Compute(IReadOnlyList<(string Id, IReadOnlyList<string> Expect, IReadOnlyList<IReadOnlyList<string>> Results)> rankings)
    {
        double hits = 0, precision = 0, reciprocal = 0;
        var misses = new List<string>();
        foreach (var (id, expect, results) in rankings)
        {
            var relevant = results.Take(K).Select(tags => tags.Any(expect.Contains)).ToList();
            var first = relevant.IndexOf(true);
            hits += first >= 0 ? 1 : 0;
            precision += relevant.Count(r => r) / (double)K;
            reciprocal += first >= 0 ? 1.0 / (first + 1) : 0;
            if (first < 0)
            {
                misses.Add(id);
            }
        }

        var n = Math.Max(1, rankings.Count);
        return new RankingMetrics(rankings.Count, hits / n, precision / n, reciprocal / n, misses);
    }

    public string Format(string name) =>
        $"{name,-28} n={Count,3}  hit@3={HitAtK:0.000}  precision@3={PrecisionAtK:0.000}  MRR={Mrr:0.000}  misses=[{string.Join(' ', Misses)}]";
}
