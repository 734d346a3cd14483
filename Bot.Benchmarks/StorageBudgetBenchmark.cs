using System.Collections.Concurrent;
using System.Diagnostics.Metrics;
using IntervisieBot.Hosting;
using IntervisieBot.Protocol.Turns;
using IntervisieBot.Storage;

namespace IntervisieBot.Benchmarks;

/// <summary>
/// Storage requests per kind of turn: the bot in this process (so its <c>intervisiebot.turn.storage_requests</c> histogram,
/// fed by <see cref="StorageRequestCountingPolicy"/>, can be read), on the same Azurite, one team playing the mixed cycle
/// one activity at a time: once to warm up (tables, caches, the conversation known), then twice measured. Counts, not times.
/// </summary>
public static class StorageBudgetBenchmark
{
    private static readonly TimeSpan MeasurementTimeout = TimeSpan.FromSeconds(15);

    public static async Task<IReadOnlyList<StorageBudgetResult>> RunAsync(AzuriteProcess azurite, LoadGenerator generator,
        BenchConversation team, string run, TextWriter log)
    {
        var port = FreePort.Next();
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { EnvironmentName = "Production", ContentRootPath = AppContext.BaseDirectory });
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["ConnectionStrings:Tables"] = azurite.ConnectionString,
            ["Storage:TablePrefix"] = "budget" + run,
            ["Logging:LogLevel:Default"] = "Error", // the development-mode warnings of an in-process bot would only clutter the run's output
            ["Reminders:DeliveryEnabled"] = "false",
        });
        builder.WebHost.UseUrls($"http://127.0.0.1:{port}");
        builder.AddIntervisieBot();
        await using var app = builder.Build();
        app.MapIntervisieBot();
        await app.StartAsync();

        // Only this bot's turns: other bots in the same process (a test run) record on meters of the same name.
        var meter = app.Services.GetRequiredService<TurnTelemetry>().Meter;
        var measurements = new ConcurrentQueue<long>();
        using var listener = new MeterListener();
        listener.InstrumentPublished = (instrument, l) =>
        {
            if (ReferenceEquals(instrument.Meter, meter) && instrument.Name == "intervisiebot.turn.storage_requests") l.EnableMeasurementEvents(instrument);
        };
        listener.SetMeasurementEventCallback<long>((_, value, _, _) => measurements.Enqueue(value));
        listener.Start();
        var url = new Uri($"http://127.0.0.1:{port}/api/messages");

        var recorder = new LoadRecorder();
        await MeasureAsync(generator, url, TrafficKind.InstallationAdd, team, measurements, recorder);
        foreach (var kind in TeamsTraffic.MixedCycle) await MeasureAsync(generator, url, kind, team, measurements, recorder);
        var samples = new Dictionary<TrafficKind, List<int>>();
        for (var pass = 0; pass < 2; pass++)
        {
            foreach (var kind in TeamsTraffic.MixedCycle)
            {
                var used = await MeasureAsync(generator, url, kind, team, measurements, recorder);
                if (!samples.TryGetValue(kind, out var list)) samples[kind] = list = [];
                list.Add(used);
            }
        }
        await app.StopAsync();
        var errors = recorder.ToResult("", "", "", 1, TimeSpan.Zero, TimeSpan.FromSeconds(1), null).Errors;
        if (errors.Count > 0) log.WriteLine($"    storage budget: some turns did not do their work ({string.Join(", ", errors.Select(e => $"{e.Key} {e.Value}"))})");

        var results = samples.OrderBy(s => s.Key).Select(s =>
        {
            var budget = Budget(s.Key);
            var most = s.Value.Max();
            return new StorageBudgetResult(s.Key.ToString(), s.Value.Count, most, budget, budget is { } b ? most <= b : null);
        }).ToList();
        foreach (var r in results) log.WriteLine($"    {r.Kind}: {r.Requests} storage requests{(r.Budget is { } b ? $" (budget {b}: {(r.WithinBudget == true ? "within" : "OVER")})" : "")}");
        return results;
    }

    /// <summary>The budget of a kind of turn (<see cref="StorageBudget"/>); null where none is set.</summary>
    public static int? Budget(TrafficKind kind) => kind switch
    {
        TrafficKind.Help or TrafficKind.Hulp => StorageBudget.KnownCommandMessage,
        TrafficKind.RoundStart => StorageBudget.RoundStart,
        TrafficKind.RoundContribute => StorageBudget.RoundContribution,
        TrafficKind.LessonSave => StorageBudget.LessonSave + StorageBudget.LessonReminder,
        _ => null,
    };

    /// <summary>Sends one activity (and waits for its reply) and then for its turn's storage count, which a message records after its done mark.</summary>
    private static async Task<int> MeasureAsync(LoadGenerator generator, Uri url, TrafficKind kind, BenchConversation team,
        ConcurrentQueue<long> measurements, LoadRecorder recorder)
    {
        var before = measurements.Count;
        await generator.SendAsync(url, kind, team, recorder);
        var deadline = DateTime.UtcNow + MeasurementTimeout;
        while (measurements.Count <= before)
        {
            if (DateTime.UtcNow > deadline) throw new BenchmarkSetupException($"The {kind} turn never recorded its storage requests.");
            await Task.Delay(10);
        }
        return (int)measurements.ToArray()[before];
    }
}
