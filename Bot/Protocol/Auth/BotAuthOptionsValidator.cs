using Microsoft.Extensions.Options;

namespace IntervisieBot.Protocol.Auth;

/// <summary>Startup rules for <see cref="BotAuthOptions"/>: fetch URLs https (or loopback http), sane refresh intervals, allowed callers
/// named by app id.</summary>
public sealed class BotAuthOptionsValidator : IValidateOptions<BotAuthOptions>
{
    private static readonly TimeSpan MaximumKeyAge = TimeSpan.FromHours(24);

    public ValidateOptionsResult Validate(string? name, BotAuthOptions options)
    {
        List<string> failures = [];

        if (!KeyFetchUrlPolicy.IsAllowed(options.BotFrameworkOpenIdMetadataUrl))
        {
            failures.Add("BotAuth:BotFrameworkOpenIdMetadataUrl must be an absolute https URL (http only for a loopback host).");
        }

        if (!KeyFetchUrlPolicy.IsAllowed(options.EntraAuthority)
            || !Uri.TryCreate(options.EntraAuthority, UriKind.Absolute, out var authority)
            || authority.AbsolutePath.Trim('/').Length > 0
            || !string.IsNullOrEmpty(authority.Query))
        {
            failures.Add("BotAuth:EntraAuthority must be an absolute https host URL without a path (http only for a loopback host).");
        }

        if (options.KeyRefreshInterval <= TimeSpan.Zero || options.KeyRefreshInterval > MaximumKeyAge)
        {
            failures.Add("BotAuth:KeyRefreshInterval must be positive and at most 24 hours.");
        }

        if (options.KeyMaximumAge < options.KeyRefreshInterval || options.KeyMaximumAge > MaximumKeyAge)
        {
            failures.Add("BotAuth:KeyMaximumAge must be at least KeyRefreshInterval and at most 24 hours.");
        }

        if (options.MinimumRefreshInterval <= TimeSpan.Zero || options.MinimumRefreshInterval > options.KeyRefreshInterval)
        {
            failures.Add("BotAuth:MinimumRefreshInterval must be positive and at most KeyRefreshInterval.");
        }

        if (options.FailedFetchRetryInterval <= TimeSpan.Zero || options.FailedFetchRetryInterval > options.MinimumRefreshInterval)
        {
            failures.Add("BotAuth:FailedFetchRetryInterval must be positive and at most MinimumRefreshInterval.");
        }

        if (options.FetchTimeout <= TimeSpan.Zero || options.FetchTimeout > TimeSpan.FromMinutes(1))
        {
            failures.Add("BotAuth:FetchTimeout must be positive and at most one minute.");
        }

        if (options.AllowedCallers.Any(caller => !Guid.TryParseExact(caller?.Trim(), "D", out _)))
        {
            failures.Add("BotAuth:AllowedCallers must list app ids (GUIDs); there is no wildcard.");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
