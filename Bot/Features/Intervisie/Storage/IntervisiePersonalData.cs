using System.Globalization;
using IntervisieBot.Features.Intervisie.Cards;
using IntervisieBot.Features.Intervisie.Storage;
using IntervisieBot.Privacy.Rights;

namespace IntervisieBot.Features.Intervisie.Storage;

/// <summary>
/// A person's contributions to rounds, the casus they brought in and the group agreements they confirmed: shown by
/// "mijn gegevens", exported with their texts, erased on request. The export also lists the rotation entries naming them
/// (which round they brought the casus to or chaired; kept for fair rotation).
/// </summary>
public sealed class IntervisiePersonalData(RoundTextEraser eraser, GroupAgreementStore agreements, RoundRepository rounds, TimeProvider time) : IPersonalDataContributor
{
    public async Task<PersonalDataExportSection> ExportAsync(DataSubject subject, CultureInfo culture, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(subject);
        var key = subject.UserKey;
        var (contributions, casus) = await eraser.ListForAsync(key, cancellationToken).ConfigureAwait(false);
        var confirmed = await agreements.ListForAsync(key, cancellationToken).ConfigureAwait(false);
        var rotation = await rounds.RotationOfAsync(key, cancellationToken).ConfigureAwait(false);
        return new PersonalDataExportSection(IntervisieRightsStrings.Area(culture),
        [
            .. contributions.OrderBy(c => c.At).Select(c => new
            {
                kind = "contribution",
                round = c.RoundId,
                phase = c.PhaseId,
                text = c.Text,
                choice = c.ChoiceOptionId,
                at = c.At,
            }),
            .. casus.OrderBy(c => c.Casus.SubmittedAt).Select(c => new
            {
                kind = "casus",
                round = c.RoundId,
                title = c.Casus.Title,
                description = c.Casus.Description,
                at = c.Casus.SubmittedAt,
            }),
            .. confirmed.OrderBy(a => a.ConfirmedAt).Select(a => new { kind = "groupAgreementConfirmed", at = a.ConfirmedAt }),
            .. rotation.OrderBy(r => r.At).Select(r => new
            {
                kind = "rotation",
                round = r.RoundId,
                role = r.InbrengerId == key && r.GespreksleiderId == key ? "inbrenger, gespreksleider" : r.InbrengerId == key ? "inbrenger" : "gespreksleider",
                at = r.At,
            }),
        ]);
    }

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
