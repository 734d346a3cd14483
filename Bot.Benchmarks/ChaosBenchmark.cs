using System.Collections.Concurrent;
using System.Diagnostics;
using Azure.Data.Tables;
using IntervisieBot.Storage;

namespace IntervisieBot.Benchmarks;

/// <summary>
/// 50 conversations for 60 s (by default) against the bot as its own process, while it is killed with SIGKILL and restarted
/// twice (at 20 % and 70 % of the run), Azurite is frozen with SIGSTOP for 10 s (from 40 %), and the connector answers 10 %
/// of sends with 429 and 5 % with 500. Each conversation behaves like Teams: it sends a message, and while the answer is
/// not a 200 (503, or no answer from a dead process) it sends the same activity again after a second.
/// </summary>
public static class ChaosBenchmark
{
    private static readonly TimeSpan Redelivery = TimeSpan.FromSeconds(1);
    private static readonly TimeSpan DrainTimeout = TimeSpan.FromMinutes(3);

    public static async Task<ChaosResult> RunAsync(BenchmarkOptions options, AzuriteProcess azurite, ArrivalConnector connector,
        TeamsTraffic traffic, LoadGenerator generator, string run, TextWriter log)
    {
        var prefix = "chaos" + run;
        var port = FreePort.Next();
        using var bot = new RestartableBot(options.BotDll, port, new Dictionary<string, string>
        {
            ["ASPNETCORE_ENVIRONMENT"] = "Production",
            ["ConnectionStrings__Tables"] = azurite.ConnectionString,
            ["Storage__TablePrefix"] = prefix,
            ["Logging__LogLevel__Default"] = "Error",
            ["OTEL_EXPORTER_OTLP_ENDPOINT"] = "",
            ["Turns__InstanceId"] = "chaos-bot-" + run,
            ["Turns__RecoveryInterval"] = "00:00:01",
            ["Turns__RetryBaseDelay"] = "00:00:01",
            ["Connector__BaseDelay"] = "00:00:00.200",
        });
        await bot.StartAsync();
        var conversations = Enumerable.Range(0, options.Conversations).Select(i => BenchConversation.Create(run + "-chaos", i)).ToList();
        var tally = new Tally();
        connector.InjectFaults(options.ChaosThrottledShare, options.ChaosServerErrorShare, seed: 20261207);
        var started = Stopwatch.StartNew();
        var stopAt = options.ChaosDuration;
        var loops = Task.WhenAll(conversations.Select(c => Task.Run(() => ConversationLoopAsync(c, bot, traffic, generator, connector, started, stopAt, tally))));

        var freeze = options.ChaosFreeze;
        await WaitUntilAsync(started, stopAt * 0.2);
        // Every conversation has had a message acknowledged before the first kill (a slow machine must not skip the point).
        while (tally.Acknowledged.Count < conversations.Count && started.Elapsed < stopAt) await Task.Delay(50);
        log.WriteLine($"      {started.Elapsed.TotalSeconds:F1} s: SIGKILL the bot, restart");
        bot.Kill();
        await bot.StartAsync();
        await WaitUntilAsync(started, stopAt * 0.4);
        log.WriteLine($"      {started.Elapsed.TotalSeconds:F1} s: SIGSTOP Azurite for {freeze.TotalSeconds} s");
        ProcessSignals.Freeze(azurite.ProcessId);
        try
        {
            await Task.Delay(freeze);
        }
        finally
        {
            ProcessSignals.Thaw(azurite.ProcessId);
        }
        await WaitUntilAsync(started, stopAt * 0.7);
        log.WriteLine($"      {started.Elapsed.TotalSeconds:F1} s: SIGKILL the bot, restart");
        bot.Kill();
        await bot.StartAsync();
        await loops;
        connector.StopFaults();

        // Drain: every acknowledged message answered (replies that waited in the inbox go out with backoff) and every inbox row finished.
        var drain = Stopwatch.StartNew();
        var inbox = new TableServiceClient(azurite.ConnectionString).GetTableClient(prefix + TableNames.Inbox);
        while (drain.Elapsed < DrainTimeout
            && (tally.Acknowledged.Keys.Any(id => !connector.Delivered.ContainsKey(id)) || await UnfinishedAsync(inbox) > 0))
            await Task.Delay(250);

        var acknowledged = tally.Acknowledged.Keys.ToList();
        var result = new ChaosResult(
            options.Conversations,
            options.ChaosDuration.TotalSeconds,
            bot.Kills,
            freeze.TotalSeconds,
            options.ChaosThrottledShare,
            options.ChaosServerErrorShare,
            connector.Injected429,
            connector.Injected500,
            tally.Sent,
            acknowledged.Count,
            acknowledged.Count(id => connector.Delivered.GetValueOrDefault(id) >= 1),
            acknowledged.Count(id => connector.Delivered.GetValueOrDefault(id) > 1),
            acknowledged.Count(id => connector.Delivered.GetValueOrDefault(id) == 0),
            tally.Refused503,
            tally.ConnectionFailures,
            Math.Round(drain.Elapsed.TotalSeconds, 1));
        log.WriteLine($"      sent {result.Sent}, acknowledged {result.Acknowledged}, answered {result.Answered}, duplicated {result.Duplicated}, lost {result.Lost} "
            + $"(503s {result.Refused503}, connection failures {result.ConnectionFailures}, injected 429s {result.Injected429} and 500s {result.Injected500}, drained in {result.DrainSeconds} s)");
        return result;
    }

    private static async Task ConversationLoopAsync(BenchConversation conversation, RestartableBot bot, TeamsTraffic traffic, LoadGenerator generator,
        ArrivalConnector connector, Stopwatch started, TimeSpan stopAt, Tally tally)
    {
        var step = conversation.Index;
        while (started.Elapsed < stopAt)
        {
            var (id, json) = traffic.Create(step++ % 2 == 0 ? TrafficKind.Help : TrafficKind.Hulp, conversation);
            var arrival = connector.Expect(id);
            Interlocked.Increment(ref tally.Sent);
            while (true)
            {
                var (status, _) = await generator.PostAsync(bot.MessagesUrl, json);
                if (status == 200)
                {
                    tally.Acknowledged[id] = true;
                    break;
                }
                if (status == 503) Interlocked.Increment(ref tally.Refused503);
                else Interlocked.Increment(ref tally.ConnectionFailures);
                if (started.Elapsed >= stopAt) break; // Teams would keep trying; the run is over (not acknowledged, not counted)
                await Task.Delay(Redelivery);
            }
            if (!tally.Acknowledged.ContainsKey(id))
            {
                connector.Forget(id);
                continue;
            }
            try
            {
                await arrival.WaitAsync(TimeSpan.FromSeconds(10));
            }
            catch (TimeoutException)
            {
                connector.Forget(id); // still counted at the end: Delivered records every arrival
            }
        }
    }

    private static async Task<int> UnfinishedAsync(TableClient inbox)
    {
        var unfinished = 0;
        await foreach (var _ in inbox.QueryAsync<TableEntity>("InboxStatus eq 'Received' or InboxStatus eq 'Deferred'", select: ["PartitionKey"]))
            unfinished++;
        return unfinished;
    }

    private static async Task WaitUntilAsync(Stopwatch started, TimeSpan at)
    {
        var wait = at - started.Elapsed;
        if (wait > TimeSpan.Zero) await Task.Delay(wait);
    }

    private sealed class Tally
    {
        public readonly ConcurrentDictionary<string, bool> Acknowledged = new(StringComparer.Ordinal);
        public int Sent;
        public int Refused503;
        public int ConnectionFailures;
    }
}
