namespace IntervisieBot.Benchmarks;

/// <summary>IntervisieBot ÷ echo bot on the same message stream (throughput: higher is better for us; latency: lower is).</summary>
public sealed record Comparison(double ThroughputRatio, double HttpP50Ratio, double ReplyP50Ratio, double ReplyP99Ratio, string Note);
