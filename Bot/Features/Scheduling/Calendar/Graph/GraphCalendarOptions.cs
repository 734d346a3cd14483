
namespace IntervisieBot.Features.Scheduling.Calendar.Graph;

/// <summary>
/// Microsoft Graph settings for the team calendar, bound from the <c>Graph</c> configuration section
/// (app settings <c>Graph__Enabled</c>, <c>Graph__TenantId</c> …). App-only: exactly one of a client secret, a certificate
/// or a managed identity. Validated at startup when <see cref="Enabled"/> is true; when it is false the bot uses
/// <see cref="NoTeamCalendar"/> and keeps the schedule itself.
/// </summary>
public sealed class GraphCalendarOptions
{
    public const string SectionName = "Graph";

    /// <summary>The Graph scope of an app-only token: every application permission granted to the app.</summary>
    public const string DefaultScope = "https://graph.microsoft.com/.default";

    public bool Enabled { get; set; }

    /// <summary>Entra tenant (directory) id. Required for a client secret or certificate.</summary>
    public string? TenantId { get; set; }

    /// <summary>The app registration's client id; with <see cref="UseManagedIdentity"/> the user-assigned identity's client id
    /// (empty = the system-assigned identity).</summary>
    public string? ClientId { get; set; }

    public string? ClientSecret { get; set; }

    /// <summary>A PFX/PKCS#12 file with the private key (on App Service: <c>/var/ssl/private/&lt;thumbprint&gt;.p12</c>).</summary>
    public string? CertificatePath { get; set; }

    public string? CertificatePassword { get; set; }

    public bool UseManagedIdentity { get; set; }

    /// <summary>Graph endpoint including the version. Only tests point it elsewhere (http is accepted for loopback hosts only).</summary>
    public Uri BaseUrl { get; set; } = new("https://graph.microsoft.com/v1.0");

    /// <summary>Entra authority host for the token (national clouds, tests).</summary>
    public Uri AuthorityHost { get; set; } = new("https://login.microsoftonline.com/");

    public string Scope { get; set; } = DefaultScope;

    /// <summary>The Windows time zone name Graph gets in start/end (series times are Dutch wall-clock times).</summary>
    public string TimeZone { get; set; } = "W. Europe Standard Time";

    /// <summary>Language of the texts the bot itself writes into the calendar (the comment on a skipped session).</summary>
    public string Culture { get; set; } = "nl";

    /// <summary>Retries of a throttled (429) or unavailable (503/504) request, after the first attempt.</summary>
    public int MaxRetries { get; set; } = 2;

    /// <summary>A Retry-After longer than this is not waited for: the call answers Throttled with the Retry-After at once.</summary>
    public TimeSpan MaxRetryAfter { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>Cap on the sum of all waits of one request; a retry that would exceed it is not made.</summary>
    public TimeSpan MaxTotalRetryDelay { get; set; } = TimeSpan.FromSeconds(60);

    /// <summary>Wait before a retry when Graph sent no Retry-After; doubles per retry.</summary>
    public TimeSpan BaseRetryDelay { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>Timeout of one HTTP attempt.</summary>
    public TimeSpan RequestTimeout { get; set; } = TimeSpan.FromSeconds(30);
}
