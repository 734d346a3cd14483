namespace IntervisieBot.Features.Handreikingen.Domain;

/// <summary>One matching lesson of a colleague, with its score and "waarom".</summary>
public sealed record RecommendedLesson(LessonCandidate Lesson, double Score, string Why);
