using IntervisieBot.Features.Shared;
using IntervisieBot.Storage;

namespace IntervisieBot.Features.Intervisie.Storage;

/// <summary>
/// Row keys of the rounds table. Everything of a conversation (channel or group chat) shares one partition derived from
/// the activity's tenant and conversation, so a round can only be found from the conversation it belongs to.
/// </summary>
public static class RoundKeys
{
    public const string ActiveRowKey = "active";

    /// <summary>The raw key stored in the round state: tenant plus the conversation without a thread suffix.</summary>
    public static string ConversationKey(string tenantId, string conversationId) => tenantId + "|" + TeamScope.ThreadRoot(conversationId);

    public static string Partition(string tenantId, string conversationId) => TableKeys.Encode(ConversationKey(tenantId, conversationId));

    public static string Round(string roundId) => "r|" + roundId;

    public static string ContributionPrefix(string roundId) => "c|" + roundId + "|";

    public static string Contribution(string roundId, string contributionId) => ContributionPrefix(roundId) + TableKeys.Encode(contributionId);

    /// <summary>Round ids are ours (<c>Guid "N"</c>); anything else in card data is refused before storage is touched.</summary>
    public static bool IsRoundId(string? value) =>
        value is { Length: 32 } && Guid.TryParseExact(value, "N", out _);
}
