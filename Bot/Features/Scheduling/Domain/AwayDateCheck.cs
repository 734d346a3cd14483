namespace IntervisieBot.Features.Scheduling.Domain;

/// <summary>The session date an away command names (when <see cref="Problem"/> is None), and the next sessions to offer instead.</summary>
public sealed record AwayDateCheck(AwayDateProblem Problem, DateOnly? Date, IReadOnlyList<DateOnly> Next);
