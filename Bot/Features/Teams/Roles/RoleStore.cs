using Azure;
using Azure.Data.Tables;
using IntervisieBot.Features.Shared;
using IntervisieBot.Storage;
using Microsoft.Extensions.Options;

namespace IntervisieBot.Features.Teams.Roles;

/// <summary>Roles per team in Table Storage, merged with the configured mapping.</summary>
public sealed class RoleStore(TableStore store, IOptionsMonitor<RoleOptions> options, TimeProvider time)
{

    /// <summary>How long the help card may show roles read earlier by this instance (never used for access decisions).</summary>
    public static readonly TimeSpan DisplayCacheLifetime = TimeSpan.FromMinutes(1);

    private readonly InstanceMemory<(string Where, string User), TeamRole> _display = new(time, DisplayCacheLifetime);

    /// <summary>
    /// The roles to show in the help card: <see cref="GetRolesAsync"/> in a team, <see cref="GetRolesInAnyTeamAsync"/>
    /// elsewhere, remembered by this instance for <see cref="DisplayCacheLifetime"/> (cleared when it writes roles; a team's saved roles are remembered as written) so a
    /// help message stays within its storage budget. Access control always reads the table.
    /// </summary>
    public async Task<TeamRole> GetRolesForDisplayAsync(TeamScope? scope, string tenantId, string userKey, CancellationToken cancellationToken)
    {
        var key = (scope?.PartitionKey ?? "tenant:" + tenantId, userKey);
        if (_display.TryGet(key, out var known)) return known;
        var roles = scope is not null
            ? await GetRolesAsync(scope, userKey, cancellationToken).ConfigureAwait(false)
            : await GetRolesInAnyTeamAsync(tenantId, userKey, cancellationToken).ConfigureAwait(false);
        _display.Remember(key, roles);
        return roles;
    }

    public async Task<TeamRole> GetRolesAsync(TeamScope scope, string userKey, CancellationToken cancellationToken)
    {
        var table = await store.GetTableAsync(TableNames.Roles, cancellationToken).ConfigureAwait(false);
        var found = await table.GetEntityIfExistsAsync<RoleAssignmentEntity>(scope.PartitionKey, TableKeys.Encode(userKey), cancellationToken: cancellationToken).ConfigureAwait(false);
        var stored = found.HasValue && found.Value is { } entity ? (TeamRole)entity.Roles : TeamRole.None;
        return stored | Configured(userKey);
    }

    /// <summary>The roles a person holds in any team of the tenant (for the help card in the personal chat).</summary>
    public async Task<TeamRole> GetRolesInAnyTeamAsync(string tenantId, string userKey, CancellationToken cancellationToken)
    {
        var role = Configured(userKey);
        foreach (var row in await ListForUserAsync(tenantId, userKey, cancellationToken).ConfigureAwait(false)) role |= (TeamRole)row.Roles;
        return role;
    }

    /// <summary>Every member with a stored role in this team (configured roles are added by <see cref="GetRolesAsync"/>).</summary>
    public async Task<IReadOnlyDictionary<string, TeamRole>> ListAsync(TeamScope scope, CancellationToken cancellationToken)
    {
        var table = await store.GetTableAsync(TableNames.Roles, cancellationToken).ConfigureAwait(false);
        var result = new Dictionary<string, TeamRole>(StringComparer.Ordinal);
        await foreach (var entity in table.QueryAsync<RoleAssignmentEntity>(e => e.PartitionKey == scope.PartitionKey, cancellationToken: cancellationToken).ConfigureAwait(false))
        {
            if (entity.Roles != 0) result[entity.UserKey] = (TeamRole)entity.Roles;
        }
        return result;
    }

    /// <summary>How many members hold a stored teamleider role in the team stored under <paramref name="partitionKey"/>.</summary>
    public async Task<int> CountTeamleidersAsync(string partitionKey, CancellationToken cancellationToken)
    {
        var table = await store.GetTableAsync(TableNames.Roles, cancellationToken).ConfigureAwait(false);
        var count = 0;
        await foreach (var entity in table.QueryAsync<RoleAssignmentEntity>(e => e.PartitionKey == partitionKey, cancellationToken: cancellationToken).ConfigureAwait(false))
        {
            if (((TeamRole)entity.Roles & TeamRole.Teamleider) != 0) count++;
        }
        return count;
    }

    /// <summary>The installer becomes the first teamleider when the team has none yet.</summary>
    public async Task<bool> EnsureFirstTeamleiderAsync(TeamScope scope, string userKey, CancellationToken cancellationToken)
    {
        _display.Clear();
        if (string.IsNullOrWhiteSpace(userKey)) return false;
        var current = await ListAsync(scope, cancellationToken).ConfigureAwait(false);
        if (current.Values.Any(r => r.HasFlag(TeamRole.Teamleider))) return false;
        var table = await store.GetTableAsync(TableNames.Roles, cancellationToken).ConfigureAwait(false);
        var existing = current.GetValueOrDefault(userKey);
        await table.UpsertEntityAsync(NewEntity(scope, userKey, existing | TeamRole.Teamleider, "install"), TableUpdateMode.Replace, cancellationToken).ConfigureAwait(false);
        return true;
    }

    /// <summary>Replaces the team's stored roles in one transaction (one partition), so a save is all or nothing.</summary>
    public async Task ReplaceAsync(TeamScope scope, IReadOnlyDictionary<string, TeamRole> roles, string assignedBy, CancellationToken cancellationToken)
    {
        _display.Clear();
        var table = await store.GetTableAsync(TableNames.Roles, cancellationToken).ConfigureAwait(false);
        var current = await ListAsync(scope, cancellationToken).ConfigureAwait(false);
        var actions = new List<TableTransactionAction>();
        foreach (var (userKey, role) in roles.Where(r => r.Value != TeamRole.None))
            actions.Add(new TableTransactionAction(TableTransactionActionType.UpsertReplace, NewEntity(scope, userKey, role, assignedBy)));
        foreach (var removed in current.Keys.Where(k => !roles.TryGetValue(k, out var r) || r == TeamRole.None))
            actions.Add(new TableTransactionAction(TableTransactionActionType.Delete, new TableEntity(scope.PartitionKey, TableKeys.Encode(removed)), ETag.All));
        foreach (var chunk in actions.Chunk(100))
            await table.SubmitTransactionAsync(chunk, cancellationToken).ConfigureAwait(false);
        // What was just written is what the help card shows next: remembered, so a help message after a save stays within its budget.
        foreach (var userKey in roles.Keys.Union(current.Keys, StringComparer.Ordinal))
            _display.Remember((scope.PartitionKey, userKey), roles.GetValueOrDefault(userKey) | Configured(userKey));
    }

    /// <summary>Every stored role row of one person in one tenant (for "mijn gegevens").</summary>
    public async Task<IReadOnlyList<RoleAssignmentEntity>> ListForUserAsync(string tenantId, string userKey, CancellationToken cancellationToken)
    {
        var table = await store.GetTableAsync(TableNames.Roles, cancellationToken).ConfigureAwait(false);
        var rows = new List<RoleAssignmentEntity>();
        await foreach (var entity in table.QueryAsync<RoleAssignmentEntity>(e => e.UserKey == userKey && e.TenantId == tenantId, cancellationToken: cancellationToken).ConfigureAwait(false))
            rows.Add(entity);
        return rows;
    }

    /// <summary>Deletes every stored role of one person in one tenant; returns how many teams were affected.</summary>
    public async Task<int> DeleteForUserAsync(string tenantId, string userKey, CancellationToken cancellationToken)
    {
        _display.Clear();
        var table = await store.GetTableAsync(TableNames.Roles, cancellationToken).ConfigureAwait(false);
        var rows = await ListForUserAsync(tenantId, userKey, cancellationToken).ConfigureAwait(false);
        foreach (var row in rows) await table.DeleteEntityAsync(row.PartitionKey, row.RowKey, ETag.All, cancellationToken).ConfigureAwait(false);
        return rows.Count;
    }

    /// <summary>The roles the configuration (<c>Roles:Teamleiders</c>, <c>Roles:Kennismakelaars</c>) gives this person in every team.</summary>
    public TeamRole ConfiguredRoles(string userKey) => Configured(userKey);

    private TeamRole Configured(string userKey)
    {
        var value = options.CurrentValue;
        var role = TeamRole.None;
        if (value.Teamleiders.Contains(userKey, StringComparer.OrdinalIgnoreCase)) role |= TeamRole.Teamleider;
        if (value.Kennismakelaars.Contains(userKey, StringComparer.OrdinalIgnoreCase)) role |= TeamRole.Kennismakelaar;
        return role;
    }

    private RoleAssignmentEntity NewEntity(TeamScope scope, string userKey, TeamRole role, string assignedBy) => new()
    {
        PartitionKey = scope.PartitionKey,
        RowKey = TableKeys.Encode(userKey),
        TenantId = scope.TenantId,
        UserKey = userKey,
        Roles = (int)role,
        AssignedAt = time.GetUtcNow(),
        AssignedBy = assignedBy,
    };
}
