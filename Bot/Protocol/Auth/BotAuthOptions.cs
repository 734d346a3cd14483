namespace IntervisieBot.Protocol.Auth;

/// <summary>
/// Where inbound-token signing keys come from and how often they are refreshed (configuration section
/// <c>BotAuth</c>). The defaults are the public Microsoft endpoints; tests point them at a loopback server.
/// There is deliberately no switch that turns validation off.
/// </summary>
public sealed class BotAuthOptions
{
    public const string SectionName = "BotAuth";

    /// <summary>OpenID metadata of the Bot Framework channel service (issuer <c>https://api.botframework.com</c>).</summary>
    public string BotFrameworkOpenIdMetadataUrl { get; set; } = "https://login.botframework.com/v1/.well-known/openidconfiguration";

    /// <summary>Entra authority host; tenant metadata is read from <c>{authority}/{tenant}/v2.0/.well-known/openid-configuration</c>.</summary>
    public string EntraAuthority { get; set; } = "https://login.microsoftonline.com";

    /// <summary>Cached keys are refreshed after this age (Microsoft asks for at least once per 24 h).</summary>
    public TimeSpan KeyRefreshInterval { get; set; } = TimeSpan.FromHours(12);

    /// <summary>Keys older than this are never used, even when refreshing keeps failing (fail closed).</summary>
    public TimeSpan KeyMaximumAge { get; set; } = TimeSpan.FromHours(24);

    /// <summary>At most one forced refresh (a token names an unknown key id) per this interval.</summary>
    public TimeSpan MinimumRefreshInterval { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>After a failed fetch (metadata server down) no new attempt for this long.</summary>
    public TimeSpan FailedFetchRetryInterval { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>Time budget for one metadata + key-set fetch.</summary>
    public TimeSpan FetchTimeout { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>
    /// App ids (GUIDs) of other apps in the bot's tenant that may call it on the Entra path, besides the bot itself
    /// (the Agents SDK's and Bot Framework's <c>AllowedCallers</c>). Empty by default; there is no wildcard.
    /// </summary>
    public List<string> AllowedCallers { get; set; } = [];

    /// <summary>The Entra metadata URL for a tenant under the configured authority.</summary>
    public string EntraOpenIdMetadataUrl(string tenantId) =>
        $"{EntraAuthority.TrimEnd('/')}/{Uri.EscapeDataString(tenantId)}/v2.0/.well-known/openid-configuration";
}
