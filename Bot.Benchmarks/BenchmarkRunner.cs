using System.Globalization;
using IntervisieBot.Benchmarks.Reminders;

namespace IntervisieBot.Benchmarks;

/// <summary>
/// One run: machine facts; Azurite and the loopback connector; IntervisieBot as its own process (cold start, set-up,
/// mixed traffic, messages only); the peers (<see cref="BenchPeer.All"/>) on the same message stream; the targets as ratios;
/// the recommender; the reminder fan-out against Teams' limits. Never fails on timing.
/// </summary>
public static class BenchmarkRunner
{
    public static async Task<BenchmarkReport> RunAsync(BenchmarkOptions options, TextWriter log)
    {
        var machine = MachineInfo.Collect();
        log.WriteLine($"==> machine: {machine.Cores} cores ({machine.CpuModel}), {machine.MemoryGiB} GiB, {machine.Os}, {machine.DotNet}, node {machine.Node}, load {machine.LoadAverageAtStart}");
        if (!File.Exists(options.BotDll)) throw new BenchmarkSetupException($"The bot is not built: {options.BotDll} (./bench.sh builds it in Release).");
        var peers = options.IncludePeers ? BenchPeer.All : [];
        if (peers.SelectMany(p => p.MissingPackages(options.RepoRoot)).Distinct().ToList() is [_, ..] missing)
            throw new BenchmarkSetupException($"npm {string.Join(", ", missing)} not installed (./bench.sh runs npm ci first; a linked node_modules is its owner's to update).");

        using var azurite = await AzuriteProcess.StartAsync(options.RepoRoot);
        await using var connector = await ArrivalConnector.StartAsync();
        var traffic = new TeamsTraffic(connector.ServiceUrl);
        using var handler = new SocketsHttpHandler { MaxConnectionsPerServer = 1024, PooledConnectionLifetime = TimeSpan.FromMinutes(5) };
        using var http = new HttpClient(handler) { Timeout = TimeSpan.FromSeconds(30) };
        var generator = new LoadGenerator(http, connector, traffic, options.ReplyTimeout);

        var run = Guid.NewGuid().ToString("N")[..8];
        var conversations = Enumerable.Range(0, options.Conversations).Select(i => BenchConversation.Create(run, i)).ToList();
        var budgetTeam = BenchConversation.Create(run + "-budget", 0);
        var byId = conversations.Append(budgetTeam).ToDictionary(c => c.ConversationId, StringComparer.Ordinal);
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

        log.WriteLine("==> storage requests per kind of turn (the bot in-process, one team, one activity at a time)");
        var storageBudget = await StorageBudgetBenchmark.RunAsync(azurite, generator, budgetTeam, run, log);

        ChaosResult? chaos = null;
        if (options.ChaosDuration > TimeSpan.Zero)
        {
            log.WriteLine($"==> chaos: {options.Conversations} conversations for {options.ChaosDuration.TotalSeconds} s; the bot killed and restarted twice, Azurite frozen for {options.ChaosFreeze.TotalSeconds} s, the connector answering {options.ChaosThrottledShare:P0} 429 and {options.ChaosServerErrorShare:P0} 500");
            chaos = await ChaosBenchmark.RunAsync(options, azurite, connector, traffic, generator, run, log);
        }

        var comparisons = new List<Comparison>();
        foreach (var peer in peers)
        {
            var port = FreePort.Next();
            var arguments = peer.Arguments(options.RepoRoot, port, azurite);
            log.WriteLine($"==> {peer.Name}: node {peer.Script} --port {port}");
            await using var bot = await BotUnderTest.StartAsync(peer.Name, "node", arguments, options.RepoRoot,
                new Dictionary<string, string>(), port, generator, run);
            coldStarts.Add(bot.ColdStart);
            log.WriteLine($"    cold start: first 200 after {bot.ColdStart.ToFirstHttpOkMs} ms, first reply after {bot.ColdStart.ToFirstReplyMs} ms");
            var phase = await RunPhaseAsync(log, generator, "Message stream", peer.Name, bot, conversations, TeamsTraffic.MessageCycle, options);
            turns.Add(phase);
            comparisons.Add(Compare(turns[1], phase));
        }
        var targets = Targets(turns[0], turns[1], comparisons);
        foreach (var target in targets) log.WriteLine($"    target {target.Name}: {target.Value} ({target.Bound}) {(target.Met ? "met" : "MISSED")}");

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
                [.. peers.Select(p => $"node {p.Script} --port <port>{(p.UsesBlobs ? " --blobs <Azurite blob connection string>" : "")}")]),
            coldStarts,
            turns,
            comparisons,
            targets,
            storageBudget,
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
        log.WriteLine($"      {result.RequestsPerSecond} req/s, HTTP p50 {result.Http.P50} ms p99 {result.Http.P99} ms, reply p50 {result.Reply.P50} ms p99 {result.Reply.P99} ms, errors {result.ErrorCount}, peak RSS {result.PeakRssMiB} MiB, CPU {result.CpuPercentOfOneCore}% ({result.CpuMsPerTurn} ms per turn)");
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

    private static double Ratio(double a, double b) => b > 0 ? Math.Round(a / b, 2) : 0;

    private static Comparison Compare(LoadPhaseResult ours, LoadPhaseResult peer) => new(
        peer.Target,
        Ratio(ours.RequestsPerSecond, peer.RequestsPerSecond),
        Ratio(ours.Http.P50, peer.Http.P50),
        Ratio(ours.Reply.P50, peer.Reply.P50),
        Ratio(ours.Reply.P99, peer.Reply.P99));

    public const double MaxCardActionToMessageP99 = 2.0;
    public const double MaxPeakRssMiB = 200;

    /// <summary>
    /// The targets of issue #16, as ratios of this one run: our message stream against every peer's; in mixed traffic, the
    /// card actions' p99 (their answer is the HTTP response) against the messages' reply p99 (their answer is the reply at the
    /// connector); our peak RSS over both phases.
    /// </summary>
    public static List<TargetCheck> Targets(LoadPhaseResult mixed, LoadPhaseResult messages, IReadOnlyList<Comparison> comparisons)
    {
        var targets = comparisons
            .Select(c => (c, peer: BenchPeer.All.Single(p => p.Name == c.Peer)))
            .Select(x => new TargetCheck($"message stream throughput ÷ {x.c.Peer}", x.c.ThroughputRatio,
                $"≥ {x.peer.MinThroughputRatio:0.0}×", x.c.ThroughputRatio >= x.peer.MinThroughputRatio))
            .ToList();
        var cardActions = Ratio(mixed.CardActionHttp.P99, mixed.Reply.P99);
        targets.Add(new TargetCheck("card-action p99 ÷ message p99 (mixed traffic)", cardActions, $"≤ {MaxCardActionToMessageP99:0.0}×",
            cardActions > 0 && cardActions <= MaxCardActionToMessageP99));
        var peakRss = Math.Max(mixed.PeakRssMiB ?? 0, messages.PeakRssMiB ?? 0);
        targets.Add(new TargetCheck("IntervisieBot peak RSS (MiB)", peakRss, $"≤ {MaxPeakRssMiB:0}", peakRss is > 0 and <= MaxPeakRssMiB));
        return targets;
    }

    private static List<string> Notes(MachineInfo machine) =>
    [
        "IntervisieBot does real work and storage per turn: it records the conversation and the activity id (de-duplication) in "
        + "Table Storage (Azurite), routes the command and replies with a localized Adaptive Card; the roles card action checks the "
        + "actor's role, reads the team roster from the connector and writes the roles; round card actions read the roster, store "
        + "the round and contributions with ETags and update the round card through the connector; a lesson save runs the privacy "
        + "guard on every field, stores the lesson and schedules its check. The echo bots (npm botbuilder CloudAdapter; npm "
        + "@microsoft/teams.apps App) only echo the text: no storage, no cards. The stateful bot (npm botbuilder with "
        + "ConversationState and UserState in npm botbuilder-azure-blobs on the same Azurite) reads both states, counts the message "
        + "in each, echoes and writes both back: the bot a team would otherwise write. Every bot runs without an app id "
        + "(authentication off, loopback only).",
        "CPU ms per turn = the bot process's CPU time in the measured window ÷ the requests in it (its own process only, not "
        + "Azurite's).",
        "IntervisieBot answers HTTP 200 as soon as a message is stored and replies from a background worker; botbuilder's "
        + "CloudAdapter and the Teams SDK run the turn (and send the reply) before they answer HTTP, so their HTTP latency includes "
        + "the reply.",
        "Closed loop: each conversation sends its next activity once the previous one is answered (and its reply has arrived). "
        + "The first seconds of every phase are warm-up and not recorded. Cold start is process start to the first help message "
        + "answered (first turn also creates the tables).",
        $"The load generator, loopback connector, Azurite and the bot share this machine's {machine.Cores} cores; compare runs "
        + "on the same machine, do not read them as capacity. Benchmarks never fail on timing.",
    ];
}
