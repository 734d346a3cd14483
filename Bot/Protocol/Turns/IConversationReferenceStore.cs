namespace IntervisieBot.Protocol.Turns;

/// <summary>The team/conversation registry, updated from every authenticated activity.</summary>
public interface IConversationReferenceStore
{
    Task UpsertAsync(ConversationReference reference, CancellationToken cancellationToken);
    Task<ConversationReference?> GetAsync(string tenantId, string conversationId, CancellationToken cancellationToken);

    /// <summary>Forgets a conversation (a person's personal chat on "verwijder mijn gegevens"); true when it was stored.</summary>
    Task<bool> DeleteAsync(string tenantId, string conversationId, CancellationToken cancellationToken);
}
