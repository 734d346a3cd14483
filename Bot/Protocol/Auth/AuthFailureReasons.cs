namespace IntervisieBot.Protocol.Auth;

/// <summary>The short, non-secret reasons an inbound request is rejected (for logs; never shown to users, never the token).</summary>
public static class AuthFailureReasons
{
    public const string MissingHeader = "missing Authorization header";
    public const string NotBearer = "Authorization scheme is not Bearer";
    public const string MalformedToken = "malformed token";
    public const string EncryptedToken = "encrypted tokens are not accepted";
    public const string AlgorithmNotAllowed = "signing algorithm not allowed";
    public const string MissingKeyId = "token has no key id";
    public const string UntrustedIssuer = "untrusted issuer";
    public const string KeysUnavailable = "signing keys unavailable";
    public const string UnknownKey = "unknown signing key";
    public const string InvalidSignature = "invalid signature";
    public const string Expired = "token expired";
    public const string NotYetValid = "token not yet valid";
    public const string NoExpiration = "token has no expiry";
    public const string InvalidAudience = "invalid audience";
    public const string InvalidIssuer = "invalid issuer";
    public const string ValidationFailed = "token validation failed";
    public const string MissingServiceUrlClaim = "token has no serviceurl claim";
    public const string ServiceUrlMismatch = "serviceurl claim does not match the activity";
    public const string MissingCaller = "token names no calling app (appid/azp)";
    public const string AmbiguousCaller = "token's appid and azp name different apps";
    public const string CallerNotAllowed = "calling app is neither this bot nor an allowed caller";
    public const string MissingChannelId = "activity has no channelId";
    public const string KeyWithoutEndorsements = "signing key has no endorsements";
    public const string ChannelNotEndorsed = "signing key is not endorsed for the channel";
    public const string NoAppId = "no MicrosoftAppId configured";
    public const string Cancelled = "request cancelled";
    public const string DevelopmentModeRefused = "development mode refused: server is not loopback-only";
    public const string DevelopmentModeNotVerified = "development mode not verified yet";
    public const string DevelopmentModeRemoteClient = "development mode accepts loopback clients only";
    public const string DevelopmentModeForeignHost = "development mode accepts requests addressed to a loopback host name only";
    public const string NoHttpContext = "no HTTP request context";
}
