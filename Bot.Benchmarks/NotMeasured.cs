namespace IntervisieBot.Benchmarks;

/// <summary>A benchmark the issue asks for that cannot be run yet, with the reason (never a made-up number).</summary>
public sealed record NotMeasured(string Benchmark, string Reason);
