using IntervisieBot.Features.Handreikingen.Domain;
using IntervisieBot.Features.Lessons.Domain;
using Microsoft.Extensions.Options;

namespace IntervisieBot.Features.Lessons.Storage;

/// <summary>
/// Moves team lessons to the organisation-wide library. The queue is per team: a kennismakelaar decides on proposals of the
/// team the activity comes from (the caller checks the role); ids are looked up only in that team's partition. Published
/// lessons are anonymous unless the author opted in, and carry a review date.
/// </summary>
public sealed class CurationService(LessonStore store, IInformationNeeds needs, IOptions<LessonsOptions> options, TimeProvider time)
{
    public const int MaxQueue = 15;

    public async Task<CurationResult> ProposeAsync(LessonViewer viewer, string? lessonId, bool authorNamed, string? authorName, CancellationToken cancellationToken)
    {
        if (viewer.TeamPartition is not { } partition || !LessonPartitions.IsWellFormedId(lessonId)) return new(null, Refusal: CurationResult.NotFound);
        var now = time.GetUtcNow();
        string? refusal = CurationResult.NotFound;
        var updated = await store.UpdateAsync(partition, lessonId!, lesson =>
        {
            if (!viewer.CanRead(lesson)) return null;
            if (!CurationRules.CanPropose(viewer, lesson)) { refusal = CurationResult.NotAllowed; return null; }
            refusal = null;
            return lesson with
            {
                Curation = CurationStatus.Proposed,
                CurationNote = null,
                AuthorNamed = authorNamed,
                AuthorName = authorNamed && !string.IsNullOrWhiteSpace(authorName) ? authorName : null,
                History = [.. lesson.History, new LessonHistoryEntry(now, LessonHistoryKinds.Proposed)],
            };
        }, cancellationToken).ConfigureAwait(false);
        return refusal is null && updated is not null ? new(updated) : new(null, Refusal: refusal);
    }

    /// <summary>The proposals waiting in the viewer's team, oldest first.</summary>
    public async Task<IReadOnlyList<Lesson>> QueueAsync(LessonViewer viewer, CancellationToken cancellationToken)
    {
        if (viewer.TeamPartition is not { } partition) return [];
        var proposed = await store.ListByCurationAsync(partition, CurationStatus.Proposed, cancellationToken).ConfigureAwait(false);
        return [.. proposed.Where(l => l.Status == LessonStatus.Active && viewer.CanRead(l)).OrderByDescending(l => l.Id, StringComparer.Ordinal).Take(MaxQueue)];
    }

    /// <summary>A pending proposal of the viewer's team, or null.</summary>
    public async Task<Lesson?> FindProposalAsync(LessonViewer viewer, string? lessonId, CancellationToken cancellationToken)
    {
        if (viewer.TeamPartition is not { } partition || !LessonPartitions.IsWellFormedId(lessonId)) return null;
        var lesson = await store.GetAsync(partition, lessonId!, cancellationToken).ConfigureAwait(false);
        return lesson is not null && viewer.CanRead(lesson) && lesson.Curation == CurationStatus.Proposed ? lesson : null;
    }

    /// <summary>Active published lessons of the tenant (merge targets, review), newest first.</summary>
    public async Task<IReadOnlyList<Lesson>> PublishedAsync(LessonViewer viewer, CancellationToken cancellationToken) =>
        [.. (await store.ListAsync(viewer.OrganisationPartition, LessonStore.MaxRowsPerPartition, cancellationToken).ConfigureAwait(false)).Where(l => l.Status == LessonStatus.Active && viewer.CanRead(l))];

    public async Task<IReadOnlyList<Lesson>> DueForReviewAsync(LessonViewer viewer, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        return [.. (await PublishedAsync(viewer, cancellationToken).ConfigureAwait(false)).Where(l => l.ReviewDate is { } review && review <= now).Take(MaxQueue)];
    }

    public async Task<CurationResult> DecideAsync(LessonViewer viewer, string? lessonId, CurationDecision decision, CancellationToken cancellationToken)
    {
        if (viewer.TeamPartition is not { } partition || !LessonPartitions.IsWellFormedId(lessonId)) return new(null, Refusal: CurationResult.NotFound);
        var now = time.GetUtcNow();
        Lesson? target = null;
        if (decision.Outcome == CurationStatus.Merged)
        {
            target = LessonPartitions.IsWellFormedId(decision.MergeTargetId)
                ? await store.GetAsync(viewer.OrganisationPartition, decision.MergeTargetId!, cancellationToken).ConfigureAwait(false)
                : null;
            if (target is null || target.Status != LessonStatus.Active || !viewer.CanRead(target)) return new(null, Refusal: CurationResult.MergeTargetMissing);
        }

        var publishedId = decision.Outcome switch
        {
            CurationStatus.Published => LessonPartitions.NewId(now),
            CurationStatus.Merged => target!.Id,
            _ => null,
        };
        string? refusal = CurationResult.NotFound;
        var updated = await store.UpdateAsync(partition, lessonId!, lesson =>
        {
            if (!viewer.CanRead(lesson) || lesson.Scope != LessonScopeKind.Team) return null;
            if (!CurationRules.CanDecide(lesson.Curation, decision.Outcome)) { refusal = CurationResult.NotPending; return null; }
            refusal = null;
            var kind = decision.Outcome switch
            {
                CurationStatus.Published => LessonHistoryKinds.Published,
                CurationStatus.Merged => LessonHistoryKinds.Merged,
                CurationStatus.SentBack => LessonHistoryKinds.SentBack,
                _ => LessonHistoryKinds.Rejected,
            };
            return lesson with
            {
                Curation = decision.Outcome,
                CurationNote = decision.Note,
                PublishedId = publishedId,
                History = [.. lesson.History, new LessonHistoryEntry(now, kind, decision.Outcome is CurationStatus.SentBack or CurationStatus.Rejected ? decision.Note : null)],
            };
        }, cancellationToken).ConfigureAwait(false);
        if (refusal is not null || updated is null) return new(null, Refusal: refusal);

        if (decision.Outcome == CurationStatus.Published)
        {
            var published = Publish(updated, publishedId!, decision, now);
            await store.AddAsync(published, cancellationToken).ConfigureAwait(false);
            return new(updated, published);
        }
        if (decision.Outcome == CurationStatus.Merged)
        {
            var source = SourceRef(updated);
            var merged = await store.UpdateAsync(viewer.OrganisationPartition, target!.Id, t => t.Sources.Contains(source) ? null : t with
            {
                Sources = [.. t.Sources, source],
                Updated = now,
                // Both histories are kept: the published lesson's own, then the merged lesson's, then the merge itself.
                History = [.. t.History, .. updated.History.Where(h => h.Kind != LessonHistoryKinds.Merged), new LessonHistoryEntry(now, LessonHistoryKinds.MergedFrom)],
            }, cancellationToken).ConfigureAwait(false);
            return new(updated, merged);
        }
        return new(updated);
    }

    /// <summary>The kennismakelaar keeps a published lesson for another review period, or retires it.</summary>
    public Task<Lesson?> ReviewAsync(LessonViewer viewer, string? publishedId, bool keep, CancellationToken cancellationToken)
    {
        if (!LessonPartitions.IsWellFormedId(publishedId)) return Task.FromResult<Lesson?>(null);
        var now = time.GetUtcNow();
        return store.UpdateAsync(viewer.OrganisationPartition, publishedId!, l => !viewer.CanRead(l) || l.Status != LessonStatus.Active ? null : keep
            ? l with { ReviewDate = now.AddDays(options.Value.ReviewPeriodDays), Updated = now }
            : l with { Status = LessonStatus.Retired, Updated = now }, cancellationToken);
    }

    /// <summary>Growing tags among the team's lessons and the information needs of no-result searches, small counts hidden.</summary>
    public async Task<(IReadOnlyList<InsightCount> GrowingTags, IReadOnlyList<InsightCount> Needs)> InsightsAsync(LessonViewer viewer, CancellationToken cancellationToken)
    {
        var o = options.Value;
        var now = time.GetUtcNow();
        var half = TimeSpan.FromDays(o.InsightWindowDays / 2.0);
        var lessons = viewer.TeamPartition is { } partition
            ? await store.ListAsync(partition, LessonStore.MaxRowsPerPartition, cancellationToken).ConfigureAwait(false)
            : [];
        var recent = Count(lessons.Where(l => l.Created > now - half));
        var before = Count(lessons.Where(l => l.Created <= now - half && l.Created > now - (2 * half)));
        IReadOnlyList<InsightCount> growing =
        [
            .. recent.Where(r => r.Value >= o.MinAggregateCount && r.Value > before.GetValueOrDefault(r.Key))
                .OrderByDescending(r => r.Value - before.GetValueOrDefault(r.Key)).ThenBy(r => r.Key, StringComparer.Ordinal)
                .Take(5)
                .Select(r => new InsightCount(r.Key, r.Value, before.GetValueOrDefault(r.Key) is var b && b >= o.MinAggregateCount ? b : 0)),
        ];
        // The team's own questions and those asked in personal chats (no team).
        var teamKey = viewer.Team?.TeamKey;
        var needList = await needs.CountForTeamAsync(viewer.TenantId, teamKey, now.AddDays(-o.InsightWindowDays), o.MinAggregateCount, cancellationToken).ConfigureAwait(false);
        return (growing, [.. needList.Take(10)]);
    }

    private static Dictionary<string, int> Count(IEnumerable<Lesson> lessons) =>
        lessons.SelectMany(l => l.Tags).GroupBy(t => t, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);

    private Lesson Publish(Lesson source, string id, CurationDecision decision, DateTimeOffset now) => source with
    {
        Id = id,
        Scope = LessonScopeKind.Organisation,
        Title = decision.Title,
        Tags = decision.Tags is { Count: > 0 } tags ? tags : source.Tags,
        AuthorName = source.AuthorNamed ? source.AuthorName : null,
        Visibility = LessonVisibility.MijnTeam,
        Created = now,
        Updated = now,
        ReviewDate = now.AddDays(options.Value.ReviewPeriodDays),
        Sources = [SourceRef(source)],
        Curation = CurationStatus.None,
        CurationNote = null,
        PublishedId = null,
    };

    private static string SourceRef(Lesson lesson) => (lesson.TeamKey ?? "") + "/" + lesson.Id;
}
