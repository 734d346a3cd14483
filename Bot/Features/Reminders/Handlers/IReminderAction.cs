using System.Globalization;
using IntervisieBot.Protocol.Schema;

using IntervisieBot.Features.Reminders.Domain;

namespace IntervisieBot.Features.Reminders.Handlers;

/// <summary>
/// A kind of timed work that is not one message (e.g. a round's phase deadline: nudges and the phase advanced). The engine
/// claims its row like any reminder's (exactly once across instances), runs <see cref="RunAsync"/> with its connector calls
/// paced (Teams' per-conversation and per-tenant limits) and marks it done when it returns; throwing retries it later.
/// Register with <c>services.AddSingleton&lt;IReminderKind, YourAction&gt;()</c>.
/// </summary>
public interface IReminderAction : IReminderKind
{
    /// <summary>Does the work. Repeating it after a crash must change nothing (the engine runs it at least once per claim).</summary>
    Task RunAsync(ReminderRow reminder, CancellationToken cancellationToken);

    /// <summary>An action sends no message of its own through the engine.</summary>
    Task<Activity?> IReminderKind.BuildAsync(ReminderRow reminder, CultureInfo culture, CancellationToken cancellationToken) => Task.FromResult<Activity?>(null);
}
