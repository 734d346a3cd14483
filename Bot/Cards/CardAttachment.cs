using IntervisieBot.Protocol.Schema;

namespace IntervisieBot.Cards;

/// <summary>Wraps a card as an activity attachment.</summary>
public static class CardAttachment
{
    /// <summary>
    /// An attachment of type <c>application/vnd.microsoft.card.adaptive</c> whose content is the card already
    /// serialized to JSON, so what is sent is exactly what was validated and measured — and kept under Teams' limit
    /// (<see cref="CardFitter"/>).
    /// </summary>
    public static Attachment Create(AdaptiveCard card)
    {
        ArgumentNullException.ThrowIfNull(card);
        return new Attachment
        {
            ContentType = Attachment.AdaptiveCardContentType,
            Content = CardFitter.Fit(card),
        };
    }
}
