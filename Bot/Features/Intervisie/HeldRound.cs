namespace IntervisieBot.Features.Intervisie;

/// <summary>A round as counted from outside: when it started, whether it closed, and how many people took part (contributed, brought the casus or chaired).</summary>
public sealed record HeldRound(string RoundId, DateTimeOffset StartedAt, bool Closed, int Attendance);
