namespace IntervisieBot.Features.Reminders;

/// <summary>
/// The tenant a reminder send is for, flowing (AsyncLocal) into the connector's HTTP pipeline so
/// <see cref="ReminderThrottleHandler"/> can slow that tenant when the connector answers 429, even on a retry the
/// ConnectorClient handles itself.
/// </summary>
internal static class ReminderSendContext
{
    private static readonly AsyncLocal<string?> CurrentTenant = new();

    public static string? TenantId => CurrentTenant.Value;

    public static IDisposable Enter(string tenantId)
    {
        var previous = CurrentTenant.Value;
        CurrentTenant.Value = tenantId;
        return new Scope(previous);
    }

    private sealed class Scope(string? previous) : IDisposable
    {
        public void Dispose() => CurrentTenant.Value = previous;
    }
}
