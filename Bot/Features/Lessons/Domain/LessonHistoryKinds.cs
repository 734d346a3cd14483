namespace IntervisieBot.Features.Lessons.Domain;

/// <summary>Stable ids of <see cref="LessonHistoryEntry.Kind"/>.</summary>
public static class LessonHistoryKinds
{
    public const string Created = "created";
    public const string Edited = "edited";
    public const string Proposed = "proposed";
    public const string SentBack = "sent-back";
    public const string Rejected = "rejected";
    public const string Published = "published";
    public const string Merged = "merged";
    public const string MergedFrom = "merged-from";

    /// <summary>A follow-up answer (written by the reminders feature): score 1-5, what happened, keep/adjust/stop.</summary>
    public const string FollowUp = "follow-up";

    /// <summary>A check closed without an answer (after the second reminder): "geen antwoord".</summary>
    public const string NoAnswer = "no-answer";

    /// <summary>The owner asked to be reminded a week later.</summary>
    public const string Snoozed = "snoozed";
}
