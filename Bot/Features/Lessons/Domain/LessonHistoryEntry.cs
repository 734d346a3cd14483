namespace IntervisieBot.Features.Lessons.Domain;

/// <summary>
/// One event in a lesson's life: created, edited, proposed, published, merged, a follow-up answer (reminders feature).
/// <paramref name="Kind"/> is a stable id (<see cref="LessonHistoryKinds"/>); <paramref name="Note"/> is text that passed
/// the privacy guard; <paramref name="Score"/> is a follow-up answer on the 1-5 scale (nooit … altijd), if any.
/// </summary>
public sealed record LessonHistoryEntry(DateTimeOffset At, string Kind, string? Note = null, int? Score = null, string? Outcome = null);
