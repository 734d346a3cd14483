namespace IntervisieBot.Benchmarks;

/// <summary>Something the benchmark needs is missing or did not start (not a slow result: timing never fails a run).</summary>
public sealed class BenchmarkSetupException(string message, Exception? inner = null) : Exception(message, inner);
