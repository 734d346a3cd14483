using System.Security.Claims;

namespace IntervisieBot.Protocol.Auth;

/// <summary>The claim that tells which inbound path authenticated a request.</summary>
public static class InboundAuthClaims
{
    /// <summary>Claim type carrying one of the path values below.</summary>
    public const string AuthenticationPath = "intervisiebot:auth_path";

    /// <summary>
    /// Claim type carrying the serviceUrl the inbound credential binds: the token's <c>serviceurl</c> claim when it
    /// equals the activity's serviceUrl, or a loopback serviceUrl in development mode. Absent = nothing binds it, and
    /// the activity's serviceUrl must not receive the bot's token unless its host is configured as trusted.
    /// </summary>
    public const string BoundServiceUrl = "intervisiebot:bound_serviceurl";

    public const string BotFrameworkPath = "botframework";
    public const string EntraPath = "entra";
    public const string DevelopmentPath = "development";

    /// <summary>True for the identity <see cref="DevelopmentModeAuthenticator"/> hands out (nothing was verified).</summary>
    public static bool IsDevelopment(ClaimsIdentity? identity) =>
        identity?.FindFirst(AuthenticationPath)?.Value == DevelopmentPath;

    /// <summary>The serviceUrl the inbound credential binds, or null.</summary>
    public static string? BoundServiceUrlOf(ClaimsIdentity? identity) => identity?.FindFirst(BoundServiceUrl)?.Value;
}
