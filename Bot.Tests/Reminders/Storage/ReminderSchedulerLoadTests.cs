using IntervisieBot.Benchmarks.Reminders;
using IntervisieBot.Features.Reminders.Domain;
using IntervisieBot.Features.Reminders.Handlers;
using IntervisieBot.Tests.Hosting;
using IntervisieBot.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace IntervisieBot.Tests.Reminders.Storage;

/// <summary>
/// Two bot instances (each with its own background delivery service) against one Azurite and one loopback connector
/// that fails 10% of requests with 429 (Retry-After: 1) and 5% with 500: every reminder is delivered exactly once.
/// </summary>
public sealed class ReminderSchedulerLoadTests
{
    private const int Reminders = 1000;
    private const int Users = 200;

    [Fact]
    public async Task DeliveryService_TwoInstancesWithInjectedFailures_EachReminderDeliveredExactlyOnce()
    {
        var prefix = AzuriteServer.NewTablePrefix();
        // Real timers, but "now" is a Wednesday 10:00 in Amsterdam, so the working-day window is open whenever the test runs.
        var time = OffsetTimeProvider.StartingAt(new DateTimeOffset(2026, 6, 10, 8, 0, 0, TimeSpan.Zero));
        await using var connector = await LoopbackConnector.StartAsync();
        var random = new Random(20260610);
        connector.FailureRule = _ =>
        {
            double roll;
            lock (random) roll = random.NextDouble();
            return roll < 0.10 ? ScriptedFailure.Throttled(1) : roll < 0.15 ? new ScriptedFailure(500) : null;
        };
        var settings = new Dictionary<string, string?>
        {
            ["Reminders:PollInterval"] = "00:00:00.200",
            ["Reminders:ClaimTimeout"] = "00:02:00",
            ["Reminders:ClaimSafetyMargin"] = "00:00:30",
            ["Reminders:RetryBaseDelay"] = "00:00:01",
            ["Reminders:RetryMaxDelay"] = "00:00:04",
            ["Reminders:MaxAttempts"] = "30",
            ["Reminders:TenantPerSecond"] = "400",
            ["Connector:MaxAttempts"] = "4",
            ["Connector:BaseDelay"] = "00:00:00.200",
        };
        await using var a = ReminderInstance.Create(prefix, time, "instance-a", settings, connector: connector);
        await using var b = ReminderInstance.Create(prefix, time, "instance-b", settings, connector: connector);

        var now = time.GetUtcNow();
        var scheduled = new System.Collections.Concurrent.ConcurrentBag<ScheduledReminder>();
        await Parallel.ForEachAsync(Enumerable.Range(0, Reminders), new ParallelOptions { MaxDegreeOfParallelism = 16 }, async (i, ct) =>
        {
            var user = i % Users;
            // A few users have no 1:1 chat yet: the engine creates it (under the same injected failures).
            var request = ReminderInstance.Request(connector, now, user, id: $"r{i:D4}", conversationId: user < 5 ? null : "auto");
            scheduled.Add(await (i % 2 == 0 ? a : b).Scheduler.ScheduleAsync(request, ct));
        });
        Assert.Equal(Reminders, scheduled.Select(s => s.Id).Distinct().Count());

        using var meters = new MeterRecorder(
            a.Services.GetRequiredService<IntervisieBot.Features.Reminders.Handlers.ReminderMetrics>().Meter, b.Services.GetRequiredService<IntervisieBot.Features.Reminders.Handlers.ReminderMetrics>().Meter,
            a.Services.GetRequiredService<ReminderDeliveryMetrics>().Meter, b.Services.GetRequiredService<ReminderDeliveryMetrics>().Meter);
        await a.StartDeliveryAsync();
        await b.StartDeliveryAsync();
        await connector.WaitForRequestsAsync(r => r.Operation == "Send" && r.Succeeded, Reminders, TimeSpan.FromMinutes(3));
        await a.DisposeAsync();
        await b.DisposeAsync();

        var delivered = connector.Requests.Where(r => r.Operation == "Send" && r.Succeeded).GroupBy(r => r.Text!).ToDictionary(g => g.Key, g => g.Count());
        Assert.Equal(Reminders, delivered.Count);
        Assert.All(delivered, pair => Assert.Equal(1, pair.Value));
        Assert.Equal(scheduled.Select(s => s.Id).Order(), delivered.Keys.Order());
        Assert.Contains(connector.Requests, r => r.ResponseStatus == 429);
        Assert.Contains(connector.Requests, r => r.ResponseStatus == 500);
        Assert.Equal(Reminders, meters.Sum("intervisiebot.reminders.sent", ("kind", EchoReminderKind.Name)));
        // Every 429 the connector answered paused the tenant in the sending instance's pacer.
        Assert.Equal(connector.Requests.Count(r => r.ResponseStatus == 429), meters.Sum("intervisiebot.reminders.throttled"));

        await using var reader = ReminderInstance.Create(prefix, time, "reader", connector: connector);
        var claimedBy = new HashSet<string>();
        foreach (var s in scheduled)
        {
            var row = await reader.Outbox.GetAsync(s.Bucket, s.Id, CancellationToken.None);
            Assert.Equal(nameof(ReminderStatus.Sent), row!.Status);
            claimedBy.Add(row.ClaimedBy!);
        }
        Assert.Equal(["instance-a", "instance-b"], claimedBy.Order());
    }
}
