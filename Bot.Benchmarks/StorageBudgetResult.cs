namespace IntervisieBot.Benchmarks;

/// <summary>The storage requests of one kind of turn (the most of its samples), against its budget where it has one.</summary>
public sealed record StorageBudgetResult(string Kind, int Samples, int Requests, int? Budget, bool? WithinBudget);
