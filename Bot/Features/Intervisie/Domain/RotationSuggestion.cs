namespace IntervisieBot.Features.Intervisie.Domain;

/// <summary>
/// Suggested roles for the next round (null when there are too few available members) plus the full rankings,
/// most-deserving first, so a start card can preselect the suggestion and still list everyone.
/// </summary>
public sealed record RotationSuggestion(
    string? InbrengerId,
    string? GespreksleiderId,
    IReadOnlyList<string> InbrengerRanking,
    IReadOnlyList<string> GespreksleiderRanking);
