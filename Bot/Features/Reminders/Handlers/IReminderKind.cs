using System.Globalization;
using IntervisieBot.Features.Reminders.Domain;
using IntervisieBot.Protocol.Schema;

namespace IntervisieBot.Features.Reminders.Handlers;

/// <summary>
/// A feature's kind of reminder (e.g. the lesson check). Register with
/// <c>services.AddSingleton&lt;IReminderKind, YourKind&gt;()</c>; <see cref="Kind"/> must be unique.
/// </summary>
public interface IReminderKind
{
    /// <summary>Stable id stored in the outbox row (letters, digits, dashes).</summary>
    string Kind { get; }

    /// <summary>
    /// The message (usually a card) to send now, built from current data; null when the reminder is no longer needed
    /// (it is then closed, not sent). Throwing counts as a transient failure (retried later).
    /// </summary>
    Task<Activity?> BuildAsync(ReminderRow reminder, CultureInfo culture, CancellationToken cancellationToken);
}
