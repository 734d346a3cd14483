using System.Text.Json;
using Microsoft.Extensions.Logging;

namespace IntervisieBot.Protocol.Auth;

/// <summary>
/// Signing keys of one OpenID issuer (metadata URL → <c>jwks_uri</c> → JWKS), cached and refreshed:
/// after <see cref="BotAuthOptions.KeyRefreshInterval"/>, and once (rate-limited) when a token names an unknown key id.
/// Keys older than <see cref="BotAuthOptions.KeyMaximumAge"/> are never used. Every fetch failure fails closed:
/// the caller gets no keys, never an exception.
/// </summary>
public sealed class OpenIdSigningKeySource
{
    /// <summary>Named <see cref="HttpClient"/> used for metadata and key-set fetches.</summary>
    public const string HttpClientName = "IntervisieBot.BotAuth.Keys";

    private readonly string _metadataUrl;
    private readonly string _sourceName;
    private readonly IHttpClientFactory _httpClientFactory;
    private readonly BotAuthOptions _options;
    private readonly TimeProvider _timeProvider;
    private readonly ILogger _logger;
    private readonly SemaphoreSlim _refreshGate = new(1, 1);

    private volatile SigningKeySet? _current;
    private DateTimeOffset? _lastAttempt;

    public OpenIdSigningKeySource(
        string sourceName,
        string metadataUrl,
        IHttpClientFactory httpClientFactory,
        BotAuthOptions options,
        TimeProvider timeProvider,
        ILogger logger)
    {
        _sourceName = sourceName;
        _metadataUrl = metadataUrl;
        _httpClientFactory = httpClientFactory;
        _options = options;
        _timeProvider = timeProvider;
        _logger = logger;
    }

    /// <summary>The usable keys, refreshing first when they are due; null when none can be had.</summary>
    public async Task<SigningKeySet?> GetKeysAsync(CancellationToken cancellationToken)
    {
        var current = _current;
        if (!IsDue(current))
        {
            return current;
        }

        await TryRefreshAsync(IsDue, cancellationToken).ConfigureAwait(false);
        return Usable(_current);
    }

    /// <summary>
    /// A token names <paramref name="keyId"/>, which the cached set lacks: refresh once (unless another caller just
    /// did, or the rate limit forbids it) and return the usable keys.
    /// </summary>
    public async Task<SigningKeySet?> RefreshForUnknownKeyAsync(string keyId, CancellationToken cancellationToken)
    {
        await TryRefreshAsync(set => set is null || !set.Contains(keyId), cancellationToken).ConfigureAwait(false);
        return Usable(_current);
    }

    private bool IsDue(SigningKeySet? set) =>
        set is null || _timeProvider.GetUtcNow() - set.FetchedAt >= _options.KeyRefreshInterval;

    private SigningKeySet? Usable(SigningKeySet? set) =>
        set is not null && _timeProvider.GetUtcNow() - set.FetchedAt < _options.KeyMaximumAge ? set : null;

    private async Task TryRefreshAsync(Func<SigningKeySet?, bool> stillNeeded, CancellationToken cancellationToken)
    {
        await _refreshGate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            // Re-checked under the gate: a concurrent caller may have refreshed while this one waited.
            var current = _current;
            if (!stillNeeded(current)) return;

            var now = _timeProvider.GetUtcNow();
            if (_lastAttempt is { } last)
            {
                var minimumGap = Usable(current) is null ? _options.FailedFetchRetryInterval : _options.MinimumRefreshInterval;
                if (now - last < minimumGap)
                {
                    AuthLog.KeyRefreshRateLimited(_logger, _sourceName);
                    return;
                }
            }

            _lastAttempt = now;
            try
            {
                var fetched = await FetchAsync(now, cancellationToken).ConfigureAwait(false);
                _current = fetched;
                AuthLog.KeysRefreshed(_logger, _sourceName, fetched.KeysById.Count);
            }
            catch (Exception exception) when (exception is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
            {
                // Fail closed: keep the previous keys (Usable() drops them after KeyMaximumAge), never throw.
                AuthLog.KeyFetchFailed(_logger, _sourceName, exception.GetType().Name);
            }
        }
        finally
        {
            _refreshGate.Release();
        }
    }

    private async Task<SigningKeySet> FetchAsync(DateTimeOffset now, CancellationToken cancellationToken)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(_options.FetchTimeout);
        var client = _httpClientFactory.CreateClient(HttpClientName);

        var metadataJson = await client.GetStringAsync(_metadataUrl, timeout.Token).ConfigureAwait(false);
        var jwksUri = ReadJwksUri(metadataJson);

        var jwksJson = await client.GetStringAsync(jwksUri, timeout.Token).ConfigureAwait(false);
        return JwksParser.Parse(jwksJson, now);
    }

    private static Uri ReadJwksUri(string metadataJson)
    {
        using var document = JsonDocument.Parse(metadataJson);
        if (document.RootElement.ValueKind == JsonValueKind.Object
            && document.RootElement.TryGetProperty("jwks_uri", out var value)
            && value.ValueKind == JsonValueKind.String
            && Uri.TryCreate(value.GetString(), UriKind.Absolute, out var uri)
            && KeyFetchUrlPolicy.IsAllowed(uri))
        {
            return uri;
        }
        throw new InvalidDataException("The OpenID metadata has no usable jwks_uri.");
    }
}
