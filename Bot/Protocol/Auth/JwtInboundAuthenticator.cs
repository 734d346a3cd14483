using System.Security.Claims;
using IntervisieBot.Protocol.Schema;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace IntervisieBot.Protocol.Auth;

/// <summary>
/// Validates <c>Authorization: Bearer &lt;jwt&gt;</c> of an inbound Bot Connector request. The path is chosen by the
/// token's (unvalidated) issuer: the Bot Framework issuer (keys from its OpenID metadata, <c>serviceurl</c> claim must
/// equal the activity's serviceUrl, signing key must endorse the activity's channel) or the Entra issuer of the bot's
/// own tenant, where the calling app (<c>appid</c> in v1 tokens, <c>azp</c> in v2) must be the bot itself or one of
/// <see cref="BotAuthOptions.AllowedCallers"/>. Both: audience = app id, RS256/384/512 only, 5 minutes clock skew.
/// A <c>serviceurl</c> claim that equals the activity's serviceUrl is recorded as <see cref="InboundAuthClaims.BoundServiceUrl"/>;
/// nothing else binds a serviceUrl. Failures are results, never exceptions: a token that cannot be read is malformed.
/// </summary>
public sealed class JwtInboundAuthenticator : IInboundAuthenticator
{
    public const string BotFrameworkIssuer = "https://api.botframework.com";
    public static readonly TimeSpan ClockSkew = TimeSpan.FromMinutes(5);
    public static readonly IReadOnlyList<string> AllowedAlgorithms =
        [SecurityAlgorithms.RsaSha256, SecurityAlgorithms.RsaSha384, SecurityAlgorithms.RsaSha512];

    private const string BearerPrefix = "Bearer ";
    private const string ServiceUrlClaim = "serviceurl";
    private const string AppIdClaim = "appid";
    private const string AuthorizedPartyClaim = "azp";

    private readonly JsonWebTokenHandler _handler = new() { MapInboundClaims = false };
    private readonly string? _appId;
    private readonly string[] _entraIssuers;
    private readonly HashSet<string> _entraCallers;
    private readonly OpenIdSigningKeySource _botFrameworkKeys;
    private readonly OpenIdSigningKeySource? _entraKeys;
    private readonly TimeProvider _timeProvider;
    private readonly ILogger<JwtInboundAuthenticator> _logger;

    public JwtInboundAuthenticator(
        IOptions<BotIdentityOptions> identityOptions,
        IOptions<BotAuthOptions> authOptions,
        IHttpClientFactory httpClientFactory,
        TimeProvider timeProvider,
        ILogger<JwtInboundAuthenticator> logger)
    {
        var identity = identityOptions.Value;
        var auth = authOptions.Value;
        _appId = string.IsNullOrWhiteSpace(identity.MicrosoftAppId) ? null : identity.MicrosoftAppId.Trim();
        _timeProvider = timeProvider;
        _logger = logger;
        _entraCallers = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        if (_appId is not null) _entraCallers.Add(_appId);
        foreach (var caller in auth.AllowedCallers)
        {
            if (Guid.TryParseExact(caller?.Trim(), "D", out var callerId)) _entraCallers.Add(callerId.ToString("D"));
        }

        _botFrameworkKeys = new OpenIdSigningKeySource(
            "Bot Framework", auth.BotFrameworkOpenIdMetadataUrl, httpClientFactory, auth, timeProvider, logger);

        if (Guid.TryParseExact(identity.MicrosoftAppTenantId?.Trim(), "D", out var tenant))
        {
            var tenantId = tenant.ToString("D");
            _entraIssuers = [$"https://sts.windows.net/{tenantId}/", $"https://login.microsoftonline.com/{tenantId}/v2.0"];
            _entraKeys = new OpenIdSigningKeySource(
                "Entra tenant", auth.EntraOpenIdMetadataUrl(tenantId), httpClientFactory, auth, timeProvider, logger);
        }
        else
        {
            _entraIssuers = [];
        }
    }

    public async Task<InboundAuthResult> AuthenticateAsync(string? authorizationHeader, Activity activity, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(activity);
        InboundAuthResult result;
        try
        {
            result = await AuthenticateCoreAsync(authorizationHeader, activity, cancellationToken).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            result = InboundAuthResult.Fail(AuthFailureReasons.Cancelled);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            // A token the validation library chokes on is still just an invalid token: 401, never a 500. Only the
            // exception's type is logged (its message may quote token parts).
            AuthLog.ValidationThrew(_logger, exception.GetType().Name);
            result = InboundAuthResult.Fail(AuthFailureReasons.ValidationFailed);
        }

        if (!result.Succeeded)
        {
            AuthLog.Rejected(_logger, result.FailureReason ?? AuthFailureReasons.ValidationFailed);
        }
        return result;
    }

    private async Task<InboundAuthResult> AuthenticateCoreAsync(string? header, Activity activity, CancellationToken cancellationToken)
    {
        if (_appId is null) return InboundAuthResult.Fail(AuthFailureReasons.NoAppId);
        if (string.IsNullOrWhiteSpace(header)) return InboundAuthResult.Fail(AuthFailureReasons.MissingHeader);
        if (!header.StartsWith(BearerPrefix, StringComparison.OrdinalIgnoreCase)) return InboundAuthResult.Fail(AuthFailureReasons.NotBearer);

        var token = header[BearerPrefix.Length..].Trim();
        if (!TryRead(token, out var jwt)) return InboundAuthResult.Fail(AuthFailureReasons.MalformedToken);
        if (jwt.IsEncrypted) return InboundAuthResult.Fail(AuthFailureReasons.EncryptedToken);
        if (!AllowedAlgorithms.Contains(jwt.Alg, StringComparer.Ordinal)) return InboundAuthResult.Fail(AuthFailureReasons.AlgorithmNotAllowed);
        if (string.IsNullOrEmpty(jwt.Kid)) return InboundAuthResult.Fail(AuthFailureReasons.MissingKeyId);

        var issuer = jwt.Issuer;
        bool botFrameworkPath;
        OpenIdSigningKeySource source;
        if (string.Equals(issuer, BotFrameworkIssuer, StringComparison.Ordinal))
        {
            botFrameworkPath = true;
            source = _botFrameworkKeys;
        }
        else if (_entraKeys is not null && _entraIssuers.Contains(issuer, StringComparer.OrdinalIgnoreCase))
        {
            botFrameworkPath = false;
            source = _entraKeys;
        }
        else
        {
            return InboundAuthResult.Fail(AuthFailureReasons.UntrustedIssuer);
        }

        var keys = await source.GetKeysAsync(cancellationToken).ConfigureAwait(false);
        if (keys is null || !keys.Contains(jwt.Kid))
        {
            keys = await source.RefreshForUnknownKeyAsync(jwt.Kid, cancellationToken).ConfigureAwait(false);
        }
        if (keys is null) return InboundAuthResult.Fail(AuthFailureReasons.KeysUnavailable);
        if (!keys.Contains(jwt.Kid)) return InboundAuthResult.Fail(AuthFailureReasons.UnknownKey);

        var validation = await _handler.ValidateTokenAsync(token, Parameters(issuer, keys.KeysFor(jwt.Kid))).ConfigureAwait(false);
        if (!validation.IsValid) return InboundAuthResult.Fail(ReasonFor(validation.Exception));

        var lifetimeCheck = CheckLifetime(jwt, _timeProvider.GetUtcNow());
        if (lifetimeCheck is not null) return InboundAuthResult.Fail(lifetimeCheck);

        var serviceUrlCheck = CheckServiceUrl(jwt, activity, required: botFrameworkPath);
        if (serviceUrlCheck is not null) return InboundAuthResult.Fail(serviceUrlCheck);

        if (!botFrameworkPath && CheckCaller(jwt) is { } callerCheck) return InboundAuthResult.Fail(callerCheck);

        if (botFrameworkPath)
        {
            var endorsementCheck = CheckEndorsement(keys.EndorsementsFor(jwt.Kid), activity.ChannelId);
            if (endorsementCheck is not null) return InboundAuthResult.Fail(endorsementCheck);
        }

        var identity = validation.ClaimsIdentity;
        identity.AddClaim(new Claim(
            InboundAuthClaims.AuthenticationPath,
            botFrameworkPath ? InboundAuthClaims.BotFrameworkPath : InboundAuthClaims.EntraPath));
        if (HasServiceUrlClaim(jwt))
        {
            identity.AddClaim(new Claim(InboundAuthClaims.BoundServiceUrl, activity.ServiceUrl!));
        }
        return InboundAuthResult.Success(identity);
    }

    private bool TryRead(string token, out JsonWebToken jwt)
    {
        jwt = null!;
        try
        {
            if (token.Length == 0 || !_handler.CanReadToken(token)) return false;
            jwt = _handler.ReadJsonWebToken(token);
            // Reading the header fields of a JWE-shaped or otherwise odd token may throw lazily; touch them here.
            _ = (jwt.IsEncrypted, jwt.Alg, jwt.Kid, jwt.Issuer);
            return true;
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            // Whatever the library makes of an unreadable token, the answer is the same: malformed, 401. Logged by reason.
            return false;
        }
    }

    /// <summary>
    /// The calling app on the Entra path must be this bot or an allowed caller (the Agents SDK treats a token whose
    /// appid/azp differs from its audience as another agent calling, and admits it only through AllowedCallers).
    /// </summary>
    private string? CheckCaller(JsonWebToken jwt)
    {
        jwt.TryGetPayloadValue<string>(AppIdClaim, out var appId);
        jwt.TryGetPayloadValue<string>(AuthorizedPartyClaim, out var authorizedParty);
        if (string.IsNullOrEmpty(appId) && string.IsNullOrEmpty(authorizedParty)) return AuthFailureReasons.MissingCaller;
        if (!string.IsNullOrEmpty(appId) && !string.IsNullOrEmpty(authorizedParty)
            && !string.Equals(appId, authorizedParty, StringComparison.OrdinalIgnoreCase))
        {
            return AuthFailureReasons.AmbiguousCaller;
        }
        var caller = string.IsNullOrEmpty(appId) ? authorizedParty! : appId;
        return _entraCallers.Contains(caller) ? null : AuthFailureReasons.CallerNotAllowed;
    }

    private static bool HasServiceUrlClaim(JsonWebToken jwt) =>
        jwt.TryGetPayloadValue<string>(ServiceUrlClaim, out var claimed) && !string.IsNullOrEmpty(claimed);

    private TokenValidationParameters Parameters(string issuer, IReadOnlyList<SecurityKey> signingKeys) => new()
    {
        ValidIssuer = issuer,
        ValidateIssuer = true,
        ValidAudience = _appId,
        ValidateAudience = true,
        RequireAudience = true,
        // Lifetime is checked by CheckLifetime against the injected TimeProvider (the library's own time source is not settable).
        ValidateLifetime = false,
        RequireExpirationTime = true,
        ClockSkew = ClockSkew,
        RequireSignedTokens = true,
        IssuerSigningKeys = signingKeys,
        TryAllIssuerSigningKeys = false,
        ValidAlgorithms = AllowedAlgorithms,
        ValidateTokenReplay = false,
    };

    private static string ReasonFor(Exception? exception) => exception switch
    {
        SecurityTokenExpiredException => AuthFailureReasons.Expired,
        SecurityTokenNotYetValidException => AuthFailureReasons.NotYetValid,
        SecurityTokenNoExpirationException => AuthFailureReasons.NoExpiration,
        SecurityTokenInvalidAudienceException => AuthFailureReasons.InvalidAudience,
        SecurityTokenInvalidIssuerException => AuthFailureReasons.InvalidIssuer,
        SecurityTokenInvalidAlgorithmException => AuthFailureReasons.AlgorithmNotAllowed,
        SecurityTokenSignatureKeyNotFoundException => AuthFailureReasons.InvalidSignature,
        SecurityTokenInvalidSignatureException => AuthFailureReasons.InvalidSignature,
        SecurityTokenMalformedException => AuthFailureReasons.MalformedToken,
        _ => AuthFailureReasons.ValidationFailed,
    };

    private static string? CheckLifetime(JsonWebToken jwt, DateTimeOffset now)
    {
        if (jwt.ValidTo == DateTime.MinValue) return AuthFailureReasons.NoExpiration;
        if (now.UtcDateTime > jwt.ValidTo + ClockSkew) return AuthFailureReasons.Expired;
        if (jwt.ValidFrom != DateTime.MinValue && now.UtcDateTime < jwt.ValidFrom - ClockSkew) return AuthFailureReasons.NotYetValid;
        return null;
    }

    private static string? CheckServiceUrl(JsonWebToken jwt, Activity activity, bool required)
    {
        if (!jwt.TryGetPayloadValue<string>(ServiceUrlClaim, out var claimed) || string.IsNullOrEmpty(claimed))
        {
            return required ? AuthFailureReasons.MissingServiceUrlClaim : null;
        }
        return string.Equals(claimed, activity.ServiceUrl, StringComparison.OrdinalIgnoreCase) ? null : AuthFailureReasons.ServiceUrlMismatch;
    }

    private static string? CheckEndorsement(IReadOnlyList<string>? endorsements, string? channelId)
    {
        if (endorsements is null || endorsements.Count == 0) return AuthFailureReasons.KeyWithoutEndorsements;
        if (string.IsNullOrEmpty(channelId)) return AuthFailureReasons.MissingChannelId;
        return endorsements.Contains(channelId, StringComparer.Ordinal) ? null : AuthFailureReasons.ChannelNotEndorsed;
    }
}
