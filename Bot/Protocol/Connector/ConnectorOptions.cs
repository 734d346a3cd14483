namespace IntervisieBot.Protocol.Connector;

/// <summary>Outbound connector settings, bound from the <c>Connector</c> configuration section.</summary>
public sealed class ConnectorOptions
{
    public const string SectionName = "Connector";

    /// <summary>The public Teams Bot Connector host, trusted for proactive sends when nothing else is configured.</summary>
    public const string DefaultTrustedServiceHost = "smba.trafficmanager.net";

    /// <summary>Scope of the bot's outbound token.</summary>
    public const string BotFrameworkScope = "https://api.botframework.com/.default";

    /// <summary>
    /// Hosts (exact, <c>host</c> or <c>host:port</c>) that may receive the bot's token over https even before an
    /// authenticated activity named them (proactive messages after a restart). Empty means the default:
    /// <see cref="DefaultTrustedServiceHost"/> only.
    /// </summary>
    public string[] TrustedServiceHosts { get; set; } = [];

    /// <summary>Attempts per call including the first (1 disables retries).</summary>
    public int MaxAttempts { get; set; } = 4;

    /// <summary>First backoff delay; doubles per retry, with ±20% random jitter.</summary>
    public TimeSpan BaseDelay { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>Cap on any single wait, including one asked for by Retry-After.</summary>
    public TimeSpan MaxDelay { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>Cap on the sum of all waits of one call; a retry that would exceed it is not made.</summary>
    public TimeSpan MaxTotalDelay { get; set; } = TimeSpan.FromSeconds(60);

    /// <summary>Timeout of a single HTTP attempt.</summary>
    public TimeSpan RequestTimeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>Entra authority host for the bot's token; https, or http on a loopback host (tests only).</summary>
    public Uri AuthorityHost { get; set; } = new("https://login.microsoftonline.com/");

    internal IReadOnlyList<string> EffectiveTrustedServiceHosts =>
        TrustedServiceHosts.Length == 0 ? [DefaultTrustedServiceHost] : TrustedServiceHosts;
}
