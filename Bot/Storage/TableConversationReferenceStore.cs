using Azure.Data.Tables;
using IntervisieBot.Protocol.Connector;
using IntervisieBot.Protocol.Turns;

namespace IntervisieBot.Storage;

/// <summary>Conversation references, one partition per tenant. Reading one re-trusts its serviceUrl: it was stored from an authenticated activity.</summary>
public sealed class TableConversationReferenceStore(TableStore store) : IConversationReferenceStore
{
    public async Task UpsertAsync(ConversationReference reference, CancellationToken cancellationToken)
    {
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
    }

    public async Task<ConversationReference?> GetAsync(string tenantId, string conversationId, CancellationToken cancellationToken)
    {
        var table = await store.GetTableAsync(TableNames.Conversations, cancellationToken).ConfigureAwait(false);
        var found = await table.GetEntityIfExistsAsync<ConversationReferenceEntity>(
            TableKeys.Encode(tenantId), TableKeys.Encode(conversationId), cancellationToken: cancellationToken).ConfigureAwait(false);
        if (!found.HasValue || found.Value is not { } e) return null;
        return new ConversationReference(e.TenantId, e.ConversationId, e.ConversationType, e.ServiceUrl, e.BotId, e.BotName, e.TeamId, e.TeamName, e.UpdatedAt);
    }
}
