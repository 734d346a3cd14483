using System.Collections.Concurrent;
using System.Globalization;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace IntervisieBot.Protocol.Connector;

/// <summary>
/// Decides which serviceUrls may receive the bot's token. Trusted are (a) the scheme+host+port of any serviceUrl
/// passed to <see cref="TrustAuthenticated"/>, which the endpoint does only for a serviceUrl the inbound credential
/// binds (the token's <c>serviceurl</c> claim; a loopback URL in development mode), never for one read from storage;
/// and (b) a host listed in <c>Connector:TrustedServiceHosts</c> (exact host and port; default
/// <c>smba.trafficmanager.net</c>) over https, or over http when that host is loopback (local connectors and tests).
/// Everything else, including URLs with user info, is untrusted: the token goes nowhere else.
/// </summary>
public sealed class ServiceUrlTrust(IOptionsMonitor<ConnectorOptions> options, ILogger<ServiceUrlTrust> logger) : IServiceUrlTrust
{
    /// <summary>Memory guard: authenticated serviceUrls come from Teams and are a handful of hosts.</summary>
    internal const int MaxAuthenticatedOrigins = 1024;

    private readonly ConcurrentDictionary<string, byte> _authenticated = new(StringComparer.Ordinal);

    public void TrustAuthenticated(string serviceUrl)
    {
        if (!Uri.TryCreate(serviceUrl, UriKind.Absolute, out var uri)) return;
        var allowed = string.IsNullOrEmpty(uri.UserInfo)
            && (uri.Scheme == Uri.UriSchemeHttps || (uri.Scheme == Uri.UriSchemeHttp && uri.IsLoopback));
        if (!allowed)
        {
            ConnectorLog.AuthenticatedServiceUrlIgnored(logger, uri.IdnHost);
            return;
        }
        var key = OriginKey(uri);
        if (_authenticated.ContainsKey(key)) return;
        if (_authenticated.Count >= MaxAuthenticatedOrigins)
        {
            ConnectorLog.TrustListFull(logger, _authenticated.Count, uri.IdnHost);
            return;
        }
        _authenticated.TryAdd(key, 0);
    }

    public bool IsTrusted(Uri serviceUrl)
    {
        if (!serviceUrl.IsAbsoluteUri || !string.IsNullOrEmpty(serviceUrl.UserInfo)) return false;
        var http = serviceUrl.Scheme == Uri.UriSchemeHttp;
        if (http && !serviceUrl.IsLoopback) return false;
        if (!http && serviceUrl.Scheme != Uri.UriSchemeHttps) return false;
        if (_authenticated.ContainsKey(OriginKey(serviceUrl))) return true;

        var host = serviceUrl.IdnHost;
        foreach (var entry in options.CurrentValue.EffectiveTrustedServiceHosts)
        {
            if (TryParseHostEntry(entry, out var trustedHost, out var trustedPort)
                && string.Equals(host, trustedHost, StringComparison.OrdinalIgnoreCase)
                && serviceUrl.Port == trustedPort)
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>Parses a configured entry <c>host</c> (port 443) or <c>host:port</c>; no scheme, path or wildcard.</summary>
    internal static bool TryParseHostEntry(string? entry, out string host, out int port)
    {
        host = "";
        port = 443;
        if (string.IsNullOrWhiteSpace(entry) || entry.Contains('*') || entry.Contains('/') || entry.Contains('@')) return false;
        if (!Uri.TryCreate("https://" + entry.Trim(), UriKind.Absolute, out var uri) || uri.AbsolutePath != "/" || uri.Query.Length > 0) return false;
        host = uri.IdnHost;
        port = uri.Port;
        return host.Length > 0;
    }

    private static string OriginKey(Uri uri) =>
        string.Create(CultureInfo.InvariantCulture, $"{uri.Scheme}://{uri.IdnHost.ToLowerInvariant()}:{uri.Port}");
}
