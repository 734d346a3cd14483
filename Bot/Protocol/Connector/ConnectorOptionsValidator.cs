using Microsoft.Extensions.Options;

namespace IntervisieBot.Protocol.Connector;

/// <summary>Fails startup on connector settings that would make retries unbounded or send the token somewhere odd.</summary>
internal sealed class ConnectorOptionsValidator : IValidateOptions<ConnectorOptions>
{
    public ValidateOptionsResult Validate(string? name, ConnectorOptions options)
    {
        List<string> failures = [];
        if (options.MaxAttempts is < 1 or > 10) failures.Add("Connector:MaxAttempts must be between 1 and 10.");
        if (options.BaseDelay <= TimeSpan.Zero) failures.Add("Connector:BaseDelay must be positive.");
        if (options.MaxDelay < options.BaseDelay) failures.Add("Connector:MaxDelay must be at least Connector:BaseDelay.");
        if (options.MaxTotalDelay < TimeSpan.Zero) failures.Add("Connector:MaxTotalDelay must not be negative.");
        if (options.RequestTimeout <= TimeSpan.Zero) failures.Add("Connector:RequestTimeout must be positive.");
        if (!options.AuthorityHost.IsAbsoluteUri
            || !(options.AuthorityHost.Scheme == Uri.UriSchemeHttps || (options.AuthorityHost.Scheme == Uri.UriSchemeHttp && options.AuthorityHost.IsLoopback)))
        {
            failures.Add("Connector:AuthorityHost must be an absolute https URL (http only on a loopback host).");
        }
        foreach (var host in options.TrustedServiceHosts)
        {
            if (!ServiceUrlTrust.TryParseHostEntry(host, out _, out _))
            {
                failures.Add("Connector:TrustedServiceHosts entries must be a bare host name or host:port, without scheme or path.");
                break;
            }
        }
        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
