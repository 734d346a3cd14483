namespace IntervisieBot.Features.Lessons.Domain;

/// <summary>When the author is asked whether the lesson was applied: 2, 4 (default) or 8 weeks after saving.</summary>
public static class CheckPeriods
{
    public const int DefaultWeeks = 4;

    public static IReadOnlyList<int> Weeks { get; } = [2, 4, 8];

    public static bool IsKnown(int weeks) => Weeks.Contains(weeks);
}
