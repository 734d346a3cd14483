using IntervisieBot.Cards;
using IntervisieBot.Protocol.Schema;
using IntervisieBot.Protocol.Turns;

namespace IntervisieBot.Features.Teams;

public static class TurnReplyExtensions
{
    /// <summary>Posts a card into the conversation the turn came from.</summary>
    public static Task<ResourceResponse> SendCardAsync(this TurnContext turn, AdaptiveCard card, CancellationToken cancellationToken) =>
        turn.SendAsync(turn.CreateReply(attachments: [CardAttachment.Create(card)]), cancellationToken);
}
