using IntervisieBot.Cards;
using IntervisieBot.Protocol.Schema;
using IntervisieBot.Protocol.Turns;

namespace IntervisieBot.Features.Shared;

public static class TurnReplyExtensions
{
    /// <summary>Posts a card into the conversation the turn came from.</summary>
    public static Task<ResourceResponse> SendCardAsync(this TurnContext turn, AdaptiveCard card, CancellationToken cancellationToken) =>
        turn.SendAsync(turn.CreateReply(attachments: [CardAttachment.Create(card)]), cancellationToken);

    /// <summary>
    /// Sends a card to <paramref name="userId"/>'s 1:1 chat with the bot (created, or found, with their id and the tenant).
    /// Returns false when the connector created no conversation.
    /// </summary>
    public static Task<bool> SendCardToPersonalChatAsync(this TurnContext turn, string userId, AdaptiveCard card, CancellationToken cancellationToken) =>
        PrivateCard.SendToPersonalChatAsync(turn.Connector, PrivateCardAddress.For(turn, userId), card, cancellationToken);

    /// <summary>
    /// Sends each attachment as its own message to <paramref name="userId"/>'s 1:1 chat with the bot (created, or found, with
    /// their id and the tenant), e.g. file consent cards, which Teams shows only there. False when no conversation was created.
    /// </summary>
    public static Task<bool> SendToPersonalChatAsync(this TurnContext turn, string userId, IReadOnlyList<Attachment> attachments, CancellationToken cancellationToken) =>
        PrivateCard.SendToPersonalChatAsync(turn.Connector, PrivateCardAddress.For(turn, userId), attachments, cancellationToken);
}
