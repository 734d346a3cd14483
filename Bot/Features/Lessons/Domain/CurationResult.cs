namespace IntervisieBot.Features.Lessons.Domain;

/// <summary>The result of a curation step: the team lesson after it, the published lesson it became or joined, or why nothing changed.</summary>
public sealed record CurationResult(Lesson? Lesson, Lesson? Published = null, string? Refusal = null)
{
    public const string NotFound = "NotFound";
    public const string NotPending = "NotPending";
    public const string MergeTargetMissing = "MergeTargetMissing";
    public const string NotAllowed = "NotAllowed";

    public bool Succeeded => Refusal is null && Lesson is not null;
}
