namespace IntervisieBot.Storage;

/// <summary>Every table the bot uses, in one place (the prefix from <see cref="TableStorageOptions"/> is added by <see cref="TableStore"/>).</summary>
public static class TableNames
{
    public const string Conversations = "Conversations";
    public const string Inbox = "Inbox";
}
