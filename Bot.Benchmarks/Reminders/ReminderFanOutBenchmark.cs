using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using IntervisieBot.Features.Reminders;
using IntervisieBot.Features.Reminders.Domain;
using IntervisieBot.Features.Reminders.Handlers;
using IntervisieBot.Features.Reminders.Storage;
using IntervisieBot.Protocol.Connector;
using IntervisieBot.Storage;


namespace IntervisieBot.Benchmarks.Reminders;

/// <summary>
/// Fans out N reminders over U users through the real delivery engine (outbox on Azure Tables, claims, pacing, background
/// services) to a <see cref="TeamsLimitConnector"/> that enforces Teams' limits, and reports messages/second against the
/// 50/s ceiling, 429s, duplicates and losses. Not a test: numbers depend on the machine.
/// </summary>
public static class ReminderFanOutBenchmark
{
    public const double TeamsCeilingPerSecond = 50;

    public static async Task<ReminderFanOutResult> RunAsync(ReminderFanOutOptions options, TextWriter output, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentOutOfRangeException.ThrowIfLessThan(options.Reminders, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(options.Users, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(options.Instances, 1);
        await using var connector = await TeamsLimitConnector.StartAsync().ConfigureAwait(false);
        var prefix = "bench" + Guid.NewGuid().ToString("N")[..10];
        // A Wednesday 10:00 in Amsterdam: the working-day window is open whenever the benchmark runs.
        var time = OffsetTimeProvider.StartingAt(new DateTimeOffset(2026, 6, 10, 8, 0, 0, TimeSpan.Zero));
        var instances = Enumerable.Range(0, options.Instances).Select(i => BuildInstance(options, prefix, time, i, new Uri(connector.ServiceUrl))).ToList();
        try
        {
            var scheduler = instances[0].GetRequiredService<ReminderScheduler>();
            var now = time.GetUtcNow();
            var scheduling = Stopwatch.StartNew();
            var scheduled = new ConcurrentBag<string>();
            await Parallel.ForEachAsync(Enumerable.Range(0, options.Reminders), new ParallelOptions { MaxDegreeOfParallelism = 32, CancellationToken = cancellationToken }, async (i, ct) =>
            {
                var user = i % options.Users;
                var reminder = await scheduler.ScheduleAsync(new ReminderRequest(
                    BenchmarkReminderKind.Name, "bench-tenant", $"29:bench-user-{user}", $"bench-user-{user}", connector.ServiceUrl, now,
                    ConversationId: $"a:bench-chat-{user}", Id: $"b{i:D7}"), ct).ConfigureAwait(false);
                scheduled.Add(reminder.Id);
            }).ConfigureAwait(false);
            scheduling.Stop();

            var delivery = Stopwatch.StartNew();
            var services = instances.SelectMany(p => p.GetServices<IHostedService>().OfType<ReminderDeliveryService>()).ToList();
            foreach (var service in services) await service.StartAsync(cancellationToken).ConfigureAwait(false);
            var completed = true;
            while (connector.DistinctDelivered < options.Reminders)
            {
                if (delivery.Elapsed > options.Timeout)
                {
                    completed = false;
                    break;
                }
                await Task.Delay(TimeSpan.FromMilliseconds(100), cancellationToken).ConfigureAwait(false);
            }
            delivery.Stop();
            foreach (var service in services) await service.StopAsync(CancellationToken.None).ConfigureAwait(false);

            var (delivered, first, last) = connector.Snapshot();
            var seconds = first is { } f && last is { } l && l > f ? (l - f).TotalSeconds : delivery.Elapsed.TotalSeconds;
            var rate = delivered.Count / Math.Max(seconds, 0.001);
            var result = new ReminderFanOutResult(
                options.Reminders,
                options.Users,
                options.Instances,
                TeamsCeilingPerSecond,
                Math.Round(scheduling.Elapsed.TotalSeconds, 2),
                Math.Round(seconds, 2),
                Math.Round(rate, 2),
                Math.Round(rate / TeamsCeilingPerSecond, 3),
                connector.Requests,
                connector.PeakInAnySecond(),
                connector.Throttled,
                delivered.Values.Count(c => c > 1),
                scheduled.Count(id => !delivered.ContainsKey(id)),
                completed);
            await output.WriteLineAsync(JsonSerializer.Serialize(result, new JsonSerializerOptions { WriteIndented = true, PropertyNamingPolicy = JsonNamingPolicy.CamelCase })).ConfigureAwait(false);
            return result;
        }
        finally
        {
            foreach (var instance in instances) await instance.DisposeAsync().ConfigureAwait(false);
        }
    }

    private static ServiceProvider BuildInstance(ReminderFanOutOptions options, string prefix, TimeProvider time, int index, Uri connector)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["ConnectionStrings:Tables"] = options.TablesConnectionString,
            ["Storage:TablePrefix"] = prefix,
            ["Reminders:InstanceId"] = "bench-" + index.ToString(CultureInfo.InvariantCulture),
            ["Reminders:PollInterval"] = "00:00:00.200",
            ["Reminders:BatchSize"] = "500",
            ["Reminders:MaxParallelSends"] = "64",
            ["Reminders:RetryBaseDelay"] = "00:00:01",
            ["Reminders:RetryMaxDelay"] = "00:00:10",
            ["Reminders:MaxAttempts"] = "50",
            // No per-instance setting: the instances share the tenant's 50/s through the table (TenantBudgetShare).
            ["Reminders:TenantPerSecond"] = options.TenantPerSecond.ToString(CultureInfo.InvariantCulture),
            ["Reminders:PacingMargin"] = (options.PacingMargin ?? new ReminderOptions().PacingMargin).ToString("c", CultureInfo.InvariantCulture),
            ["Connector:MaxAttempts"] = "4",
            // The reminders go to stored serviceUrls; as in production only a configured host may receive the token.
            ["Connector:TrustedServiceHosts:0"] = $"{connector.Host}:{connector.Port.ToString(CultureInfo.InvariantCulture)}",
        }).Build();
        var services = new ServiceCollection();
        services.AddSingleton<IConfiguration>(configuration);
        services.AddLogging(b => b.SetMinimumLevel(LogLevel.Error));
        services.AddSingleton(time);
        services.AddBotConnector(configuration);
        services.AddTableStorage(configuration);
        services.AddReminders(configuration);
        services.AddSingleton<IReminderKind, BenchmarkReminderKind>();
        return services.BuildServiceProvider();
    }
}
