
namespace IntervisieBot.Features.Scheduling.Domain;

/// <summary>The plan card's values as submitted (untrusted strings; null when absent).</summary>
public sealed record SeriesPlanInput(
    string? Cadence,
    string? Weekday,
    string? StartTime,
    string? Duration,
    string? MethodId,
    string? FirstDate,
    string? EndDate,
    string? Holidays);
