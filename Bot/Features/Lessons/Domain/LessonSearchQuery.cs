using IntervisieBot.Features.Handreikingen.Domain;

namespace IntervisieBot.Features.Lessons.Domain;

/// <summary>An analysed search: taxonomy tags detected in it (with strength) and its Dutch stems. Holds no raw text.</summary>
public sealed record LessonSearchQuery(IReadOnlyList<TagMatch> Tags, IReadOnlyList<string> Stems)
{
    public static LessonSearchQuery Empty { get; } = new([], []);

    public bool IsEmpty => Tags.Count == 0 && Stems.Count == 0;
}
