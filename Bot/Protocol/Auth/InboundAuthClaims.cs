using System.Security.Claims;

namespace IntervisieBot.Protocol.Auth;

/// <summary>The claim that tells which inbound path authenticated a request.</summary>
public static class InboundAuthClaims
{
    /// <summary>Claim type carrying one of the path values below.</summary>
    public const string AuthenticationPath = "intervisiebot:auth_path";

    public const string BotFrameworkPath = "botframework";
    public const string EntraPath = "entra";
    public const string DevelopmentPath = "development";

    /// <summary>True for the identity <see cref="DevelopmentModeAuthenticator"/> hands out (nothing was verified).</summary>
    public static bool IsDevelopment(ClaimsIdentity? identity) =>
        identity?.FindFirst(AuthenticationPath)?.Value == DevelopmentPath;
}
