using Azure;
using Azure.Data.Tables;
using IntervisieBot.Storage;

namespace IntervisieBot.Features.Intervisie.Storage;

/// <summary>
/// Removes the texts of rounds: everything (casus and contributions) of rounds that ended long enough ago (retention),
/// or one person's contributions and casus (the right to erasure). The round row itself stays (dates, method, status:
/// the counts the teamleider's overview needs), without texts.
/// </summary>
public sealed class RoundTextEraser(TableStore store)
{
    /// <summary>Closed rounds that ended before <paramref name="cutoff"/> and still hold texts; returns the number of rows removed or cleaned.</summary>
    public async Task<int> PurgeClosedBeforeAsync(DateTimeOffset cutoff, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var table = await store.GetTableAsync(TableNames.IntervisieRounds, cancellationToken).ConfigureAwait(false);
        var closed = nameof(Domain.RoundStatus.Closed);
        var due = new List<RoundEntity>();
        await foreach (var round in table.QueryAsync<RoundEntity>(e => e.Status == closed && e.TextsPurgedAt == null, cancellationToken: cancellationToken).ConfigureAwait(false))
        {
            if (!round.RowKey.StartsWith(RoundKeys.Round(""), StringComparison.Ordinal)) continue;
            var state = RoundStateJson.Deserialize(round.StateJson, []);
            if (state.ClosedAt is { } closedAt && closedAt < cutoff) due.Add(round);
        }
        var removed = 0;
        foreach (var round in due)
        {
            removed += await DeleteContributionsAsync(table, round.PartitionKey, round.RoundId, _ => true, cancellationToken).ConfigureAwait(false);
            if (await ClearCasusAsync(table, round, now, markPurged: true, cancellationToken).ConfigureAwait(false)) removed++;
        }
        return removed;
    }

    /// <summary>How many contributions <paramref name="userKey"/> wrote and how many casus they brought in (texts still held).</summary>
    public async Task<(int Contributions, int Casus)> CountForAsync(string userKey, CancellationToken cancellationToken)
    {
        var table = await store.GetTableAsync(TableNames.IntervisieRounds, cancellationToken).ConfigureAwait(false);
        var contributions = 0;
        await foreach (var _ in table.QueryAsync<ContributionEntity>(e => e.AuthorId == userKey, select: ["RowKey"], cancellationToken: cancellationToken).ConfigureAwait(false))
            contributions++;
        var casus = (await RoundsBroughtInByAsync(table, userKey, cancellationToken).ConfigureAwait(false)).Count;
        return (contributions, casus);
    }

    /// <summary>The contributions <paramref name="userKey"/> wrote and the casus they brought in (texts still held), for their export.</summary>
    public async Task<(IReadOnlyList<ContributionEntity> Contributions, IReadOnlyList<(string RoundId, Domain.Casus Casus)> Casus)> ListForAsync(string userKey, CancellationToken cancellationToken)
    {
        var table = await store.GetTableAsync(TableNames.IntervisieRounds, cancellationToken).ConfigureAwait(false);
        var contributions = new List<ContributionEntity>();
        await foreach (var row in table.QueryAsync<ContributionEntity>(e => e.AuthorId == userKey, cancellationToken: cancellationToken).ConfigureAwait(false))
            contributions.Add(row);
        var casus = (await RoundsBroughtInByAsync(table, userKey, cancellationToken).ConfigureAwait(false))
            .Select(r => (r.RoundId, RoundStateJson.Deserialize(r.StateJson, []).Casus!)).ToList();
        return (contributions, casus);
    }

    /// <summary>Deletes one person's contributions and the casus texts they brought in; returns the counts removed.</summary>
    public async Task<(int Contributions, int Casus)> EraseForAsync(string userKey, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var table = await store.GetTableAsync(TableNames.IntervisieRounds, cancellationToken).ConfigureAwait(false);
        var rows = new List<ContributionEntity>();
        await foreach (var row in table.QueryAsync<ContributionEntity>(e => e.AuthorId == userKey, cancellationToken: cancellationToken).ConfigureAwait(false))
            rows.Add(row);
        foreach (var row in rows)
            await table.DeleteEntityAsync(row.PartitionKey, row.RowKey, ETag.All, cancellationToken).ConfigureAwait(false);
        var casus = 0;
        foreach (var round in await RoundsBroughtInByAsync(table, userKey, cancellationToken).ConfigureAwait(false))
        {
            if (await ClearCasusAsync(table, round, now, markPurged: false, cancellationToken).ConfigureAwait(false)) casus++;
        }
        return (rows.Count, casus);
    }

    private static async Task<List<RoundEntity>> RoundsBroughtInByAsync(TableClient table, string userKey, CancellationToken cancellationToken)
    {
        var rounds = new List<RoundEntity>();
        await foreach (var round in table.QueryAsync<RoundEntity>(e => e.TextsPurgedAt == null && e.StateJson != "", cancellationToken: cancellationToken).ConfigureAwait(false))
        {
            if (!round.RowKey.StartsWith(RoundKeys.Round(""), StringComparison.Ordinal)) continue;
            var state = RoundStateJson.Deserialize(round.StateJson, []);
            if (state.InbrengerId == userKey && state.Casus is not null) rounds.Add(round);
        }
        return rounds;
    }

    private static async Task<int> DeleteContributionsAsync(TableClient table, string partition, string roundId, Func<ContributionEntity, bool> which, CancellationToken cancellationToken)
    {
        var prefix = RoundKeys.ContributionPrefix(roundId);
        var upper = prefix[..^1] + (char)(prefix[^1] + 1);
        var rows = new List<ContributionEntity>();
        await foreach (var row in table.QueryAsync<ContributionEntity>(
            e => e.PartitionKey == partition && e.RowKey.CompareTo(prefix) >= 0 && e.RowKey.CompareTo(upper) < 0, cancellationToken: cancellationToken).ConfigureAwait(false))
        {
            if (which(row)) rows.Add(row);
        }
        foreach (var row in rows)
            await table.DeleteEntityAsync(row.PartitionKey, row.RowKey, ETag.All, cancellationToken).ConfigureAwait(false);
        return rows.Count;
    }

    /// <summary>Removes the casus text from the round row (ETag-checked; retried once on a concurrent change).</summary>
    private static async Task<bool> ClearCasusAsync(TableClient table, RoundEntity round, DateTimeOffset now, bool markPurged, CancellationToken cancellationToken)
    {
        for (var attempt = 0; attempt < 3; attempt++)
        {
            var state = RoundStateJson.Deserialize(round.StateJson, []);
            if (state.Casus is null && !markPurged) return false;
            round.StateJson = RoundStateJson.Serialize(state with { Casus = null });
            if (markPurged) round.TextsPurgedAt = now;
            try
            {
                await table.UpdateEntityAsync(round, round.ETag, TableUpdateMode.Replace, cancellationToken).ConfigureAwait(false);
                return state.Casus is not null;
            }
            catch (RequestFailedException ex) when (ex.Status == 412)
            {
                round = (await table.GetEntityAsync<RoundEntity>(round.PartitionKey, round.RowKey, cancellationToken: cancellationToken).ConfigureAwait(false)).Value;
            }
        }
        return false;
    }
}
