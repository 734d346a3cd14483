namespace IntervisieBot.Features.Handreikingen.Domain;

/// <summary>
/// What the recommender asks a lesson source: the tags detected in the casus and its stemmed keywords (never the casus
/// text itself), how many candidates it wants at most, and for whom (null: nobody known, so no lessons).
/// </summary>
public sealed record LessonQuery(IReadOnlyList<string> Tags, IReadOnlyList<string> Keywords, int Limit, LessonAudience? Audience = null);
