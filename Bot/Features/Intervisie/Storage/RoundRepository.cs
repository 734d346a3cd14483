using Azure;
using Azure.Data.Tables;
using IntervisieBot.Features.Intervisie.Domain;
using IntervisieBot.Storage;

namespace IntervisieBot.Features.Intervisie.Storage;

/// <summary>
/// Rounds in Azure Tables. The round row is only ever replaced with its ETag (a 412 means: reload and decide again);
/// contributions are rows of their own; the active-round marker is inserted, never upserted, so one conversation has at
/// most one running round.
/// </summary>
public sealed class RoundRepository(TableStore store)
{
    /// <summary>Most rounds <see cref="ListRoundsAsync"/> returns.</summary>
    public const int MaxListedRounds = 500;

    private const int MaxRotationEntries = 200;

    /// <summary>The round with its contributions, read in one query (the round row or its contribution rows): one storage request.</summary>
    public async Task<StoredRound?> LoadAsync(string partition, string roundId, CancellationToken cancellationToken)
    {
        if (!RoundKeys.IsRoundId(roundId)) return null;
        var table = await store.GetTableAsync(TableNames.IntervisieRounds, cancellationToken).ConfigureAwait(false);
        var roundKey = RoundKeys.Round(roundId);
        var (lower, upper) = ContributionRange(roundId);
        RoundEntity? entity = null;
        var contributions = new List<Contribution>();
        await foreach (var row in table.QueryAsync<RoundOrContributionRow>(
            e => e.PartitionKey == partition && (e.RowKey == roundKey || (e.RowKey.CompareTo(lower) >= 0 && e.RowKey.CompareTo(upper) < 0)),
            cancellationToken: cancellationToken).ConfigureAwait(false))
        {
            if (row.RowKey == roundKey) entity = row;
            else contributions.Add(row.ToContribution());
        }

        return entity is null ? null : ToStored(entity, RoundStateJson.Deserialize(entity.StateJson, Ordered(contributions)));
    }

    /// <summary>
    /// The rounds of one conversation (partition from <see cref="RoundKeys.Partition"/>) created at or after
    /// <paramref name="since"/>, oldest first, each with its contributions. At most <see cref="MaxListedRounds"/> (the most
    /// recent ones when there are more).
    /// </summary>
    public async Task<IReadOnlyList<StoredRound>> ListRoundsAsync(string partition, DateTimeOffset since, CancellationToken cancellationToken)
    {
        var table = await store.GetTableAsync(TableNames.IntervisieRounds, cancellationToken).ConfigureAwait(false);
        var lower = RoundKeys.Round("");
        var upper = lower[..^1] + (char)(lower[^1] + 1);
        var matching = new List<(RoundEntity Entity, RoundState State)>();
        await foreach (var entity in table.QueryAsync<RoundEntity>(
            e => e.PartitionKey == partition && e.RowKey.CompareTo(lower) >= 0 && e.RowKey.CompareTo(upper) < 0,
            cancellationToken: cancellationToken).ConfigureAwait(false))
        {
            var state = RoundStateJson.Deserialize(entity.StateJson, []);
            if (state.CreatedAt >= since) matching.Add((entity, state));
        }

        var rounds = new List<StoredRound>();
        foreach (var (entity, state) in matching.OrderBy(m => m.State.CreatedAt).TakeLast(MaxListedRounds))
        {
            var contributions = await ContributionsAsync(table, partition, state.SessionId, cancellationToken).ConfigureAwait(false);
            rounds.Add(ToStored(entity, state with { Contributions = contributions }));
        }
        return rounds;
    }

    public async Task<string?> GetActiveRoundIdAsync(string partition, CancellationToken cancellationToken)
    {
        var table = await store.GetTableAsync(TableNames.IntervisieRounds, cancellationToken).ConfigureAwait(false);
        var found = await table.GetEntityIfExistsAsync<ActiveRoundEntity>(partition, RoundKeys.ActiveRowKey, cancellationToken: cancellationToken).ConfigureAwait(false);
        return found.HasValue && found.Value is { } marker ? marker.RoundId : null;
    }

    /// <summary>
    /// Stores a new round and claims the conversation for it. Returns null when the conversation already has an active
    /// round (nothing stored); otherwise the stored round.
    /// </summary>
    public async Task<StoredRound?> CreateAsync(RoundEntity meta, RoundState state, CancellationToken cancellationToken)
    {
        var table = await store.GetTableAsync(TableNames.IntervisieRounds, cancellationToken).ConfigureAwait(false);
        try
        {
            await table.AddEntityAsync(new ActiveRoundEntity { PartitionKey = meta.PartitionKey, RowKey = RoundKeys.ActiveRowKey, RoundId = state.SessionId }, cancellationToken).ConfigureAwait(false);
        }
        catch (RequestFailedException ex) when (ex.Status == 409)
        {
            return null;
        }

        meta.RowKey = RoundKeys.Round(state.SessionId);
        meta.RoundId = state.SessionId;
        Stamp(meta, state);
        try
        {
            var response = await table.AddEntityAsync(meta, cancellationToken).ConfigureAwait(false);
            meta.ETag = response.Headers.ETag ?? default;
        }
        catch
        {
            await table.DeleteEntityAsync(meta.PartitionKey, RoundKeys.ActiveRowKey, ETag.All, CancellationToken.None).ConfigureAwait(false);
            throw;
        }

        return ToStored(meta, state);
    }

    /// <summary>Replaces the round's state if nobody changed it since it was loaded; null on a conflict (412).</summary>
    public async Task<StoredRound?> TryReplaceAsync(StoredRound stored, RoundState next, CancellationToken cancellationToken)
    {
        var table = await store.GetTableAsync(TableNames.IntervisieRounds, cancellationToken).ConfigureAwait(false);
        var entity = ToEntity(stored);
        Stamp(entity, next);
        try
        {
            var response = await table.UpdateEntityAsync(entity, stored.ETag, TableUpdateMode.Replace, cancellationToken).ConfigureAwait(false);
            return stored with { State = next, ETag = response.Headers.ETag ?? default };
        }
        catch (RequestFailedException ex) when (ex.Status == 412)
        {
            return null;
        }
    }

    /// <summary>
    /// Writes one contribution row. One-answer phases replace the member's answer (upsert); other phases insert, and a
    /// 409 (that slot was taken meanwhile) returns false so the caller decides again.
    /// </summary>
    public async Task<bool> TryWriteContributionAsync(string partition, string roundId, Contribution contribution, bool replace, CancellationToken cancellationToken)
    {
        var table = await store.GetTableAsync(TableNames.IntervisieRounds, cancellationToken).ConfigureAwait(false);
        var row = new ContributionEntity
        {
            PartitionKey = partition,
            RowKey = RoundKeys.Contribution(roundId, contribution.Id),
            RoundId = roundId,
            ContributionId = contribution.Id,
            PhaseIndex = contribution.PhaseIndex,
            PhaseId = contribution.PhaseId,
            AuthorId = contribution.AuthorId,
            Sequence = contribution.Sequence,
            Text = contribution.Text,
            ChoiceOptionId = contribution.ChoiceOptionId,
            At = contribution.At,
        };
        if (replace)
        {
            await table.UpsertEntityAsync(row, TableUpdateMode.Replace, cancellationToken).ConfigureAwait(false);
            return true;
        }

        try
        {
            await table.AddEntityAsync(row, cancellationToken).ConfigureAwait(false);
            return true;
        }
        catch (RequestFailedException ex) when (ex.Status == 409)
        {
            return false;
        }
    }

    /// <summary>Remembers the activity id of the round card (a merge of that one property; the state keeps its own ETag discipline).</summary>
    public async Task SetCardActivityIdAsync(string partition, string roundId, string activityId, CancellationToken cancellationToken)
    {
        var table = await store.GetTableAsync(TableNames.IntervisieRounds, cancellationToken).ConfigureAwait(false);
        var patch = new TableEntity(partition, RoundKeys.Round(roundId)) { [nameof(RoundEntity.CardActivityId)] = activityId };
        await table.UpdateEntityAsync(patch, ETag.All, TableUpdateMode.Merge, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Frees the conversation for a new round, if the marker still points at this one.</summary>
    public async Task ReleaseActiveAsync(string partition, string roundId, CancellationToken cancellationToken)
    {
        var table = await store.GetTableAsync(TableNames.IntervisieRounds, cancellationToken).ConfigureAwait(false);
        var found = await table.GetEntityIfExistsAsync<ActiveRoundEntity>(partition, RoundKeys.ActiveRowKey, cancellationToken: cancellationToken).ConfigureAwait(false);
        if (!found.HasValue || found.Value is not { } marker || marker.RoundId != roundId) return;
        try
        {
            await table.DeleteEntityAsync(partition, RoundKeys.ActiveRowKey, marker.ETag, cancellationToken).ConfigureAwait(false);
        }
        catch (RequestFailedException ex) when (ex.Status is 404 or 412)
        {
            // Someone else already released or replaced it.
        }
    }

    public async Task AddRotationAsync(string teamPartition, string roundId, string inbrengerId, string gespreksleiderId, DateTimeOffset at, CancellationToken cancellationToken)
    {
        var table = await store.GetTableAsync(TableNames.IntervisieRotation, cancellationToken).ConfigureAwait(false);
        await table.UpsertEntityAsync(new RotationEntity
        {
            PartitionKey = teamPartition,
            RowKey = TableKeys.InvertedTicks(at) + "|" + roundId,
            RoundId = roundId,
            InbrengerId = inbrengerId,
            GespreksleiderId = gespreksleiderId,
            At = at,
        }, TableUpdateMode.Replace, cancellationToken).ConfigureAwait(false);
    }

    public async Task<IReadOnlyList<RotationHistoryEntry>> GetRotationAsync(string teamPartition, CancellationToken cancellationToken)
    {
        var table = await store.GetTableAsync(TableNames.IntervisieRotation, cancellationToken).ConfigureAwait(false);
        var history = new List<RotationHistoryEntry>();
        await foreach (var entity in table.QueryAsync<RotationEntity>(e => e.PartitionKey == teamPartition, cancellationToken: cancellationToken).ConfigureAwait(false))
        {
            history.Add(new RotationHistoryEntry(entity.InbrengerId, entity.GespreksleiderId, entity.At));
            if (history.Count >= MaxRotationEntries) break;
        }

        return history;
    }

    /// <summary>The rotation entries (all teams) in which <paramref name="userKey"/> brought the casus or chaired, for their export.</summary>
    public async Task<IReadOnlyList<RotationEntity>> RotationOfAsync(string userKey, CancellationToken cancellationToken)
    {
        var table = await store.GetTableAsync(TableNames.IntervisieRotation, cancellationToken).ConfigureAwait(false);
        var rows = new List<RotationEntity>();
        await foreach (var entity in table.QueryAsync<RotationEntity>(e => e.InbrengerId == userKey || e.GespreksleiderId == userKey, cancellationToken: cancellationToken).ConfigureAwait(false))
            rows.Add(entity);
        return rows;
    }

    private static async Task<IReadOnlyList<Contribution>> ContributionsAsync(TableClient table, string partition, string roundId, CancellationToken cancellationToken)
    {
        var (lower, upper) = ContributionRange(roundId);
        var contributions = new List<Contribution>();
        await foreach (var row in table.QueryAsync<ContributionEntity>(
            e => e.PartitionKey == partition && e.RowKey.CompareTo(lower) >= 0 && e.RowKey.CompareTo(upper) < 0,
            cancellationToken: cancellationToken).ConfigureAwait(false))
        {
            contributions.Add(new Contribution(row.ContributionId, row.PhaseIndex, row.PhaseId, row.AuthorId, row.Sequence, row.Text, row.ChoiceOptionId, row.At));
        }

        return Ordered(contributions);
    }

    /// <summary>The row keys of a round's contributions: from <c>lower</c> (inclusive) to <c>upper</c> (exclusive).</summary>
    private static (string Lower, string Upper) ContributionRange(string roundId)
    {
        var prefix = RoundKeys.ContributionPrefix(roundId);
        return (prefix, prefix[..^1] + (char)(prefix[^1] + 1));
    }

    private static IReadOnlyList<Contribution> Ordered(List<Contribution> contributions) =>
        [.. contributions.OrderBy(c => c.At).ThenBy(c => c.Id, StringComparer.Ordinal)];

    /// <summary>
    /// A row of <see cref="LoadAsync"/>'s one query: the round row (as the <see cref="RoundEntity"/> it is) or one of its
    /// contribution rows (the properties of <see cref="ContributionEntity"/> besides the shared keys and round id).
    /// </summary>
    private sealed class RoundOrContributionRow : RoundEntity
    {
        public string ContributionId { get; set; } = "";
        public int PhaseIndex { get; set; }
        public string PhaseId { get; set; } = "";
        public string AuthorId { get; set; } = "";
        public int Sequence { get; set; }
        public string? Text { get; set; }
        public string? ChoiceOptionId { get; set; }
        public DateTimeOffset At { get; set; }

        public Contribution ToContribution() => new(ContributionId, PhaseIndex, PhaseId, AuthorId, Sequence, Text, ChoiceOptionId, At);
    }

    private static void Stamp(RoundEntity entity, RoundState state)
    {
        entity.StateJson = RoundStateJson.Serialize(state);
        entity.Status = state.Status.ToString();
        entity.Version = state.Version;
    }

    private static RoundEntity ToEntity(StoredRound stored) => new()
    {
        PartitionKey = stored.Partition,
        RowKey = RoundKeys.Round(stored.RoundId),
        RoundId = stored.RoundId,
        TenantId = stored.TenantId,
        ConversationId = stored.ConversationId,
        TeamPartition = stored.TeamPartition,
        ServiceUrl = stored.ServiceUrl,
        BotId = stored.BotId,
        Locale = stored.Locale,
        CardActivityId = stored.CardActivityId,
        MembersJson = RoundStateJson.SerializeMembers(stored.MemberMris),
    };

    private static StoredRound ToStored(RoundEntity entity, RoundState state) => new(
        entity.PartitionKey,
        state,
        entity.TenantId,
        entity.ConversationId,
        entity.TeamPartition,
        entity.ServiceUrl,
        entity.BotId,
        entity.Locale,
        entity.CardActivityId,
        RoundStateJson.DeserializeMembers(entity.MembersJson),
        entity.ETag);
}
