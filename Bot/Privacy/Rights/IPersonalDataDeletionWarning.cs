using System.Globalization;

namespace IntervisieBot.Privacy.Rights;

/// <summary>
/// A contributor whose deletion has a consequence for others (e.g. a team left without its only teamleider) says so on
/// the confirmation card of <c>verwijder mijn gegevens</c>, before anything is deleted.
/// </summary>
public interface IPersonalDataDeletionWarning
{
    /// <summary>The warning (already localized), or null when deleting has no such consequence.</summary>
    Task<string?> WarnAsync(DataSubject subject, CultureInfo culture, CancellationToken cancellationToken);
}
