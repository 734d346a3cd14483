using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Azure;
using Azure.Data.Tables;
using IntervisieBot.Features.Handreikingen.Domain;
using IntervisieBot.Storage;
using Microsoft.Extensions.Options;

namespace IntervisieBot.Features.Handreikingen.Storage;

/// <summary>
/// The catalogue as the bot uses it: the repository catalogue with the kennismakelaars' runtime changes (Table Storage)
/// layered over it. The overlay is re-read at most every <see cref="RefreshInterval"/> (so several instances converge)
/// and at once after a local change; the recommender's index is rebuilt only when the overlay really changed.
/// </summary>
public sealed class LiveCatalogue(
    TableStore store,
    HandreikingCatalogue repository,
    HandreikingRecommender repositoryRecommender,
    DomainLexicon lexicon,
    IEnumerable<ILessonCandidateSource> lessonSources,
    IOptions<HandreikingenOptions> options,
    ILoggerFactory loggers,
    TimeProvider time) : ILiveCatalogue
{
    private const string Partition = "catalogue";
    public static readonly TimeSpan RefreshInterval = TimeSpan.FromSeconds(30);

    private static readonly JsonSerializerOptions EntryJson = new(JsonSerializerDefaults.Web) { WriteIndented = true };
    private readonly SemaphoreSlim _gate = new(1, 1);
    private CatalogueSnapshot? _current;
    private DateTimeOffset _checkedAt = DateTimeOffset.MinValue;

    public async Task<CatalogueSnapshot> GetAsync(CancellationToken cancellationToken)
    {
        var current = _current;
        if (current is not null && time.GetUtcNow() - _checkedAt < RefreshInterval) return current;
        await _gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            if (_current is not null && time.GetUtcNow() - _checkedAt < RefreshInterval) return _current;
            var overlay = await ReadOverlayAsync(cancellationToken).ConfigureAwait(false);
            var version = Version(overlay);
            if (_current is null || _current.Version != version) _current = Build(overlay, version);
            _checkedAt = time.GetUtcNow();
            return _current;
        }
        finally
        {
            _gate.Release();
        }
    }

    /// <summary>
    /// Adds or replaces an entry after validating it with the repository loader's rules; throws <see cref="CatalogueValidationException"/>.
    /// Saving counts as checking it: without dates the peildatum is today and the review a year on. An entry the repository
    /// does not have is marked local (this gemeente's own).
    /// </summary>
    public async Task SaveAsync(Handreiking entry, string updatedBy, CancellationToken cancellationToken)
    {
        var today = DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime);
        entry = entry with
        {
            Peildatum = entry.Peildatum ?? today,
            Review = entry.Review ?? (entry.Peildatum ?? today).AddMonths(HandreikingCatalogue.LegalReviewMonths),
            Local = repository.Find(entry.Id) is null,
        };
        var validated = Validate([entry]).Entries[0];
        await UpsertAsync(validated.Id, JsonSerializer.Serialize(validated, EntryJson), retired: false, updatedBy, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Retires an entry (repository or runtime); false when no such entry exists.</summary>
    public async Task<bool> RetireAsync(string id, string updatedBy, CancellationToken cancellationToken)
    {
        var snapshot = await GetAsync(cancellationToken).ConfigureAwait(false);
        var entry = snapshot.Catalogue.Find(id);
        if (entry is null) return false;
        await UpsertAsync(id, JsonSerializer.Serialize(entry, EntryJson), retired: true, updatedBy, cancellationToken).ConfigureAwait(false);
        return true;
    }

    /// <summary>The effective catalogue as JSON in the repository format (active entries only).</summary>
    public async Task<string> ExportAsync(CancellationToken cancellationToken)
    {
        var snapshot = await GetAsync(cancellationToken).ConfigureAwait(false);
        return JsonSerializer.Serialize(snapshot.Catalogue.Entries, EntryJson);
    }

    /// <summary>
    /// Makes the effective catalogue equal to <paramref name="json"/> (repository format): new and changed entries are stored,
    /// entries missing from the file are retired. Validates the whole file first; nothing is written when it is invalid.
    /// </summary>
    public async Task<(int Saved, int Retired)> ImportAsync(string json, string updatedBy, CancellationToken cancellationToken)
    {
        var imported = HandreikingCatalogue.Parse(json);
        var snapshot = await GetAsync(cancellationToken).ConfigureAwait(false);
        var saved = 0;
        foreach (var entry in imported.Entries)
        {
            var existing = snapshot.Catalogue.Find(entry.Id);
            if (existing is not null && JsonSerializer.Serialize(existing, EntryJson) == JsonSerializer.Serialize(entry, EntryJson)) continue;
            await UpsertAsync(entry.Id, JsonSerializer.Serialize(entry, EntryJson), retired: false, updatedBy, cancellationToken).ConfigureAwait(false);
            saved++;
        }
        var retired = 0;
        foreach (var entry in snapshot.Catalogue.Entries.Where(e => imported.Find(e.Id) is null))
        {
            await UpsertAsync(entry.Id, JsonSerializer.Serialize(entry, EntryJson), retired: true, updatedBy, cancellationToken).ConfigureAwait(false);
            retired++;
        }
        return (saved, retired);
    }

    private async Task UpsertAsync(string id, string json, bool retired, string updatedBy, CancellationToken cancellationToken)
    {
        var table = await store.GetTableAsync(TableNames.CatalogueOverlay, cancellationToken).ConfigureAwait(false);
        await table.UpsertEntityAsync(new CatalogueOverlayEntity
        {
            PartitionKey = Partition,
            RowKey = TableKeys.Encode(id),
            EntryId = id,
            Json = json,
            Retired = retired,
            UpdatedAt = time.GetUtcNow(),
            UpdatedBy = updatedBy,
        }, TableUpdateMode.Replace, cancellationToken).ConfigureAwait(false);
        _checkedAt = DateTimeOffset.MinValue; // read again on the next use
    }

    /// <summary>How many entries name <paramref name="userKey"/> as their last editor.</summary>
    public async Task<int> CountEditedByAsync(string userKey, CancellationToken cancellationToken) =>
        (await EditedByAsync(userKey, cancellationToken).ConfigureAwait(false)).Count;

    /// <summary>The overlay rows naming <paramref name="userKey"/> as last editor.</summary>
    public async Task<IReadOnlyList<CatalogueOverlayEntity>> EditedByAsync(string userKey, CancellationToken cancellationToken) =>
        [.. (await ReadOverlayAsync(cancellationToken).ConfigureAwait(false)).Where(row => row.UpdatedBy == userKey)];

    /// <summary>Removes <paramref name="userKey"/> as the last editor of every entry (the entries stay); how many changed.</summary>
    public async Task<int> ForgetEditorAsync(string userKey, CancellationToken cancellationToken)
    {
        var table = await store.GetTableAsync(TableNames.CatalogueOverlay, cancellationToken).ConfigureAwait(false);
        var changed = 0;
        foreach (var row in (await ReadOverlayAsync(cancellationToken).ConfigureAwait(false)).Where(row => row.UpdatedBy == userKey))
        {
            row.UpdatedBy = "";
            await table.UpdateEntityAsync(row, Azure.ETag.All, TableUpdateMode.Merge, cancellationToken).ConfigureAwait(false);
            changed++;
        }
        return changed;
    }

    private async Task<List<CatalogueOverlayEntity>> ReadOverlayAsync(CancellationToken cancellationToken)
    {
        var table = await store.GetTableAsync(TableNames.CatalogueOverlay, cancellationToken).ConfigureAwait(false);
        var rows = new List<CatalogueOverlayEntity>();
        await foreach (var row in table.QueryAsync<CatalogueOverlayEntity>(e => e.PartitionKey == Partition, cancellationToken: cancellationToken).ConfigureAwait(false))
            rows.Add(row);
        return rows;
    }

    private CatalogueSnapshot Build(IReadOnlyList<CatalogueOverlayEntity> overlay, string version)
    {
        // Nothing changed at runtime: the repository catalogue and its already built recommender serve as they are.
        if (overlay.Count == 0) return new CatalogueSnapshot(repository, repositoryRecommender, new HashSet<string>(StringComparer.Ordinal), version);
        var entries = repository.Entries.ToDictionary(e => e.Id, StringComparer.Ordinal);
        var order = repository.Entries.Select(e => e.Id).ToList();
        var retired = new HashSet<string>(StringComparer.Ordinal);
        foreach (var row in overlay.OrderBy(r => r.EntryId, StringComparer.Ordinal))
        {
            if (row.Retired)
            {
                retired.Add(row.EntryId);
                continue;
            }
            var entry = JsonSerializer.Deserialize<Handreiking>(row.Json, EntryJson);
            if (entry is null) continue;
            if (!entries.ContainsKey(entry.Id)) order.Add(entry.Id);
            entries[entry.Id] = entry;
        }
        var active = order.Where(id => !retired.Contains(id)).Select(id => entries[id]).ToList();
        var catalogue = new HandreikingCatalogue(active);
        // The previous recommender is not disposed: requests in flight may still use it; it holds only memory.
        var recommender = new HandreikingRecommender(catalogue, lexicon, lessonSources, options, loggers.CreateLogger<HandreikingRecommender>(), time);
        return new CatalogueSnapshot(catalogue, recommender, retired, version);
    }

    private static HandreikingCatalogue Validate(IReadOnlyList<Handreiking> entries) =>
        HandreikingCatalogue.Parse(JsonSerializer.Serialize(entries, EntryJson));

    private static string Version(IEnumerable<CatalogueOverlayEntity> overlay)
    {
        var text = string.Join('\n', overlay.OrderBy(r => r.RowKey, StringComparer.Ordinal).Select(r => $"{r.RowKey}|{r.Retired}|{r.UpdatedAt.UtcTicks}|{r.Json.Length}"));
        return Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(text)));
    }
}
