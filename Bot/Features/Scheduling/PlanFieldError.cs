namespace IntervisieBot.Features.Scheduling;

/// <summary>One refused field of the plan card; <paramref name="Suggestion"/> is a date that would fit (weekday mismatch).</summary>
public sealed record PlanFieldError(string Field, PlanError Error, DateOnly? Suggestion = null);
