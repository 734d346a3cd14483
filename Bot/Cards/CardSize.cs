namespace IntervisieBot.Cards;

/// <summary>
/// Card size as Teams counts it: UTF-16 bytes of the JSON. Limits read "KB" as 1000 bytes (the stricter
/// reading): 80 KB is our ceiling for a bot message (Teams rejects over 100 KB with 413 MessageSizeTooBig,
/// the rest of the activity needs room), 28 KB for a messaging-extension result card.
/// </summary>
public static class CardSize
{
    public const int MessageLimitBytes = 80_000;
    public const int MessagingExtensionLimitBytes = 28_000;

    public static int Utf16Bytes(AdaptiveCard card) => CardJson.Serialize(card).Length * sizeof(char);

    public static bool FitsMessage(AdaptiveCard card) => Utf16Bytes(card) <= MessageLimitBytes;

    public static bool FitsMessagingExtension(AdaptiveCard card) => Utf16Bytes(card) <= MessagingExtensionLimitBytes;
}
