using System.Globalization;
using IntervisieBot.Privacy.Rights;

namespace IntervisieBot.Features.Handreikingen.Teams;

/// <summary>A person's "nuttig / niet nuttig" ratings: shown by "mijn gegevens", deleted on request. Information needs hold no person.</summary>
public sealed class CasusPersonalData(CasusStore store) : IPersonalDataContributor
{
    public async Task<PersonalDataReport> DescribeAsync(DataSubject subject, CultureInfo culture, CancellationToken cancellationToken) =>
        Report(culture, await store.CountRatingsAsync(subject.TenantId, subject.UserKey, cancellationToken).ConfigureAwait(false));

    public async Task<PersonalDataReport> DeleteAsync(DataSubject subject, CultureInfo culture, CancellationToken cancellationToken) =>
        Report(culture, await store.DeleteRatingsAsync(subject.TenantId, subject.UserKey, cancellationToken).ConfigureAwait(false));

    private static PersonalDataReport Report(CultureInfo culture, int count) =>
        new(CasusStrings.RightsArea(culture), [new PersonalDataItem(CasusStrings.RightsRatings(culture), count)], []);
}
