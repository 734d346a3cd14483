using IntervisieBot.Protocol.Turns;

namespace IntervisieBot.Cards;

/// <summary>Fits the Adaptive Cards that card actions return (<see cref="CardFitter"/>); anything else leaves unchanged.</summary>
public sealed class ReplyCardFitter : IReplyCardFitter
{
    public object Fit(object card) => card is AdaptiveCard adaptive ? CardFitter.Fit(adaptive) : card;
}
