using IntervisieBot.Privacy;

namespace IntervisieBot.Features.Lessons.Domain;

/// <summary>
/// The outcome of saving a lesson card: stored (new or updated), refused by the privacy guard (which field), a validation
/// problem (a string key), or the edited lesson was not the actor's to change.
/// </summary>
public sealed record LessonSaveResult
{
    public Lesson? Saved { get; init; }
    public bool IsUpdate { get; init; }
    public bool TagsSuggested { get; init; }
    public string? PrivacyField { get; init; }
    public GuardResult? Privacy { get; init; }
    public string? Problem { get; init; }
    public bool NotFound { get; init; }

    /// <summary>The draft as saved or refused: for an edit, with the missing inputs taken from the stored lesson.</summary>
    public LessonDraft? Draft { get; init; }
}
