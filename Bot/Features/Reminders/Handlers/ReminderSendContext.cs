namespace IntervisieBot.Features.Reminders.Handlers;

/// <summary>
/// The tenant and conversation a reminder's connector call is for, flowing (AsyncLocal) into the connector's HTTP
/// pipeline, where <see cref="ReminderThrottleHandler"/> paces every attempt (including the ConnectorClient's own
/// retries) and slows the tenant when the connector answers 429.
/// </summary>
internal static class ReminderSendContext
{
    private static readonly AsyncLocal<Target?> Current = new();

    public static Target? Value => Current.Value;

    /// <param name="conversationId">Null for tenant-wide calls (create conversation).</param>
    public static IDisposable Enter(string tenantId, string? conversationId)
    {
        var previous = Current.Value;
        Current.Value = new Target(tenantId, conversationId);
        return new Scope(previous);
    }

    internal sealed record Target(string TenantId, string? ConversationId);

    private sealed class Scope(Target? previous) : IDisposable
    {
        public void Dispose() => Current.Value = previous;
    }
}
