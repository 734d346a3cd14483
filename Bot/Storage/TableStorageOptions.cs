namespace IntervisieBot.Storage;

/// <summary>
/// Where the tables live. Locally and in tests: an Azurite connection string (<c>ConnectionStrings:Tables</c>).
/// In Azure: <c>Storage:TableEndpoint</c> with managed identity (no keys in app settings).
/// </summary>
public sealed class TableStorageOptions
{
    public const string Section = "Storage";

    /// <summary>The account's table endpoint, e.g. https://account.table.core.windows.net; used with managed identity.</summary>
    public string? TableEndpoint { get; set; }

    /// <summary>Client id of a user-assigned managed identity (optional; defaults to AZURE_CLIENT_ID / the system identity).</summary>
    public string? ManagedIdentityClientId { get; set; }

    /// <summary>Prefix for every table name (letters and digits only), so several bots or test runs can share one account.</summary>
    public string TablePrefix { get; set; } = "";

    /// <summary>
    /// Timeout of one storage HTTP request (the Azure SDK's NetworkTimeout; its default is 100 s). A frozen storage account
    /// must not hold a turn for minutes; paths with a tighter budget (message intake, readiness) bound their calls themselves.
    /// </summary>
    public TimeSpan RequestTimeout { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>Retries the Azure SDK makes after a failed storage request (exponential, 100 ms doubling, at most 1 s apart).</summary>
    public int MaxRetries { get; set; } = 2;

    /// <summary>How long <c>/readyz</c> waits for storage to answer.</summary>
    public TimeSpan ProbeTimeout { get; set; } = TimeSpan.FromSeconds(1);
}
