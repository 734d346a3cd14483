using IntervisieBot.Features.Handreikingen.Domain;

namespace IntervisieBot.Features.Lessons.Domain;

/// <summary>
/// How sure a lesson is: the handreikingen' evidence levels plus "nog niet geprobeerd", the start of every new lesson, so
/// the card never claims experience on the writer's behalf (a lesson to try out has none yet).
/// </summary>
public static class LessonEvidence
{
    public const string NogNietGeprobeerd = "nog-niet-geprobeerd";

    /// <summary>What a new lesson card starts with, and what a submitted card without a readable choice means.</summary>
    public const string Default = NogNietGeprobeerd;

    public static IReadOnlyList<string> All { get; } = [NogNietGeprobeerd, .. EvidenceLevels.All];

    public static bool IsKnown(string? value) => value is not null && All.Contains(value, StringComparer.Ordinal);
}
