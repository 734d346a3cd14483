using System.Globalization;

namespace IntervisieBot.Privacy.Rights;

/// <summary>
/// Every feature that stores something about a person implements this, so <c>mijn gegevens</c> shows it and
/// <c>verwijder mijn gegevens</c> deletes it. Register with <c>services.AddSingleton&lt;IPersonalDataContributor, …&gt;()</c>.
/// </summary>
public interface IPersonalDataContributor
{
    /// <summary>What is stored about <paramref name="subject"/> (counts, never content) in <paramref name="culture"/>.</summary>
    Task<PersonalDataReport> DescribeAsync(DataSubject subject, CultureInfo culture, CancellationToken cancellationToken);

    /// <summary>Deletes (or anonymises, where the data is shared) and reports what was removed and what remains.</summary>
    Task<PersonalDataReport> DeleteAsync(DataSubject subject, CultureInfo culture, CancellationToken cancellationToken);
}
