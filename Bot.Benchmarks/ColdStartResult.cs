namespace IntervisieBot.Benchmarks;

/// <summary>Process start to the first HTTP 200 on /api/messages and to the first reply at the connector (a help message).</summary>
public sealed record ColdStartResult(string Target, double ToFirstHttpOkMs, double ToFirstReplyMs);
