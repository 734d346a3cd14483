using IntervisieBot.Cards;
using IntervisieBot.Cards.Common;
using IntervisieBot.Localization;
using IntervisieBot.Protocol.Schema;
using IntervisieBot.Protocol.Turns;

namespace IntervisieBot.Features.Teams.Help;

/// <summary>A failed turn becomes the friendly error card (with the activity id as reference), never exception text.</summary>
public sealed class TeamsErrorResponder : ITurnErrorResponder
{
    public async Task<InvokeResponse?> RespondAsync(TurnContext turn, bool isInvoke, CancellationToken cancellationToken)
    {
        var culture = turn.Culture();
        var card = ErrorCard.Create(culture, turn.Activity.Id);
        if (isInvoke)
        {
            return turn.Activity.Name == InvokeNames.AdaptiveCardAction
                ? new InvokeResponse(200, new UniversalActionResponse(200, TurnDispatcher.CardContentType, CardJson.ToElement(card)))
                : new InvokeResponse(500);
        }
        await turn.SendAsync(turn.CreateReply(attachments: [CardAttachment.Create(card)]), cancellationToken).ConfigureAwait(false);
        return null;
    }
}
