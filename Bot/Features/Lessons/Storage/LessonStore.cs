using System.Text.Json;
using Azure;
using Azure.Data.Tables;
using IntervisieBot.Features.Lessons.Domain;
using IntervisieBot.Storage;

namespace IntervisieBot.Features.Lessons.Storage;

/// <summary>Lessons in Azure Table Storage (table <see cref="TableNames.Lessons"/>), partitioned by <see cref="LessonPartitions"/>.</summary>
public sealed class LessonStore(TableStore store)
{

    /// <summary>Most rows read from one partition for a list or a search; a team library stays far below this.</summary>
    public const int MaxRowsPerPartition = 2000;

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public async Task AddAsync(Lesson lesson, CancellationToken cancellationToken)
    {
        var table = await store.GetTableAsync(TableNames.Lessons, cancellationToken).ConfigureAwait(false);
        await table.AddEntityAsync(ToEntity(lesson), cancellationToken).ConfigureAwait(false);
    }

    public async Task<Lesson?> GetAsync(string partitionKey, string id, CancellationToken cancellationToken)
    {
        if (!LessonPartitions.IsWellFormedId(id)) return null;
        var table = await store.GetTableAsync(TableNames.Lessons, cancellationToken).ConfigureAwait(false);
        var found = await table.GetEntityIfExistsAsync<LessonEntity>(partitionKey, id, cancellationToken: cancellationToken).ConfigureAwait(false);
        return found.HasValue && found.Value is { } entity ? FromEntity(entity) : null;
    }

    /// <summary>The newest lessons of one partition (row keys sort newest first).</summary>
    public async Task<IReadOnlyList<Lesson>> ListAsync(string partitionKey, int max, CancellationToken cancellationToken)
    {
        var table = await store.GetTableAsync(TableNames.Lessons, cancellationToken).ConfigureAwait(false);
        var result = new List<Lesson>();
        await foreach (var entity in table.QueryAsync<LessonEntity>(e => e.PartitionKey == partitionKey, maxPerPage: Math.Min(max, 1000), cancellationToken: cancellationToken).ConfigureAwait(false))
        {
            result.Add(FromEntity(entity));
            if (result.Count >= max) break;
        }
        return result;
    }

    public async Task<IReadOnlyList<Lesson>> ListByCurationAsync(string partitionKey, CurationStatus status, CancellationToken cancellationToken)
    {
        var table = await store.GetTableAsync(TableNames.Lessons, cancellationToken).ConfigureAwait(false);
        var value = (int)status;
        var result = new List<Lesson>();
        await foreach (var entity in table.QueryAsync<LessonEntity>(e => e.PartitionKey == partitionKey && e.Curation == value, cancellationToken: cancellationToken).ConfigureAwait(false))
            result.Add(FromEntity(entity));
        return result;
    }

    /// <summary>
    /// Read-modify-write with ETag retry. <paramref name="mutate"/> gets the current lesson and returns the new one, or null
    /// to leave it unchanged. Returns the stored lesson, or null when it does not exist.
    /// </summary>
    public async Task<Lesson?> UpdateAsync(string partitionKey, string id, Func<Lesson, Lesson?> mutate, CancellationToken cancellationToken)
    {
        if (!LessonPartitions.IsWellFormedId(id)) return null;
        var table = await store.GetTableAsync(TableNames.Lessons, cancellationToken).ConfigureAwait(false);
        var stored = await EtagRetry.UpdateAsync<LessonEntity>(table, partitionKey, id, current =>
        {
            if (current is null) return null;
            var next = mutate(FromEntity(current));
            return next is null ? null : ToEntity(next);
        }, cancellationToken).ConfigureAwait(false);
        return stored is null ? null : FromEntity(stored);
    }

    /// <summary>Moves a lesson to another partition (visibility changed): insert the new row, then delete the old one.</summary>
    public async Task MoveAsync(string fromPartition, Lesson lesson, CancellationToken cancellationToken)
    {
        var table = await store.GetTableAsync(TableNames.Lessons, cancellationToken).ConfigureAwait(false);
        await table.UpsertEntityAsync(ToEntity(lesson), TableUpdateMode.Replace, cancellationToken).ConfigureAwait(false);
        if (fromPartition != LessonPartitions.Of(lesson))
            await table.DeleteEntityAsync(fromPartition, lesson.Id, ETag.All, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Every lesson of one author in a tenant, across partitions (for "mijn gegevens"; rare, so a table scan is fine).</summary>
    public async Task<IReadOnlyList<Lesson>> ListOwnedAsync(string tenantId, string ownerKey, CancellationToken cancellationToken)
    {
        var table = await store.GetTableAsync(TableNames.Lessons, cancellationToken).ConfigureAwait(false);
        var result = new List<Lesson>();
        await foreach (var entity in table.QueryAsync<LessonEntity>(e => e.TenantId == tenantId && e.OwnerKey == ownerKey, cancellationToken: cancellationToken).ConfigureAwait(false))
            result.Add(FromEntity(entity));
        return result;
    }

    /// <summary>Every team lesson of a tenant (a table scan; only for the rare case a team is known by a hashed key).</summary>
    public async Task<IReadOnlyList<Lesson>> ListTeamLessonsOfTenantAsync(string tenantId, CancellationToken cancellationToken)
    {
        var table = await store.GetTableAsync(TableNames.Lessons, cancellationToken).ConfigureAwait(false);
        var scope = (int)LessonScopeKind.Team;
        var result = new List<Lesson>();
        await foreach (var entity in table.QueryAsync<LessonEntity>(e => e.TenantId == tenantId && e.Scope == scope, cancellationToken: cancellationToken).ConfigureAwait(false))
            result.Add(FromEntity(entity));
        return result;
    }

    public async Task DeleteAsync(Lesson lesson, CancellationToken cancellationToken)
    {
        var table = await store.GetTableAsync(TableNames.Lessons, cancellationToken).ConfigureAwait(false);
        await table.DeleteEntityAsync(LessonPartitions.Of(lesson), lesson.Id, ETag.All, cancellationToken).ConfigureAwait(false);
    }

    internal static LessonEntity ToEntity(Lesson lesson) => new()
    {
        PartitionKey = LessonPartitions.Of(lesson),
        RowKey = lesson.Id,
        Scope = (int)lesson.Scope,
        TenantId = lesson.TenantId,
        TeamKey = lesson.TeamKey,
        OwnerKey = lesson.OwnerKey,
        OwnerUserId = lesson.OwnerUserId,
        Text = lesson.Text,
        Tags = JsonSerializer.Serialize(lesson.Tags, Json),
        ActionPlan = lesson.ActionPlan,
        CopingPlan = lesson.CopingPlan,
        Type = lesson.Type,
        Evidence = lesson.Evidence,
        Handreikingen = JsonSerializer.Serialize(lesson.Handreikingen, Json),
        CheckWeeks = lesson.CheckWeeks,
        CheckDate = lesson.CheckDate,
        Visibility = lesson.Visibility,
        Created = lesson.Created,
        Updated = lesson.Updated,
        Status = (int)lesson.Status,
        SourceKind = lesson.SourceKind,
        SourceId = lesson.SourceId,
        History = JsonSerializer.Serialize(lesson.History, Json),
        Check = lesson.Check.Round == 0 && !lesson.Check.Stopped ? null : JsonSerializer.Serialize(lesson.Check, Json),
        Curation = (int)lesson.Curation,
        CurationNote = lesson.CurationNote,
        AuthorNamed = lesson.AuthorNamed,
        PublishedId = lesson.PublishedId,
        Title = lesson.Title,
        AuthorName = lesson.AuthorName,
        ReviewDate = lesson.ReviewDate,
        Sources = JsonSerializer.Serialize(lesson.Sources, Json),
    };

    internal static Lesson FromEntity(LessonEntity e) => new()
    {
        Id = e.RowKey,
        Scope = (LessonScopeKind)e.Scope,
        TenantId = e.TenantId,
        TeamKey = e.TeamKey,
        OwnerKey = e.OwnerKey,
        OwnerUserId = e.OwnerUserId,
        Text = e.Text,
        Tags = ReadList<string>(e.Tags),
        ActionPlan = e.ActionPlan,
        CopingPlan = e.CopingPlan,
        Type = e.Type,
        Evidence = e.Evidence,
        Handreikingen = ReadList<string>(e.Handreikingen),
        CheckWeeks = e.CheckWeeks,
        CheckDate = e.CheckDate,
        Visibility = e.Visibility,
        Created = e.Created,
        Updated = e.Updated,
        Status = (LessonStatus)e.Status,
        SourceKind = e.SourceKind,
        SourceId = e.SourceId,
        History = ReadList<LessonHistoryEntry>(e.History),
        Check = ReadCheck(e.Check),
        Curation = (CurationStatus)e.Curation,
        CurationNote = e.CurationNote,
        AuthorNamed = e.AuthorNamed,
        PublishedId = e.PublishedId,
        Title = e.Title,
        AuthorName = e.AuthorName,
        ReviewDate = e.ReviewDate,
        Sources = ReadList<string>(e.Sources),
    };

    private static LessonCheckState ReadCheck(string? json)
    {
        if (string.IsNullOrWhiteSpace(json)) return LessonCheckState.None;
        try
        {
            return JsonSerializer.Deserialize<LessonCheckState>(json, Json) ?? LessonCheckState.None;
        }
        catch (JsonException)
        {
            return LessonCheckState.None;
        }
    }

    private static IReadOnlyList<T> ReadList<T>(string? json)
    {
        if (string.IsNullOrWhiteSpace(json)) return [];
        try
        {
            return JsonSerializer.Deserialize<List<T>>(json, Json) ?? [];
        }
        catch (JsonException)
        {
            return [];
        }
    }
}
