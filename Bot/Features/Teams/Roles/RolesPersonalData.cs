using System.Globalization;
using IntervisieBot.Features.Shared;
using IntervisieBot.Privacy.Rights;

namespace IntervisieBot.Features.Teams.Roles;

/// <summary>Roles are personal data of the employee: shown by "mijn gegevens", removed by "verwijder mijn gegevens".</summary>
public sealed class RolesPersonalData(RoleStore roles) : IPersonalDataContributor, IPersonalDataDeletionWarning
{
    /// <summary>Warns when the person is the only stored teamleider of a team: deleting would leave it without one.</summary>
    public async Task<string?> WarnAsync(DataSubject subject, CultureInfo culture, CancellationToken cancellationToken)
    {
        if ((roles.ConfiguredRoles(subject.UserKey) & TeamRole.Teamleider) != 0) return null;   // the configuration keeps them teamleider
        var alone = 0;
        foreach (var row in await roles.ListForUserAsync(subject.TenantId, subject.UserKey, cancellationToken).ConfigureAwait(false))
        {
            if (((TeamRole)row.Roles & TeamRole.Teamleider) == 0) continue;
            if (await roles.CountTeamleidersAsync(row.PartitionKey, cancellationToken).ConfigureAwait(false) == 1) alone++;
        }
        return alone switch
        {
            0 => null,
            1 => RolesStrings.OnlyTeamleiderWarningOne(culture),
            _ => RolesStrings.OnlyTeamleiderWarningMany(culture, alone),
        };
    }

    /// <summary>Each stored role: the team's storage key, the roles and when (not who assigned them: that is another person).</summary>
    public async Task<PersonalDataExportSection> ExportAsync(DataSubject subject, CultureInfo culture, CancellationToken cancellationToken)
    {
        var rows = await roles.ListForUserAsync(subject.TenantId, subject.UserKey, cancellationToken).ConfigureAwait(false);
        return new PersonalDataExportSection(MyDataStrings.RolesArea(culture),
            [.. rows.OrderBy(r => r.AssignedAt).Select(r => new { team = r.PartitionKey, roles = ((TeamRole)r.Roles).ToString(), at = r.AssignedAt })]);
    }

    public async Task<PersonalDataReport> DescribeAsync(DataSubject subject, CultureInfo culture, CancellationToken cancellationToken)
    {
        var rows = await roles.ListForUserAsync(subject.TenantId, subject.UserKey, cancellationToken).ConfigureAwait(false);
        return Report(culture, rows.Count);
    }

    public async Task<PersonalDataReport> DeleteAsync(DataSubject subject, CultureInfo culture, CancellationToken cancellationToken)
    {
        var removed = await roles.DeleteForUserAsync(subject.TenantId, subject.UserKey, cancellationToken).ConfigureAwait(false);
        return Report(culture, removed);
    }

    private static PersonalDataReport Report(CultureInfo culture, int count) =>
        new(MyDataStrings.RolesArea(culture), [new PersonalDataItem(MyDataStrings.RolesItem(culture), count)], []);
}
