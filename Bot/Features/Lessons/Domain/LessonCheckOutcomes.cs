namespace IntervisieBot.Features.Lessons.Domain;

/// <summary>Stable ids of a follow-up answer's decision (<see cref="LessonHistoryEntry.Outcome"/>): houden / aanpassen / stoppen.</summary>
public static class LessonCheckOutcomes
{
    public const string Keep = "keep";
    public const string Adjust = "adjust";
    public const string Stop = "stop";

    public static IReadOnlyList<string> All { get; } = [Keep, Adjust, Stop];

    public static bool IsKnown(string? value) => value is not null && All.Contains(value, StringComparer.Ordinal);
}
