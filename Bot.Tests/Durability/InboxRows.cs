using System.Security.Claims;
using System.Text.Json;
using Azure.Data.Tables;
using IntervisieBot.Protocol.Turns;
using IntervisieBot.Storage;
using IntervisieBot.Tests.Infrastructure;
using Microsoft.Extensions.Options;

namespace IntervisieBot.Tests.Durability;

/// <summary>
/// The inbox of a bot under test as another instance sees it: rows an instance that crashed left behind (admitted with its
/// own name and lease, never finished), and the stored rows themselves.
/// </summary>
public sealed class InboxRows(string connectionString, string tablePrefix)
{
    private readonly TableClient _table = new TableServiceClient(connectionString).GetTableClient(tablePrefix + TableNames.Inbox);

    /// <summary>Stores <paramref name="activity"/> as an instance that then crashed would have: received, leased for <paramref name="lease"/>.</summary>
    public async Task LeftBehindByCrashedInstanceAsync(Dictionary<string, object?> activity, TimeSpan lease)
    {
        var store = new TableStore(new TableServiceClient(connectionString), Options.Create(new TableStorageOptions { TablePrefix = tablePrefix }));
        var inbox = new TableActivityInbox(store, Options.Create(new TurnOptions { InstanceId = "crashed-instance", InboxLease = lease }), TimeProvider.System);
        var conversation = JsonSerializer.SerializeToElement(activity["conversation"]).GetProperty("id").GetString()!;
        var admission = await inbox.AdmitAsync(new InboxEnvelope(conversation, (string)activity["id"]!, (string?)activity["type"],
            JsonSerializer.SerializeToUtf8Bytes(activity), new ClaimsIdentity()), CancellationToken.None);
        Assert.Equal(InboxVerdict.Admitted, admission.Verdict);
    }

    public async Task<TableEntity> GetAsync(string conversationId, string activityId) =>
        (await _table.GetEntityAsync<TableEntity>(TableKeys.Encode(conversationId), TableKeys.Encode(activityId))).Value;

    /// <summary>Every row (status and ids), for assertions after a crash.</summary>
    public async Task<IReadOnlyList<TableEntity>> AllAsync()
    {
        var rows = new List<TableEntity>();
        await foreach (var row in _table.QueryAsync<TableEntity>(select: ["PartitionKey", "RowKey", "InboxStatus", "Attempts"])) rows.Add(row);
        return rows;
    }
}
