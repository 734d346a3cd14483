namespace IntervisieBot.Features.Lessons.Domain;

/// <summary>Lesson types as stable ids (domain brief: do more of this / try this / stop doing this).</summary>
public static class LessonTypes
{
    public const string MeerDoen = "meer-doen";
    public const string Uitproberen = "uitproberen";
    public const string NietMeerDoen = "niet-meer-doen";

    /// <summary>What a new card starts with: most lessons from a round are something to try.</summary>
    public const string Default = Uitproberen;

    public static IReadOnlyList<string> All { get; } = [MeerDoen, Uitproberen, NietMeerDoen];

    public static bool IsKnown(string? value) => value is not null && All.Contains(value, StringComparer.Ordinal);
}
