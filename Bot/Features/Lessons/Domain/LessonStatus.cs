namespace IntervisieBot.Features.Lessons.Domain;

/// <summary>Whether a lesson is in use. A retired lesson (e.g. a published lesson past review) no longer shows up in lists or searches.</summary>
public enum LessonStatus
{
    Active = 0,
    Retired = 1,
}
