namespace IntervisieBot.Features.Lessons.Domain;

/// <summary>
/// What a new lesson card starts with when it comes from somewhere else (the end of an intervisie round): texts already
/// checked by the privacy guard when they were stored. Each field carries only what the source produced for that field
/// (the lesson, the plan); <see cref="LessonPrefillDraft"/> keeps every sentence in one field.
/// </summary>
public sealed record LessonPrefill(
    string? Lesson,
    string? ActionPlan,
    IReadOnlyList<string> SuggestedTags,
    string SourceKind,
    string? SourceId)
{
    /// <summary>What the source was about (a round's casus title and description): only used to suggest the themes, never shown.</summary>
    public IReadOnlyList<string?> Context { get; init; } = [];

    /// <summary>What can stand in the way of the plan, when the source produced it.</summary>
    public string? CopingPlan { get; init; }
}
