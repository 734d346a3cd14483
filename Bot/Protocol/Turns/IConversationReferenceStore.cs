namespace IntervisieBot.Protocol.Turns;

/// <summary>The team/conversation registry, updated from every authenticated activity.</summary>
public interface IConversationReferenceStore
{
    Task UpsertAsync(ConversationReference reference, CancellationToken cancellationToken);
    Task<ConversationReference?> GetAsync(string tenantId, string conversationId, CancellationToken cancellationToken);
}
