using System.Globalization;
using IntervisieBot.Privacy.Rights;

namespace IntervisieBot.Features.Teams.Roles;

/// <summary>Roles are personal data of the employee: shown by "mijn gegevens", removed by "verwijder mijn gegevens".</summary>
public sealed class RolesPersonalData(RoleStore roles) : IPersonalDataContributor
{
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
