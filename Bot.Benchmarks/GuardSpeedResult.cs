namespace IntervisieBot.Benchmarks;

/// <summary>The personal-data guard over its corpora: throughput and time per text (microseconds).</summary>
public sealed record GuardSpeedResult(
    int Texts,
    int Refused,
    int Rounds,
    double TextsPerSecond,
    double P50Microseconds,
    double P95Microseconds,
    double P99Microseconds,
    double MaxMicroseconds,
    double MeanTextLength);
