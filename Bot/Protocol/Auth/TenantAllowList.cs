using Microsoft.Extensions.Options;

namespace IntervisieBot.Protocol.Auth;

/// <summary>
/// <c>AllowedTenants</c> (root configuration, a list of Entra tenant ids): when set, activities from any other tenant
/// (or without a tenant) are refused before anything is stored or answered. Empty = every tenant the token allows.
/// </summary>
public sealed class TenantAllowList(IOptionsMonitor<TenantAllowListOptions> options)
{
    public bool IsAllowed(string? tenantId)
    {
        var allowed = options.CurrentValue.AllowedTenants;
        if (allowed.Length == 0) return true;
        return !string.IsNullOrWhiteSpace(tenantId) && allowed.Contains(tenantId, StringComparer.OrdinalIgnoreCase);
    }
}

public sealed class TenantAllowListOptions
{
    public string[] AllowedTenants { get; set; } = [];
}
