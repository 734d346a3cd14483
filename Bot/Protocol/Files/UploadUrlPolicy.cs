using IntervisieBot.Protocol.Auth;

namespace IntervisieBot.Protocol.Files;

/// <summary>
/// Which upload urls from a <c>fileConsent/invoke</c> the bot PUTs a file to: absolute https on a host that is, or ends
/// in <c>.</c> plus, a configured suffix (default <c>sharepoint.com</c>); no user info; plain http only to a loopback
/// host and only when <see cref="FileUploadOptions.DangerouslyAllowLoopbackHttp"/> is on. Anything else is refused
/// before a connection is made.
/// </summary>
public static class UploadUrlPolicy
{
    public static bool IsAllowed(string? url, FileUploadOptions options, out Uri? uri)
    {
        uri = null;
        if (!Uri.TryCreate(url, UriKind.Absolute, out var parsed) || !string.IsNullOrEmpty(parsed.UserInfo)) return false;
        var allowed = parsed.Scheme == Uri.UriSchemeHttps
            ? options.TrustedHostSuffixes.Any(suffix => HostMatches(parsed.IdnHost, suffix))
            : parsed.Scheme == Uri.UriSchemeHttp && options.DangerouslyAllowLoopbackHttp && LoopbackAddressPolicy.IsLoopbackHostName(parsed.Host);
        if (allowed) uri = parsed;
        return allowed;
    }

    private static bool HostMatches(string host, string suffix)
    {
        var trimmed = suffix.Trim().TrimStart('*').Trim('.');
        if (trimmed.Length == 0 || !trimmed.Contains('.')) return false;   // never a bare top-level domain
        return string.Equals(host, trimmed, StringComparison.OrdinalIgnoreCase)
            || host.EndsWith("." + trimmed, StringComparison.OrdinalIgnoreCase);
    }
}
