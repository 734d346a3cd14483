using IntervisieBot.Features.Handreikingen.Domain;
using IntervisieBot.Features.Lessons.Domain;
using IntervisieBot.Features.Shared;

namespace IntervisieBot.Features.Lessons.Storage;

/// <summary>
/// Colleagues' lessons for the handreikingen recommender, from the lessons table and scoped like every other read: the
/// audience's team lessons, their own lessons and the tenant's published library. Without an audience: none.
/// </summary>
public sealed class StoredLessonCandidateSource(LessonLibrary library) : ILessonCandidateSource
{
    public async Task<IReadOnlyList<LessonCandidate>> FindCandidatesAsync(LessonQuery query, CancellationToken cancellationToken)
    {
        if (query.Audience is not { } audience || string.IsNullOrEmpty(audience.UserKey)) return [];
        var team = string.IsNullOrEmpty(audience.TeamKey) ? null : new TeamScope(audience.TenantId, audience.TeamKey, audience.TeamKey);
        var viewer = new LessonViewer(audience.TenantId, team, audience.UserKey);
        var visible = await library.VisibleAsync(viewer, cancellationToken).ConfigureAwait(false);
        var search = new LessonSearchQuery([.. query.Tags.Select(t => new TagMatch(t, 2.0, []))], query.Keywords);
        return
        [
            .. library.Engine.Rank(search, visible, Math.Max(query.Limit, 0))
                .Select(h => new LessonCandidate(h.Lesson.Id, string.Join('\n', new[] { h.Lesson.Heading, h.Lesson.ActionPlan }.Where(t => !string.IsNullOrWhiteSpace(t))), h.Lesson.Tags)),
        ];
    }
}
