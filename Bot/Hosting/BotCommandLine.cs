namespace IntervisieBot.Hosting;

/// <summary>Command-line tools that run instead of the web host: <c>cards dump DIR</c>, <c>recommend …</c>.</summary>
public static class BotCommandLine
{
    /// <summary>The exit code when <paramref name="args"/> name a tool; null to start the bot.</summary>
    public static Task<int?> TryRunAsync(string[] args) => args switch
    {
        _ => Task.FromResult<int?>(null),
    };
}
