using System.Globalization;
using IntervisieBot.Features.Handreikingen.Cards;
using IntervisieBot.Privacy.Rights;

namespace IntervisieBot.Features.Handreikingen.Storage;

/// <summary>
/// A person's "nuttig / niet nuttig" ratings: shown by "mijn gegevens", deleted on request. Unanswered questions
/// (InformationNeeds) hold no person — only tags and lexicon words, without who asked — so they stay, and the report says so;
/// a delete also removes any row from before that whitelist that still holds another word.
/// </summary>
public sealed class CasusPersonalData(CasusStore store, InformationNeedStore needs) : IPersonalDataContributor
{
    public async Task<PersonalDataExportSection> ExportAsync(DataSubject subject, CultureInfo culture, CancellationToken cancellationToken)
    {
        var ratings = await store.RatingsOfAsync(subject.TenantId, subject.UserKey, cancellationToken).ConfigureAwait(false);
        return new PersonalDataExportSection(CasusStrings.RightsArea(culture),
            [.. ratings.OrderBy(r => r.RatedAt).Select(r => new { handreiking = r.EntryId, useful = r.Useful, at = r.RatedAt })]);
    }

    public async Task<PersonalDataReport> DescribeAsync(DataSubject subject, CultureInfo culture, CancellationToken cancellationToken) =>
        Report(culture, await store.CountRatingsAsync(subject.TenantId, subject.UserKey, cancellationToken).ConfigureAwait(false));

    public async Task<PersonalDataReport> DeleteAsync(DataSubject subject, CultureInfo culture, CancellationToken cancellationToken)
    {
        var ratings = await store.DeleteRatingsAsync(subject.TenantId, subject.UserKey, cancellationToken).ConfigureAwait(false);
        await needs.PurgeAsync(DateTimeOffset.MinValue, cancellationToken).ConfigureAwait(false);
        return Report(culture, ratings);
    }

    private static PersonalDataReport Report(CultureInfo culture, int count) =>
        new(CasusStrings.RightsArea(culture), [new PersonalDataItem(CasusStrings.RightsRatings(culture), count)], [CasusStrings.RightsNeedsRemain(culture)]);
}
