namespace IntervisieBot.Cards;

/// <summary>
/// Card sizes. Limits read "KB" as 1000 bytes (the stricter reading). The hard limits count UTF-16 bytes of the JSON: 80 KB
/// is our ceiling for a bot message (Teams rejects over 100 KB with 413 MessageSizeTooBig), 28 KB for a messaging-extension
/// result card. What Teams shows of a message or card response is about 28 KB of the activity on the wire (UTF-8): every card
/// the bot sends or returns is kept under <see cref="ReplyCardLimitBytes"/> by <see cref="CardFitter"/>.
/// </summary>
public static class CardSize
{
    public const int MessageLimitBytes = 80_000;
    public const int MessagingExtensionLimitBytes = 28_000;

    /// <summary>
    /// What Teams shows of a bot message or card response: about 28 KB for the whole activity, counted as the UTF-8 bytes of
    /// its JSON on the wire (<see cref="Utf8Bytes"/>).
    /// </summary>
    public const int TeamsMessageLimitBytes = 28_000;

    /// <summary>
    /// The budget of one card the bot sends or returns, in UTF-8 bytes (see <see cref="CardFitter"/>): Teams' 28 KB minus room
    /// for the activity around it (ids, service URL, conversation, the invoke response's envelope).
    /// </summary>
    public const int ReplyCardLimitBytes = TeamsMessageLimitBytes - 3_000;

    public static int Utf16Bytes(AdaptiveCard card) => CardJson.Serialize(card).Length * sizeof(char);

    /// <summary>UTF-8 bytes of the card's wire JSON (what <see cref="TeamsMessageLimitBytes"/> counts).</summary>
    public static int Utf8Bytes(AdaptiveCard card) => System.Text.Encoding.UTF8.GetByteCount(CardJson.Serialize(card));

    public static bool FitsMessage(AdaptiveCard card) => Utf16Bytes(card) <= MessageLimitBytes;

    public static bool FitsMessagingExtension(AdaptiveCard card) => Utf16Bytes(card) <= MessagingExtensionLimitBytes;
}
