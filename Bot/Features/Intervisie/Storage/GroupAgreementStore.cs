using Azure;
using Azure.Data.Tables;
using IntervisieBot.Storage;

namespace IntervisieBot.Features.Intervisie.Storage;

/// <summary>
/// The group agreement (issue 17 item 11): who confirmed it, once per person per conversation. The first confirmation
/// stays (a second click changes nothing). Personal data: <c>mijn gegevens</c> counts and deletes a person's rows.
/// </summary>
public sealed class GroupAgreementStore(TableStore store)
{
    /// <summary>Whether anyone confirmed the agreement in this conversation: if not, the group is new and its round asks.</summary>
    public async Task<bool> AnyInAsync(string partition, CancellationToken cancellationToken)
    {
        var table = await TableAsync(cancellationToken).ConfigureAwait(false);
        await foreach (var _ in table.QueryAsync<GroupAgreementEntity>(e => e.PartitionKey == partition, maxPerPage: 1, select: ["RowKey"], cancellationToken: cancellationToken).ConfigureAwait(false))
            return true;
        return false;
    }

    public async Task<bool> HasConfirmedAsync(string partition, string userKey, CancellationToken cancellationToken)
    {
        var table = await TableAsync(cancellationToken).ConfigureAwait(false);
        var row = await table.GetEntityIfExistsAsync<GroupAgreementEntity>(partition, TableKeys.Encode(userKey), ["RowKey"], cancellationToken).ConfigureAwait(false);
        return row.HasValue;
    }

    /// <summary>Stores the confirmation once; returns false when it was already there.</summary>
    public async Task<bool> ConfirmAsync(string partition, string userKey, DateTimeOffset at, CancellationToken cancellationToken)
    {
        var table = await TableAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            await table.AddEntityAsync(new GroupAgreementEntity { PartitionKey = partition, RowKey = TableKeys.Encode(userKey), ConfirmedAt = at }, cancellationToken).ConfigureAwait(false);
            return true;
        }
        catch (RequestFailedException ex) when (ex.Status == 409)
        {
            return false;
        }
    }

    /// <summary>How many groups' agreements <paramref name="userKey"/> confirmed.</summary>
    public async Task<int> CountForAsync(string userKey, CancellationToken cancellationToken) =>
        (await RowsForAsync(userKey, cancellationToken).ConfigureAwait(false)).Count;

    /// <summary>Every confirmation of <paramref name="userKey"/> (conversation partition and moment), for their export.</summary>
    public async Task<IReadOnlyList<GroupAgreementEntity>> ListForAsync(string userKey, CancellationToken cancellationToken) =>
        await RowsForAsync(userKey, cancellationToken).ConfigureAwait(false);

    /// <summary>Deletes every confirmation of <paramref name="userKey"/>; returns how many.</summary>
    public async Task<int> EraseForAsync(string userKey, CancellationToken cancellationToken)
    {
        var table = await TableAsync(cancellationToken).ConfigureAwait(false);
        var rows = await RowsForAsync(userKey, cancellationToken).ConfigureAwait(false);
        foreach (var row in rows)
            await table.DeleteEntityAsync(row.PartitionKey, row.RowKey, ETag.All, cancellationToken).ConfigureAwait(false);
        return rows.Count;
    }

    private async Task<List<GroupAgreementEntity>> RowsForAsync(string userKey, CancellationToken cancellationToken)
    {
        var table = await TableAsync(cancellationToken).ConfigureAwait(false);
        var rowKey = TableKeys.Encode(userKey);
        var rows = new List<GroupAgreementEntity>();
        await foreach (var row in table.QueryAsync<GroupAgreementEntity>(e => e.RowKey == rowKey, select: ["PartitionKey", "RowKey", nameof(GroupAgreementEntity.ConfirmedAt)], cancellationToken: cancellationToken).ConfigureAwait(false))
            rows.Add(row);
        return rows;
    }

    private Task<TableClient> TableAsync(CancellationToken cancellationToken) => store.GetTableAsync(TableNames.IntervisieAgreements, cancellationToken);
}
