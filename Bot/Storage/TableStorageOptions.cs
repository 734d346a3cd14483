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
}
