using IntervisieBot.Protocol.Schema;

namespace IntervisieBot.Features.Shared;

/// <summary>
/// The team an activity belongs to: the Teams team (for channel conversations) or the group chat. Personal chats have
/// no team scope. Derived only from the authenticated activity, never from card data.
/// </summary>
/// <param name="RosterConversationId">Where the member list is read: the team id, or the group chat id.</param>
public sealed record TeamScope(string TenantId, string TeamKey, string RosterConversationId)
{
    public string PartitionKey => Storage.TableKeys.Encode(TenantId + "|" + TeamKey);

    public static TeamScope? From(Activity activity)
    {
        var conversation = activity.Conversation;
        if (conversation?.Id is null || conversation.ConversationType is "personal" || (conversation.ConversationType is null && conversation.IsGroup != true))
            return null;
        var tenant = activity.TenantId ?? "";
        if (activity.TeamId is { Length: > 0 } teamId) return new TeamScope(tenant, teamId, teamId);
        var chatId = ThreadRoot(conversation.Id);
        return new TeamScope(tenant, chatId, chatId);
    }

    /// <summary>A channel thread's conversation id carries <c>;messageid=…</c>; the scope is the conversation itself.</summary>
    public static string ThreadRoot(string conversationId)
    {
        var marker = conversationId.IndexOf(";messageid=", StringComparison.OrdinalIgnoreCase);
        return marker < 0 ? conversationId : conversationId[..marker];
    }

    /// <summary>The stable key of a user: the Entra object id when Teams sends it, otherwise the bot-specific user id.</summary>
    public static string UserKey(ChannelAccount? account) =>
        !string.IsNullOrWhiteSpace(account?.AadObjectId) ? account!.AadObjectId! : account?.Id ?? "";
}
