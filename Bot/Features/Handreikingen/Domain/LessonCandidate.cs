namespace IntervisieBot.Features.Handreikingen.Domain;

/// <summary>A colleague's lesson as the recommender sees it: an id, the lesson text and its taxonomy tags.</summary>
public sealed record LessonCandidate(string Id, string Text, IReadOnlyList<string> Tags);
