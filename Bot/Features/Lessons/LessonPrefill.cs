namespace IntervisieBot.Features.Lessons;

/// <summary>
/// What a new lesson card starts with when it comes from somewhere else (the end of an intervisie round): texts already
/// checked by the privacy guard when they were stored.
/// </summary>
public sealed record LessonPrefill(
    string? Lesson,
    string? ActionPlan,
    IReadOnlyList<string> SuggestedTags,
    string SourceKind,
    string? SourceId);
