namespace IntervisieBot.Protocol.Turns;

/// <summary>
/// Shapes the card a card action returns before it leaves (the invoke response, or the reply/update of an Action.Submit
/// fallback), so the app can keep it within what Teams shows. The protocol layer knows no card schema; with none
/// registered the card leaves as the handler returned it.
/// </summary>
public interface IReplyCardFitter
{
    object Fit(object card);
}
