namespace IntervisieBot.Tests.Infrastructure;

/// <summary>One request to the <see cref="LoopbackConnector"/>'s upload urls (a file the bot put in the "OneDrive").</summary>
/// <param name="ContentRange">The Content-Range header as sent (e.g. <c>bytes 0-99/100</c>).</param>
/// <param name="Authorization">The Authorization header, or null: the bot's token must never go to an upload url.</param>
public sealed record RecordedUpload(string Method, string FileName, byte[] Content, string? ContentType, string ContentRange, string? Authorization)
{
    /// <summary>The content as UTF-8 text without a byte order mark.</summary>
    public string Text => System.Text.Encoding.UTF8.GetString(Content).TrimStart('\uFEFF');
}
