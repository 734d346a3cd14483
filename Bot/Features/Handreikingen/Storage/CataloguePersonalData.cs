using System.Globalization;
using IntervisieBot.Privacy.Rights;

namespace IntervisieBot.Features.Handreikingen.Storage;

/// <summary>
/// A kennismakelaar who edits a handreiking is stored as its last editor: shown by "mijn gegevens"; "verwijder mijn
/// gegevens" removes the name and keeps the entry, which belongs to the team.
/// </summary>
public sealed class CataloguePersonalData(LiveCatalogue catalogue) : IPersonalDataContributor
{
    public async Task<PersonalDataExportSection> ExportAsync(DataSubject subject, CultureInfo culture, CancellationToken cancellationToken) => new(
        MyDataStrings.CatalogueEditsArea(culture),
        [.. (await catalogue.EditedByAsync(subject.UserKey, cancellationToken).ConfigureAwait(false)).OrderBy(r => r.UpdatedAt)
            .Select(r => new { handreiking = r.EntryId, retired = r.Retired, at = r.UpdatedAt })]);

    public async Task<PersonalDataReport> DescribeAsync(DataSubject subject, CultureInfo culture, CancellationToken cancellationToken) =>
        Report(culture, await catalogue.CountEditedByAsync(subject.UserKey, cancellationToken).ConfigureAwait(false));

    public async Task<PersonalDataReport> DeleteAsync(DataSubject subject, CultureInfo culture, CancellationToken cancellationToken) =>
        Report(culture, await catalogue.ForgetEditorAsync(subject.UserKey, cancellationToken).ConfigureAwait(false));

    private static PersonalDataReport Report(CultureInfo culture, int count) => new(
        MyDataStrings.CatalogueEditsArea(culture),
        [new PersonalDataItem(MyDataStrings.CatalogueEditsItem(culture), count)],
        [MyDataStrings.CatalogueEditsRemain(culture)]);
}
