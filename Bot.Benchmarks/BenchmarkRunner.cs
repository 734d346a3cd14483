using System.Globalization;
using IntervisieBot.Features.Reminders.Benchmark;

namespace IntervisieBot.Benchmarks;

/// <summary>
/// One run: machine facts; Azurite and the loopback connector; IntervisieBot as its own process (cold start, set-up,
/// mixed traffic, messages only); the botbuilder echo bot on the same message stream; the recommender; the reminder fan-out
/// against Teams' limits. Never fails on timing.
/// </summary>
public static class BenchmarkRunner
{
    public const string EchoBotScript = "tools/bench/echo-bot.js";

    public static async Task<BenchmarkReport> RunAsync(BenchmarkOptions options, TextWriter log)
    {
        var machine = MachineInfo.Collect();
        log.WriteLine($"==> machine: {machine.Cores} cores ({machine.CpuModel}), {machine.MemoryGiB} GiB, {machine.Os}, {machine.DotNet}, node {machine.Node}, load {machine.LoadAverageAtStart}");
        if (!File.Exists(options.BotDll)) throw new BenchmarkSetupException($"The bot is not built: {options.BotDll} (./bench.sh builds it in Release).");
        var echoScript = Path.Combine(options.RepoRoot, EchoBotScript);
        if (options.IncludeEchoBot && !Directory.Exists(Path.Combine(options.RepoRoot, "node_modules", "botbuilder")))
            throw new BenchmarkSetupException("npm botbuilder is not installed (./bench.sh runs npm ci first).");

        using var azurite = await AzuriteProcess.StartAsync(options.RepoRoot);
        await using var connector = await ArrivalConnector.StartAsync();
        var traffic = new TeamsTraffic(connector.ServiceUrl);
        using var handler = new SocketsHttpHandler { MaxConnectionsPerServer = 1024, PooledConnectionLifetime = TimeSpan.FromMinutes(5) };
        using var http = new HttpClient(handler) { Timeout = TimeSpan.FromSeconds(30) };
        var generator = new LoadGenerator(http, connector, traffic, options.ReplyTimeout);

        var run = Guid.NewGuid().ToString("N")[..8];
        var conversations = Enumerable.Range(0, options.Conversations).Select(i => BenchConversation.Create(run, i)).ToList();
        var byId = conversations.ToDictionary(c => c.ConversationId, StringComparer.Ordinal);
        connector.MemberFor = id => byId.TryGetValue(id, out var c) ? TeamsTraffic.Member(c) : new { id = "29:bench-nobody", name = "Niemand" };

        var coldStarts = new List<ColdStartResult>();
        var turns = new List<LoadPhaseResult>();
        var botPort = FreePort.Next();
        var botArguments = new[] { options.BotDll, "--urls", $"http://127.0.0.1:{botPort}" };
        log.WriteLine($"==> IntervisieBot: dotnet {string.Join(' ', botArguments)}");
        await using (var bot = await BotUnderTest.StartAsync("IntervisieBot", "dotnet", botArguments, Path.GetDirectoryName(options.BotDll)!,
            BotEnvironment(azurite, run), botPort, generator, run))
        {
            coldStarts.Add(bot.ColdStart);
            log.WriteLine($"    cold start: first 200 after {bot.ColdStart.ToFirstHttpOkMs} ms, first reply after {bot.ColdStart.ToFirstReplyMs} ms");
            // Set-up (not measured): the app is installed in every team, which sends the welcome and makes the user teamleider.
            await Task.WhenAll(conversations.Select(c => generator.SendAsync(bot.MessagesUrl, TrafficKind.InstallationAdd, c, recorder: null)));

            turns.Add(await RunPhaseAsync(log, generator, "Mixed Teams traffic", "IntervisieBot", bot, conversations, TeamsTraffic.MixedCycle, options));
            turns.Add(await RunPhaseAsync(log, generator, "Message stream", "IntervisieBot", bot, conversations, TeamsTraffic.MessageCycle, options));
        }

        ChaosResult? chaos = null;
        if (options.ChaosDuration > TimeSpan.Zero)
        {
            log.WriteLine($"==> chaos: {options.Conversations} conversations for {options.ChaosDuration.TotalSeconds} s; the bot killed and restarted twice, Azurite frozen for {options.ChaosFreeze.TotalSeconds} s, the connector answering {options.ChaosThrottledShare:P0} 429 and {options.ChaosServerErrorShare:P0} 500");
            chaos = await ChaosBenchmark.RunAsync(options, azurite, connector, traffic, generator, run, log);
        }

        Comparison? comparison = null;
        if (options.IncludeEchoBot)
        {
            var echoPort = FreePort.Next();
            var echoArguments = new[] { echoScript, "--port", echoPort.ToString(CultureInfo.InvariantCulture) };
            log.WriteLine($"==> echo bot: node {string.Join(' ', echoArguments)}");
            await using var echo = await BotUnderTest.StartAsync("Echo bot (botbuilder JS)", "node", echoArguments, options.RepoRoot,
                new Dictionary<string, string>(), echoPort, generator, run);
            coldStarts.Add(echo.ColdStart);
            log.WriteLine($"    cold start: first 200 after {echo.ColdStart.ToFirstHttpOkMs} ms, first reply after {echo.ColdStart.ToFirstReplyMs} ms");
            var echoPhase = await RunPhaseAsync(log, generator, "Message stream", "Echo bot (botbuilder JS)", echo, conversations, TeamsTraffic.MessageCycle, options);
            turns.Add(echoPhase);
            comparison = Compare(turns[1], echoPhase);
        }

        log.WriteLine("==> personal-data guard");
        var guard = GuardSpeedBenchmark.Run(options.RepoRoot, options.GuardRounds, log);

        log.WriteLine("==> recommender");
        var recommender = await RecommenderBenchmark.RunAsync(options.Lessons, options.RecommenderQueries, log);

        log.WriteLine($"==> reminder fan-out: {options.Reminders} reminders over {options.ReminderUsers} users, {options.ReminderInstances} instance(s), through the delivery engine to a connector enforcing Teams' limits");
        var fanOut = await ReminderFanOutBenchmark.RunAsync(
            new ReminderFanOutOptions { Reminders = options.Reminders, Users = options.ReminderUsers, Instances = options.ReminderInstances, TablesConnectionString = azurite.ConnectionString }, log);

        return new BenchmarkReport(
            DateTimeOffset.UtcNow,
            options.Mode,
            machine,
            new BenchmarkSettings(options.Conversations, options.Warmup.TotalSeconds, options.Duration.TotalSeconds, options.ReplyTimeout.TotalSeconds,
                options.Lessons, options.RecommenderQueries, options.Reminders, options.ReminderUsers,
                "dotnet Bot/bin/Release/net10.0/IntervisieBot.dll --urls http://127.0.0.1:<port> (Production, Logging:LogLevel:Default=Warning)",
                $"node {EchoBotScript} --port <port>"),
            coldStarts,
            turns,
            comparison,
            recommender,
            guard,
            fanOut,
            chaos,
            Notes(machine));
    }

    private static async Task<LoadPhaseResult> RunPhaseAsync(TextWriter log, LoadGenerator generator, string phase, string target, BotUnderTest bot,
        IReadOnlyList<BenchConversation> conversations, IReadOnlyList<TrafficKind> cycle, BenchmarkOptions options)
    {
        log.WriteLine($"    {phase}: {conversations.Count} conversations, {options.Warmup.TotalSeconds} s warm-up + {options.Duration.TotalSeconds} s");
        var result = await generator.RunAsync(phase, target, bot.MessagesUrl, conversations, cycle, options.Warmup, options.Duration, bot.Sampler,
            wholeCycle: options.Mode == "smoke");
        log.WriteLine($"      {result.RequestsPerSecond} req/s, HTTP p50 {result.Http.P50} ms p99 {result.Http.P99} ms, reply p50 {result.Reply.P50} ms p99 {result.Reply.P99} ms, errors {result.ErrorCount}, peak RSS {result.PeakRssMiB} MiB, CPU {result.CpuPercentOfOneCore}%");
        return result;
    }

    private static Dictionary<string, string> BotEnvironment(AzuriteProcess azurite, string run) => new()
    {
        ["ASPNETCORE_ENVIRONMENT"] = "Production",
        ["ConnectionStrings__Tables"] = azurite.ConnectionString,
        ["Storage__TablePrefix"] = "bench" + run,
        ["Logging__LogLevel__Default"] = "Warning",
        ["OTEL_EXPORTER_OTLP_ENDPOINT"] = "",
    };

    private static Comparison Compare(LoadPhaseResult ours, LoadPhaseResult echo)
    {
        static double Ratio(double a, double b) => b > 0 ? Math.Round(a / b, 2) : 0;
        return new Comparison(
            Ratio(ours.RequestsPerSecond, echo.RequestsPerSecond),
            Ratio(ours.Http.P50, echo.Http.P50),
            Ratio(ours.Reply.P50, echo.Reply.P50),
            Ratio(ours.Reply.P99, echo.Reply.P99),
            "IntervisieBot ÷ echo bot on the same message stream. IntervisieBot does real work per turn (conversation registry and "
            + "activity de-duplication in Table Storage, routing, a localized Adaptive Card); the echo bot does nothing and stores nothing.");
    }

    private static List<string> Notes(MachineInfo machine) =>
    [
        "IntervisieBot does real work and storage per turn: it records the conversation and the activity id (de-duplication) in "
        + "Table Storage (Azurite), routes the command and replies with a localized Adaptive Card; the roles card action checks the "
        + "actor's role, reads the team roster from the connector and writes the roles; round card actions read the roster, store "
        + "the round and contributions with ETags and update the round card through the connector; a lesson save runs the privacy "
        + "guard on every field, stores the lesson and schedules its check. The echo bot (npm botbuilder, CloudAdapter) "
        + "only echoes the text: no storage, no cards.",
        "IntervisieBot answers HTTP 200 as soon as a message is queued and replies from a background worker; botbuilder's "
        + "CloudAdapter runs the turn (and sends the reply) before it answers HTTP, so its HTTP latency includes its reply.",
        "Closed loop: each conversation sends its next activity once the previous one is answered (and its reply has arrived). "
        + "The first seconds of every phase are warm-up and not recorded. Cold start is process start to the first help message "
        + "answered (first turn also creates the tables).",
        $"The load generator, loopback connector, Azurite and the bot share this machine's {machine.Cores} cores; compare runs "
        + "on the same machine, do not read them as capacity. Benchmarks never fail on timing.",
    ];
}
