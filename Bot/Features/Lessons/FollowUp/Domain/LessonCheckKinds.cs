namespace IntervisieBot.Features.Lessons.FollowUp.Domain;

/// <summary>The reminder kinds of the follow-up loop (stable ids in the outbox).</summary>
public static class LessonCheckKinds
{
    /// <summary>The owner's check card: the first reminder, the snoozed one and the gentle second one.</summary>
    public const string Check = "lesson-check";

    /// <summary>Not sent: closes a check that got no answer after the second reminder ("geen antwoord").</summary>
    public const string Expire = "lesson-check-expire";
}
