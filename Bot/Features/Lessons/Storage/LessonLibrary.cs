using IntervisieBot.Features.Handreikingen.Domain;
using IntervisieBot.Features.Lessons.Domain;
using Microsoft.Extensions.Options;

namespace IntervisieBot.Features.Lessons.Storage;

/// <summary>
/// Reading lessons for one viewer: the team list, one lesson by id, and search over exactly what the viewer may read
/// (their team's lessons, their own, the tenant's published library). Ids from card data are only ever looked up inside
/// those partitions, so a forged id of another team's lesson finds nothing.
/// </summary>
public sealed class LessonLibrary(LessonStore store, LessonSearchEngine engine, IInformationNeeds needs, IOptions<LessonsOptions> options)
{
    public LessonSearchEngine Engine => engine;

    /// <summary>The newest active lessons of the viewer's team (in a personal chat: their own), optionally filtered.</summary>
    public async Task<IReadOnlyList<Lesson>> RecentAsync(LessonViewer viewer, string? tag, string? type, CancellationToken cancellationToken)
    {
        var partition = viewer.TeamPartition ?? viewer.PersonalPartition;
        var lessons = await store.ListAsync(partition, LessonStore.MaxRowsPerPartition, cancellationToken).ConfigureAwait(false);
        return
        [
            .. lessons.Where(l => l.Status == LessonStatus.Active && viewer.CanRead(l))
                .Where(l => string.IsNullOrEmpty(tag) || l.Tags.Contains(tag, StringComparer.Ordinal))
                .Where(l => string.IsNullOrEmpty(type) || l.Type == type)
                .Take(options.Value.ListSize),
        ];
    }

    /// <summary>A lesson the viewer may read, looked up only in the viewer's partitions; null otherwise.</summary>
    public async Task<Lesson?> FindAsync(LessonViewer viewer, string? id, CancellationToken cancellationToken)
    {
        if (!LessonPartitions.IsWellFormedId(id)) return null;
        foreach (var partition in viewer.ReadablePartitions)
        {
            var lesson = await store.GetAsync(partition, id!, cancellationToken).ConfigureAwait(false);
            if (lesson is not null && viewer.CanRead(lesson)) return lesson;
        }
        return null;
    }

    /// <summary>Every active lesson the viewer may read; a team lesson that was published is represented by its published version.</summary>
    public async Task<IReadOnlyList<Lesson>> VisibleAsync(LessonViewer viewer, CancellationToken cancellationToken)
    {
        var all = new List<Lesson>();
        foreach (var partition in viewer.ReadablePartitions)
            all.AddRange(await store.ListAsync(partition, LessonStore.MaxRowsPerPartition, cancellationToken).ConfigureAwait(false));
        var published = all.Where(l => l.IsPublished && l.Status == LessonStatus.Active).Select(l => l.Id).ToHashSet(StringComparer.Ordinal);
        return
        [
            .. all.Where(l => l.Status == LessonStatus.Active && viewer.CanRead(l))
                .Where(l => l.IsPublished || l.PublishedId is null || !published.Contains(l.PublishedId))
                .OrderBy(l => l.Id, StringComparer.Ordinal),
        ];
    }

    /// <summary>Searches what the viewer may read (the caller has cleared the text with the privacy guard). An empty query returns the newest lessons.</summary>
    public async Task<(IReadOnlyList<LessonHit> Hits, int Candidates)> SearchAsync(LessonViewer viewer, LessonSearchQuery query, int max, CancellationToken cancellationToken)
    {
        var visible = await VisibleAsync(viewer, cancellationToken).ConfigureAwait(false);
        if (query.IsEmpty) return ([.. visible.OrderBy(l => l.Id, StringComparer.Ordinal).Take(max).Select(l => new LessonHit(l, 0))], visible.Count);
        return (engine.Rank(query, visible, max), visible.Count);
    }

    /// <summary>Keeps a search that found nothing as an information need of the viewer's team (tags and stems only).</summary>
    public Task RecordNeedAsync(LessonViewer viewer, LessonSearchQuery query, CancellationToken cancellationToken) =>
        needs.RecordAsync(viewer.TenantId, viewer.Team?.TeamKey, InformationNeedSources.LessonSearch, query.Tags.Select(t => t.Tag), query.Stems, cancellationToken);
}
