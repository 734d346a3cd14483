using System.Globalization;
using IntervisieBot.Features.Intervisie.Storage;
using IntervisieBot.Privacy.Rights;

namespace IntervisieBot.Features.Intervisie.Teams;

/// <summary>
/// A person's contributions to rounds, the casus they brought in and the group agreements they confirmed: shown by
/// "mijn gegevens", erased on request.
/// </summary>
public sealed class IntervisiePersonalData(RoundTextEraser eraser, GroupAgreementStore agreements, TimeProvider time) : IPersonalDataContributor
{
    public async Task<PersonalDataReport> DescribeAsync(DataSubject subject, CultureInfo culture, CancellationToken cancellationToken)
    {
        var (contributions, casus) = await eraser.CountForAsync(subject.UserKey, cancellationToken).ConfigureAwait(false);
        var confirmed = await agreements.CountForAsync(subject.UserKey, cancellationToken).ConfigureAwait(false);
        return Report(culture, contributions, casus, confirmed);
    }

    public async Task<PersonalDataReport> DeleteAsync(DataSubject subject, CultureInfo culture, CancellationToken cancellationToken)
    {
        var (contributions, casus) = await eraser.EraseForAsync(subject.UserKey, time.GetUtcNow(), cancellationToken).ConfigureAwait(false);
        var confirmed = await agreements.EraseForAsync(subject.UserKey, cancellationToken).ConfigureAwait(false);
        return Report(culture, contributions, casus, confirmed);
    }

    private static PersonalDataReport Report(CultureInfo culture, int contributions, int casus, int agreementsConfirmed) => new(
        IntervisieRightsStrings.Area(culture),
        [
            new PersonalDataItem(IntervisieRightsStrings.Contributions(culture), contributions),
            new PersonalDataItem(IntervisieRightsStrings.CasusBroughtIn(culture), casus),
            new PersonalDataItem(IntervisieRightsStrings.AgreementsConfirmed(culture), agreementsConfirmed),
        ],
        [IntervisieRightsStrings.Remains(culture)]);
}
