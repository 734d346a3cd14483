namespace IntervisieBot.Features.Lessons.Domain;

/// <summary>Who sees a lesson, as stable ids: only the author, or the team it was captured in.</summary>
public static class LessonVisibility
{
    public const string AlleenIk = "alleen-ik";
    public const string MijnTeam = "mijn-team";

    public static IReadOnlyList<string> All { get; } = [AlleenIk, MijnTeam];

    public static bool IsKnown(string? value) => value is not null && All.Contains(value, StringComparer.Ordinal);
}
