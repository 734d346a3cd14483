using System.Globalization;
using Microsoft.Extensions.Options;

namespace IntervisieBot.Features.Scheduling.Calendar.Graph;

/// <summary>
/// Startup checks for <see cref="GraphCalendarOptions"/> when Graph is enabled. Every message names the app setting to fix
/// (<c>Graph__ClientId</c> …), never a secret's value.
/// </summary>
public sealed class GraphCalendarOptionsValidator : IValidateOptions<GraphCalendarOptions>
{
    public ValidateOptionsResult Validate(string? name, GraphCalendarOptions options)
    {
        if (!options.Enabled) return ValidateOptionsResult.Skip;
        List<string> failures = [];

        var secret = !string.IsNullOrWhiteSpace(options.ClientSecret);
        var certificate = !string.IsNullOrWhiteSpace(options.CertificatePath);
        var credentials = (secret ? 1 : 0) + (certificate ? 1 : 0) + (options.UseManagedIdentity ? 1 : 0);
        if (credentials == 0)
        {
            failures.Add("Graph is enabled but has no credential: set Graph:ClientSecret, Graph:CertificatePath or Graph:UseManagedIdentity=true.");
        }
        else if (credentials > 1)
        {
            failures.Add("Graph has more than one credential: set only one of Graph:ClientSecret, Graph:CertificatePath and Graph:UseManagedIdentity.");
        }

        if (!options.UseManagedIdentity || credentials > 1)
        {
            if (!IsGuid(options.TenantId)) failures.Add("Graph:TenantId must be the Entra tenant id (a GUID) when Graph uses a client secret or certificate.");
            if (!IsGuid(options.ClientId)) failures.Add("Graph:ClientId must be the app registration's client id (a GUID) when Graph uses a client secret or certificate.");
        }
        else if (!string.IsNullOrWhiteSpace(options.ClientId) && !IsGuid(options.ClientId))
        {
            failures.Add("Graph:ClientId must be the managed identity's client id (a GUID), or empty for the system-assigned identity.");
        }

        if (certificate && !File.Exists(options.CertificatePath))
        {
            failures.Add("Graph:CertificatePath does not name an existing certificate file.");
        }

        if (!IsAllowedEndpoint(options.BaseUrl)) failures.Add("Graph:BaseUrl must be an absolute https URL (http only for a loopback host).");
        if (options.AuthorityHost is not { IsAbsoluteUri: true } || options.AuthorityHost.Scheme != Uri.UriSchemeHttps) failures.Add("Graph:AuthorityHost must be an absolute https URL.");
        if (string.IsNullOrWhiteSpace(options.Scope)) failures.Add("Graph:Scope must not be empty.");
        if (!TimeZoneInfo.TryFindSystemTimeZoneById(options.TimeZone, out _)) failures.Add("Graph:TimeZone is not a known time zone.");
        if (!IsCulture(options.Culture)) failures.Add("Graph:Culture is not a known culture.");
        if (options.MaxRetries is < 0 or > 5) failures.Add("Graph:MaxRetries must be between 0 and 5.");
        if (options.MaxRetryAfter < TimeSpan.Zero || options.MaxTotalRetryDelay < TimeSpan.Zero || options.BaseRetryDelay < TimeSpan.Zero)
        {
            failures.Add("Graph:MaxRetryAfter, MaxTotalRetryDelay and BaseRetryDelay must not be negative.");
        }
        if (options.RequestTimeout <= TimeSpan.Zero) failures.Add("Graph:RequestTimeout must be positive.");

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    private static bool IsGuid(string? value) => Guid.TryParse(value, out var id) && id != Guid.Empty;

    private static bool IsAllowedEndpoint(Uri? uri) =>
        uri is { IsAbsoluteUri: true } && (uri.Scheme == Uri.UriSchemeHttps || (uri.Scheme == Uri.UriSchemeHttp && uri.IsLoopback));

    private static bool IsCulture(string? name)
    {
        if (string.IsNullOrWhiteSpace(name)) return false;
        try
        {
            _ = CultureInfo.GetCultureInfo(name, predefinedOnly: true);
            return true;
        }
        catch (CultureNotFoundException)
        {
            return false;
        }
    }
}
