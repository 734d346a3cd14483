namespace IntervisieBot.Benchmarks;

/// <summary>Percentiles (nearest rank) of a set of durations in milliseconds.</summary>
public sealed record LatencySummary(int Count, double P50, double P95, double P99, double Max, double Mean)
{
    public static LatencySummary From(IEnumerable<double> milliseconds)
    {
        var sorted = milliseconds.Order().ToArray();
        if (sorted.Length == 0) return new(0, 0, 0, 0, 0, 0);
        double At(double p) => Math.Round(sorted[Math.Clamp((int)Math.Ceiling(p * sorted.Length) - 1, 0, sorted.Length - 1)], 2);
        return new(sorted.Length, At(0.50), At(0.95), At(0.99), Math.Round(sorted[^1], 2), Math.Round(sorted.Average(), 2));
    }
}
