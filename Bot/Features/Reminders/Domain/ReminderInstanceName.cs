using Microsoft.Extensions.Options;

namespace IntervisieBot.Features.Reminders.Domain;

/// <summary>This instance's name on outbox claims and tenant budget leases: <c>Reminders:InstanceId</c>, else the machine name plus a random suffix.</summary>
public sealed class ReminderInstanceName(IOptions<ReminderOptions> options)
{
    public string Value { get; } = string.IsNullOrWhiteSpace(options.Value.InstanceId)
        ? $"{Environment.MachineName}-{Guid.NewGuid().ToString("N")[..8]}"
        : options.Value.InstanceId;
}
