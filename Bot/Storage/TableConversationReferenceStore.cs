using Azure.Data.Tables;
using IntervisieBot.Protocol.Connector;
using IntervisieBot.Protocol.Turns;

namespace IntervisieBot.Storage;

/// <summary>
/// Conversation references, one partition per tenant. Reading one never trusts its serviceUrl (a stored URL never widens
/// where the bot's token may go; see docs/security.md). Written only when new or changed (this instance remembers what it
/// wrote), so a message in a known conversation costs no storage request here.
/// </summary>
public sealed class TableConversationReferenceStore(TableStore store) : IConversationReferenceStore
{
    private readonly InstanceMemory<(string Tenant, string Conversation), ConversationReference> _written = new(TimeProvider.System, TimeSpan.MaxValue);

    public async Task UpsertAsync(ConversationReference reference, CancellationToken cancellationToken)
    {
        var key = (reference.TenantId, reference.ConversationId);
        if (_written.TryGet(key, out var known) && known == reference with { UpdatedAt = known.UpdatedAt }) return;
        var table = await store.GetTableAsync(TableNames.Conversations, cancellationToken).ConfigureAwait(false);
        var entity = new ConversationReferenceEntity
        {
            PartitionKey = TableKeys.Encode(reference.TenantId),
            RowKey = TableKeys.Encode(reference.ConversationId),
            TenantId = reference.TenantId,
            ConversationId = reference.ConversationId,
            ConversationType = reference.ConversationType,
            ServiceUrl = reference.ServiceUrl,
            BotId = reference.BotId,
            BotName = reference.BotName,
            TeamId = reference.TeamId,
            TeamName = reference.TeamName,
            UpdatedAt = reference.UpdatedAt,
        };
        await table.UpsertEntityAsync(entity, TableUpdateMode.Replace, cancellationToken).ConfigureAwait(false);
        _written.Remember(key, reference);
    }

    public async Task<ConversationReference?> GetAsync(string tenantId, string conversationId, CancellationToken cancellationToken)
    {
        var table = await store.GetTableAsync(TableNames.Conversations, cancellationToken).ConfigureAwait(false);
        var found = await table.GetEntityIfExistsAsync<ConversationReferenceEntity>(
            TableKeys.Encode(tenantId), TableKeys.Encode(conversationId), cancellationToken: cancellationToken).ConfigureAwait(false);
        if (!found.HasValue || found.Value is not { } e) return null;
        return new ConversationReference(e.TenantId, e.ConversationId, e.ConversationType, e.ServiceUrl, e.BotId, e.BotName, e.TeamId, e.TeamName, e.UpdatedAt);
    }

    public async Task<bool> DeleteAsync(string tenantId, string conversationId, CancellationToken cancellationToken)
    {
        _written.Forget((tenantId, conversationId)); // the next message records it again
        var table = await store.GetTableAsync(TableNames.Conversations, cancellationToken).ConfigureAwait(false);
        var response = await table.DeleteEntityAsync(TableKeys.Encode(tenantId), TableKeys.Encode(conversationId), Azure.ETag.All, cancellationToken).ConfigureAwait(false);
        return response.Status != 404; // the SDK answers a missing row with its 404, not an exception
    }
}
