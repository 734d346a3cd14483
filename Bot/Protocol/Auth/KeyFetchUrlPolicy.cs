namespace IntervisieBot.Protocol.Auth;

/// <summary>
/// Which URLs signing-key metadata may be fetched from: absolute https, or plain http only to a loopback host
/// (the loopback test server). Applied to the configured metadata URLs and to the <c>jwks_uri</c> they return.
/// </summary>
public static class KeyFetchUrlPolicy
{
    public static bool IsAllowed(string? url) =>
        Uri.TryCreate(url, UriKind.Absolute, out var uri) && IsAllowed(uri);

    public static bool IsAllowed(Uri uri)
    {
        if (!uri.IsAbsoluteUri || !string.IsNullOrEmpty(uri.UserInfo)) return false;
        if (uri.Scheme == Uri.UriSchemeHttps) return true;
        return uri.Scheme == Uri.UriSchemeHttp && LoopbackAddressPolicy.IsLoopbackHostName(uri.Host);
    }
}
