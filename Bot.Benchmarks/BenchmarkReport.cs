using IntervisieBot.Benchmarks.Reminders;

namespace IntervisieBot.Benchmarks;

/// <summary>Everything one run measured; written as bench-results/results.json and summarized in results.md.</summary>
public sealed record BenchmarkReport(
    DateTimeOffset GeneratedAtUtc,
    string Mode,
    MachineInfo Machine,
    BenchmarkSettings Settings,
    IReadOnlyList<ColdStartResult> ColdStart,
    IReadOnlyList<LoadPhaseResult> Turns,
    IReadOnlyList<Comparison> Comparisons,
    IReadOnlyList<TargetCheck> Targets,
    IReadOnlyList<StorageBudgetResult> StorageBudget,
    RecommenderResult Recommender,
    GuardSpeedResult Guard,
    ReminderFanOutResult ReminderFanOut,
    ChaosResult? Chaos,
    IReadOnlyList<string> Notes);
