using System.Security.Cryptography.X509Certificates;
using Azure.Core;
using Azure.Core.Pipeline;
using Azure.Identity;
using IntervisieBot.Protocol.Auth;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace IntervisieBot.Protocol.Connector;

/// <summary>
/// The bot's outbound token for <c>https://api.botframework.com/.default</c>, from the configured credential:
/// SingleTenant with <c>MicrosoftAppPassword</c> (hand-written client-credentials POST), SingleTenant with
/// <c>MicrosoftAppCertificatePath</c> (Azure.Identity ClientCertificateCredential) or UserAssignedMSI (Azure.Identity
/// ManagedIdentityCredential with client id = MicrosoftAppId). Cached until about 5 minutes before expiry (half the
/// lifetime for short-lived tokens); at most one refresh runs at a time. Null in development mode (no app id).
/// </summary>
public sealed class BotTokenProvider : IBotTokenProvider, IDisposable
{
    internal const string HttpClientName = "IntervisieBot.BotToken";
    private static readonly TimeSpan RefreshMargin = TimeSpan.FromMinutes(5);

    private readonly TokenCredential? _credential;
    private readonly TimeProvider _time;
    private readonly ILogger<BotTokenProvider> _logger;
    private readonly SemaphoreSlim _refresh = new(1, 1);
    private volatile CachedToken? _cached;
    private int _developmentModeLogged;

    public BotTokenProvider(
        IOptions<BotIdentityOptions> identity,
        IOptions<ConnectorOptions> connector,
        IHttpClientFactory httpClientFactory,
        TimeProvider time,
        ILogger<BotTokenProvider> logger)
    {
        _time = time;
        _logger = logger;
        _credential = CreateCredential(identity.Value, connector.Value, httpClientFactory, time);
    }

    public async ValueTask<string?> GetTokenAsync(CancellationToken cancellationToken)
    {
        if (_credential is null)
        {
            if (Interlocked.Exchange(ref _developmentModeLogged, 1) == 0) ConnectorLog.DevelopmentModeNoToken(_logger);
            return null;
        }

        if (_cached is { } cached && _time.GetUtcNow() < cached.RefreshAt) return cached.Token;

        await _refresh.WaitAsync(cancellationToken);
        try
        {
            var now = _time.GetUtcNow();
            if (_cached is { } fresh && now < fresh.RefreshAt) return fresh.Token;

            AccessToken token;
            try
            {
                token = await _credential.GetTokenAsync(new TokenRequestContext([ConnectorOptions.BotFrameworkScope]), cancellationToken);
            }
            catch (AuthenticationFailedException e)
            {
                ConnectorLog.TokenFailed(_logger, e.GetType().Name);
                throw;
            }

            var lifetime = token.ExpiresOn - now;
            var margin = lifetime > RefreshMargin * 2 ? RefreshMargin : lifetime / 2;
            _cached = new CachedToken(token.Token, token.ExpiresOn - margin);
            ConnectorLog.TokenAcquired(_logger, token.ExpiresOn);
            return token.Token;
        }
        finally
        {
            _refresh.Release();
        }
    }

    public void Dispose() => _refresh.Dispose();

    private static TokenCredential? CreateCredential(BotIdentityOptions identity, ConnectorOptions connector, IHttpClientFactory httpClientFactory, TimeProvider time)
    {
        if (identity.IsDevelopmentMode) return null;
        // BotIdentityOptionsValidator fails startup on these; this guards direct construction.
        if (string.IsNullOrWhiteSpace(identity.MicrosoftAppTenantId))
        {
            throw new InvalidOperationException("MicrosoftAppTenantId is required to get the bot's token.");
        }
        var appId = identity.MicrosoftAppId!;
        var tenantId = identity.MicrosoftAppTenantId!;

        if (identity.MicrosoftAppType == MicrosoftAppType.UserAssignedMSI)
        {
            return new ManagedIdentityCredential(ManagedIdentityId.FromUserAssignedClientId(appId));
        }
        // A certificate wins over a password when both are configured.
        if (!string.IsNullOrWhiteSpace(identity.MicrosoftAppCertificatePath))
        {
            var certificate = X509CertificateLoader.LoadPkcs12FromFile(
                identity.MicrosoftAppCertificatePath, identity.MicrosoftAppCertificatePassword, X509KeyStorageFlags.EphemeralKeySet);
            return new ClientCertificateCredential(tenantId, appId, certificate, new ClientCertificateCredentialOptions
            {
                AuthorityHost = connector.AuthorityHost,
                // Token requests go through our named HttpClient (no redirects; testable against a loopback endpoint).
                Transport = new HttpClientTransport(httpClientFactory.CreateClient(HttpClientName)),
                // Instance discovery asks login.microsoftonline.com about the authority; pointless for a loopback test endpoint.
                DisableInstanceDiscovery = connector.AuthorityHost.IsLoopback,
            });
        }
        if (string.IsNullOrWhiteSpace(identity.MicrosoftAppPassword))
        {
            throw new InvalidOperationException("MicrosoftAppType SingleTenant needs MicrosoftAppPassword or MicrosoftAppCertificatePath.");
        }
        return new ClientSecretTokenCredential(
            httpClientFactory.CreateClient(HttpClientName), connector.AuthorityHost, tenantId, appId, identity.MicrosoftAppPassword!, time);
    }

    private sealed record CachedToken(string Token, DateTimeOffset RefreshAt);
}
