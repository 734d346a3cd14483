namespace IntervisieBot.Benchmarks;

/// <summary>One of the run's targets (issue #16): what was measured, the bound, and whether this run met it. Printed, never failed on.</summary>
public sealed record TargetCheck(string Name, double Value, string Bound, bool Met);
