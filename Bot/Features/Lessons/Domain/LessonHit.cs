namespace IntervisieBot.Features.Lessons.Domain;

/// <summary>One search result with its combined score (text relevance plus tag matches).</summary>
public sealed record LessonHit(Lesson Lesson, double Score);
