namespace IntervisieBot.Features.Scheduling.Domain;

/// <summary>A round started in the series' channel, as the health counts it: when, and how many took part.</summary>
public sealed record SeriesRound(string RoundId, DateTimeOffset StartedAt, int Attendance);
