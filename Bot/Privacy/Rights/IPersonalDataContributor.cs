using System.Globalization;

namespace IntervisieBot.Privacy.Rights;

/// <summary>
/// Every feature that stores something about a person implements this, so <c>mijn gegevens</c> shows it,
/// <c>exporteer mijn gegevens</c> hands it over (the content itself, as JSON) and <c>verwijder mijn gegevens</c> deletes it. Register with <c>services.AddSingleton&lt;IPersonalDataContributor, …&gt;()</c>.
/// </summary>
public interface IPersonalDataContributor
{
    /// <summary>What is stored about <paramref name="subject"/> (counts, never content) in <paramref name="culture"/>.</summary>
    Task<PersonalDataReport> DescribeAsync(DataSubject subject, CultureInfo culture, CancellationToken cancellationToken);

    /// <summary>
    /// Everything this feature stores about <paramref name="subject"/>, item by item with its content (the texts they wrote,
    /// their choices, dates), for the JSON file of <c>exporteer mijn gegevens</c> (GDPR articles 15 and 20). Only the
    /// subject's own data: where a row is shared (a round, a session), only the subject's part of it, never another
    /// person's key, name or text. Labels in <paramref name="culture"/>.
    /// </summary>
    Task<PersonalDataExportSection> ExportAsync(DataSubject subject, CultureInfo culture, CancellationToken cancellationToken);

    /// <summary>Deletes (or anonymises, where the data is shared) and reports what was removed and what remains.</summary>
    Task<PersonalDataReport> DeleteAsync(DataSubject subject, CultureInfo culture, CancellationToken cancellationToken);
}
