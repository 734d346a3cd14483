
namespace IntervisieBot.Features.Scheduling.Domain;

/// <summary>One refused field of the plan card; <paramref name="Suggestion"/> is a date that would fit (weekday mismatch).</summary>
public sealed record PlanFieldError(string Field, PlanError Error, DateOnly? Suggestion = null);
