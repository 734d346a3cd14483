namespace IntervisieBot.Features.Handreikingen.Domain;

/// <summary>
/// A lesson source over a fixed list (for the CLI, benchmarks and tests; the lessons feature brings its own store).
/// Returns lessons sharing a tag or a keyword with the query, most overlap first.
/// </summary>
public sealed class InMemoryLessonCandidateSource : ILessonCandidateSource
{
    private readonly IReadOnlyList<(LessonCandidate Lesson, HashSet<string> Stems)> lessons;

    public InMemoryLessonCandidateSource(IEnumerable<LessonCandidate> lessons, DutchTextAnalyzer analyzer)
    {
        this.lessons = [.. lessons.Select(l => (l, analyzer.Analyze(l.Text).Select(t => t.Stem).ToHashSet(StringComparer.Ordinal)))];
    }

    public Task<IReadOnlyList<LessonCandidate>> FindCandidatesAsync(LessonQuery query, CancellationToken cancellationToken)
    {
        IReadOnlyList<LessonCandidate> result =
        [
            .. lessons
                .Select(l => (l.Lesson, Overlap: 2 * l.Lesson.Tags.Count(query.Tags.Contains) + query.Keywords.Count(l.Stems.Contains)))
                .Where(x => x.Overlap > 0)
                .OrderByDescending(x => x.Overlap)
                .Take(query.Limit)
                .Select(x => x.Lesson),
        ];
        return Task.FromResult(result);
    }
}
