using System.Globalization;

namespace IntervisieBot.Privacy.Rights;

/// <summary>
/// A feature that keeps texts a person wrote implements this next to <see cref="IPersonalDataContributor"/>, so
/// <c>exporteer mijn gegevens</c> gives them the texts themselves, not only the counts "mijn gegevens" shows.
/// </summary>
public interface IPersonalDataExport
{
    /// <summary>The person's items in this area (plain records; serialised as JSON), in <paramref name="culture"/> where labels are needed.</summary>
    Task<PersonalDataExportSection> ExportAsync(DataSubject subject, CultureInfo culture, CancellationToken cancellationToken);
}

/// <summary>One area's content in the export: its localized name and its items.</summary>
public sealed record PersonalDataExportSection(string Area, IReadOnlyList<object> Items);
