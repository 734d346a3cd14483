namespace IntervisieBot.Features.Intervisie.Domain;

/// <summary>Who brought the casus and who chaired in an earlier round of the team.</summary>
public sealed record RotationHistoryEntry(string InbrengerId, string GespreksleiderId, DateTimeOffset At);
