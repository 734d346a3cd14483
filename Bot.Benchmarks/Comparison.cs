namespace IntervisieBot.Benchmarks;

/// <summary>IntervisieBot ÷ one peer on the same message stream (throughput: higher is better for us; latency: lower is).</summary>
public sealed record Comparison(string Peer, double ThroughputRatio, double HttpP50Ratio, double ReplyP50Ratio, double ReplyP99Ratio);
