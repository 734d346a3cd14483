using Azure;
using Azure.Data.Tables;
using IntervisieBot.Storage;

namespace IntervisieBot.Features.Teams.Language;

/// <summary>One person's chosen language (partition = tenant, row = user key). Nothing else is stored.</summary>
public sealed class LanguagePreferenceEntity : ITableEntity
{
    public string PartitionKey { get; set; } = "";
    public string RowKey { get; set; } = "";
    public DateTimeOffset? Timestamp { get; set; }
    public ETag ETag { get; set; }

    /// <summary><c>nl</c> or <c>en</c>.</summary>
    public string Language { get; set; } = "";
    public DateTimeOffset ChosenAt { get; set; }
}

/// <summary>
/// The language each person chose with <c>taal en</c> / <c>taal nl</c>, in Table Storage. Every turn asks for it, so each
/// instance remembers what it read or wrote for <see cref="CacheLifetime"/>: a message in a known conversation stays within
/// its storage budget. A choice made through another instance reaches this one within that time.
/// </summary>
public sealed class LanguagePreferenceStore(TableStore store, TimeProvider time)
{
    public static readonly TimeSpan CacheLifetime = TimeSpan.FromMinutes(5);

    private readonly InstanceMemory<(string Tenant, string User), string?> _known = new(time, CacheLifetime);

    /// <summary>The chosen language (<c>nl</c> / <c>en</c>), or null when the person chose none.</summary>
    public async Task<string?> GetAsync(string tenantId, string userKey, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(userKey)) return null;
        if (_known.TryGet((tenantId, userKey), out var known)) return known;
        var table = await store.GetTableAsync(TableNames.LanguagePreferences, cancellationToken).ConfigureAwait(false);
        var found = await table.GetEntityIfExistsAsync<LanguagePreferenceEntity>(
            TableKeys.Encode(tenantId), TableKeys.Encode(userKey), cancellationToken: cancellationToken).ConfigureAwait(false);
        var language = found.HasValue && found.Value is { } entity ? entity.Language : null;
        _known.Remember((tenantId, userKey), language);
        return language;
    }

    public async Task SetAsync(string tenantId, string userKey, string language, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(userKey);
        var table = await store.GetTableAsync(TableNames.LanguagePreferences, cancellationToken).ConfigureAwait(false);
        await table.UpsertEntityAsync(new LanguagePreferenceEntity
        {
            PartitionKey = TableKeys.Encode(tenantId),
            RowKey = TableKeys.Encode(userKey),
            Language = language,
            ChosenAt = time.GetUtcNow(),
        }, TableUpdateMode.Replace, cancellationToken).ConfigureAwait(false);
        _known.Remember((tenantId, userKey), language);
    }

    /// <summary>Forgets the person's choice; true when there was one.</summary>
    public async Task<bool> DeleteAsync(string tenantId, string userKey, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(userKey)) return false;
        _known.Remember((tenantId, userKey), null);
        var table = await store.GetTableAsync(TableNames.LanguagePreferences, cancellationToken).ConfigureAwait(false);
        try
        {
            await table.DeleteEntityAsync(TableKeys.Encode(tenantId), TableKeys.Encode(userKey), ETag.All, cancellationToken).ConfigureAwait(false);
            return true;
        }
        catch (RequestFailedException ex) when (ex.Status == 404)
        {
            return false;
        }
    }
}
