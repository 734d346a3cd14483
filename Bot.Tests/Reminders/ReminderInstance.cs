using IntervisieBot.Features.Reminders;
using IntervisieBot.Features.Reminders.Domain;
using IntervisieBot.Features.Reminders.Handlers;
using IntervisieBot.Features.Reminders.Storage;
using IntervisieBot.Protocol.Connector;
using IntervisieBot.Storage;
using IntervisieBot.Tests.Infrastructure;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace IntervisieBot.Tests.Reminders;

/// <summary>
/// One bot instance's reminder services (the real composition: connector, table storage, reminders) on the shared
/// Azurite. Several instances with the same table prefix are several bot instances sharing one storage account.
/// </summary>
internal sealed class ReminderInstance : IAsyncDisposable
{
    private readonly ServiceProvider _services;
    private readonly List<IHostedService> _started = [];
    private bool _disposed;

    private ReminderInstance(ServiceProvider services) => _services = services;

    public ReminderEngine Engine => _services.GetRequiredService<ReminderEngine>();
    public ReminderScheduler Scheduler => _services.GetRequiredService<ReminderScheduler>();
    public ReminderOutbox Outbox => _services.GetRequiredService<ReminderOutbox>();
    public ReminderPacer Pacer => _services.GetRequiredService<ReminderPacer>();
    public IServiceProvider Services => _services;

    /// <param name="connector">The loopback connector the reminders go to: configured as a trusted service host, as a
    /// Teams host is in production (a stored serviceUrl alone is never trusted).</param>
    public static ReminderInstance Create(
        string tablePrefix, TimeProvider time, string instanceId, IReadOnlyDictionary<string, string?>? settings = null, LoopbackConnector? connector = null)
    {
        var values = new Dictionary<string, string?>
        {
            ["ConnectionStrings:Tables"] = AzuriteServer.Shared.ConnectionString,
            ["Storage:TablePrefix"] = tablePrefix,
            ["Reminders:InstanceId"] = instanceId,
            ["Connector:MaxAttempts"] = "1",
        };
        if (connector is not null) values["Connector:TrustedServiceHosts:0"] = connector.TrustedHostEntry;
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>()) values[key] = value;
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(values).Build();
        var services = new ServiceCollection();
        services.AddSingleton<IConfiguration>(configuration);
        services.AddLogging(b => b.SetMinimumLevel(LogLevel.Warning));
        services.AddSingleton(time);
        services.AddBotConnector(configuration);
        services.AddTableStorage(configuration);
        services.AddReminders(configuration);
        services.AddSingleton<IReminderKind, EchoReminderKind>();
        services.AddSingleton<IReminderKind, ClosingReminderKind>();
        return new ReminderInstance(services.BuildServiceProvider());
    }

    /// <summary>Starts the background delivery service (the real polling loop).</summary>
    public async Task StartDeliveryAsync()
    {
        foreach (var service in _services.GetServices<IHostedService>().OfType<ReminderDeliveryService>())
        {
            await service.StartAsync(CancellationToken.None);
            _started.Add(service);
        }
    }

    public static ReminderRequest Request(LoopbackConnector connector, DateTimeOffset due, int user, string? id = null, string? conversationId = "auto", string kind = EchoReminderKind.Name) =>
        new(
            kind,
            "tenant-1",
            $"29:user-{user}",
            $"aad-user-{user}",
            connector.ServiceUrl,
            due,
            Payload: "{\"lessonId\":\"l-1\"}",
            ConversationId: conversationId == "auto" ? $"a:chat-{user}" : conversationId,
            Id: id);

    /// <summary>Stops the delivery service gracefully (in-flight sends finish and are recorded), then disposes. Idempotent.</summary>
    public async ValueTask DisposeAsync()
    {
        if (_disposed) return;
        _disposed = true;
        foreach (var service in _started) await service.StopAsync(CancellationToken.None);
        await _services.DisposeAsync();
    }
}
