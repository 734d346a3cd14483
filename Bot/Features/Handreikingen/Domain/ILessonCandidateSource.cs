namespace IntervisieBot.Features.Handreikingen.Domain;

/// <summary>
/// A second source for the recommender: colleagues' lessons. The lessons feature implements this (for instance with a
/// query on tags in its table); the recommender ranks what it returns and shows at most two.
/// </summary>
public interface ILessonCandidateSource
{
    Task<IReadOnlyList<LessonCandidate>> FindCandidatesAsync(LessonQuery query, CancellationToken cancellationToken);
}
