using System.Globalization;

namespace IntervisieBot.Benchmarks;

/// <summary>What to run and where. Defaults are the full run (about two minutes on 2 cores); <c>--smoke</c> is the tiny CI mode.</summary>
public sealed record BenchmarkOptions
{
    public required string RepoRoot { get; init; }
    public required string BotDll { get; init; }
    public required string OutputDirectory { get; init; }
    public string Mode { get; init; } = "full";
    public int Conversations { get; init; } = 50;
    public TimeSpan Warmup { get; init; } = TimeSpan.FromSeconds(5);
    public TimeSpan Duration { get; init; } = TimeSpan.FromSeconds(20);
    public TimeSpan ReplyTimeout { get; init; } = TimeSpan.FromSeconds(10);
    public int Lessons { get; init; } = 1000;
    public int RecommenderQueries { get; init; } = 2000;

    /// <summary>How often every guard corpus text is checked in the guard-speed phase.</summary>
    public int GuardRounds { get; init; } = 50;

    /// <summary>The peer bots on the same message stream (<see cref="BenchPeer.All"/>); off with <c>--no-peers</c> (or <c>--no-echo</c>).</summary>
    public bool IncludePeers { get; init; } = true;

    /// <summary>The chaos phase: kills, an Azurite freeze and connector faults during this long a run (0 = skip).</summary>
    public TimeSpan ChaosDuration { get; init; } = TimeSpan.FromSeconds(60);
    public TimeSpan ChaosFreeze { get; init; } = TimeSpan.FromSeconds(10);
    public double ChaosThrottledShare { get; init; } = 0.10;
    public double ChaosServerErrorShare { get; init; } = 0.05;

    /// <summary>Reminder fan-out: reminders sent through the real delivery engine, spread over this many users.</summary>
    public int Reminders { get; init; } = 10_000;
    public int ReminderUsers { get; init; } = 2_000;

    /// <summary>Bot instances delivering the fan-out together (sharing the tenant's 50/s through the budget lease table).</summary>
    public int ReminderInstances { get; init; } = 1;

    /// <summary>The tiny mode the smoke test uses: 2 conversations × 2 s after 1 s warm-up, few recommender queries.</summary>
    public BenchmarkOptions AsSmoke() => this with
    {
        Mode = "smoke",
        Conversations = 2,
        Warmup = TimeSpan.FromSeconds(1),
        Duration = TimeSpan.FromSeconds(2),
        RecommenderQueries = 50,
        GuardRounds = 2,
        Lessons = 100,
        Reminders = 200,
        ReminderUsers = 40,
        ChaosDuration = TimeSpan.FromSeconds(8),
        ChaosFreeze = TimeSpan.FromSeconds(2),
    };

    public const string Usage = """
        Usage: IntervisieBot.Benchmarks [--repo DIR] [--bot-dll PATH] [--out DIR] [--conversations K] [--duration SECONDS]
                                       [--warmup SECONDS] [--lessons N] [--queries N] [--guard-rounds N] [--reminders N] [--reminder-users N]
                                       [--instances K]
                                       [--chaos-duration SECONDS] [--no-chaos] [--no-peers] [--smoke]
        """;

    /// <summary>Parses the command line; null (after printing why) when it is not understood.</summary>
    public static BenchmarkOptions? Parse(string[] args, TextWriter error)
    {
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        var flags = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < args.Length; i++)
        {
            var arg = args[i];
            if (arg is "--smoke" or "--no-peers" or "--no-echo" or "--no-chaos") { flags.Add(arg); continue; }
            if (!arg.StartsWith("--", StringComparison.Ordinal) || i + 1 >= args.Length)
            {
                error.WriteLine($"Unknown argument '{arg}'.");
                error.WriteLine(Usage);
                return null;
            }
            values[arg] = args[++i];
        }

        var repo = Path.GetFullPath(values.GetValueOrDefault("--repo") ?? FindRepoRoot(Directory.GetCurrentDirectory()) ?? ".");
        try
        {
            var options = new BenchmarkOptions
            {
                RepoRoot = repo,
                BotDll = Path.GetFullPath(values.GetValueOrDefault("--bot-dll") ?? Path.Combine(repo, "Bot", "bin", "Release", "net10.0", "IntervisieBot.dll")),
                OutputDirectory = Path.GetFullPath(values.GetValueOrDefault("--out") ?? Path.Combine(repo, "bench-results")),
                IncludePeers = !flags.Contains("--no-peers") && !flags.Contains("--no-echo"),
            };
            if (flags.Contains("--smoke")) options = options.AsSmoke();
            return options with
            {
                Conversations = Positive(values, "--conversations", options.Conversations),
                Duration = TimeSpan.FromSeconds(Positive(values, "--duration", (int)options.Duration.TotalSeconds)),
                Warmup = TimeSpan.FromSeconds(Positive(values, "--warmup", (int)options.Warmup.TotalSeconds)),
                Lessons = Positive(values, "--lessons", options.Lessons),
                RecommenderQueries = Positive(values, "--queries", options.RecommenderQueries),
                GuardRounds = Positive(values, "--guard-rounds", options.GuardRounds),
                Reminders = Positive(values, "--reminders", options.Reminders),
                ReminderUsers = Positive(values, "--reminder-users", options.ReminderUsers),
                ReminderInstances = Positive(values, "--instances", options.ReminderInstances),
                ChaosDuration = flags.Contains("--no-chaos") ? TimeSpan.Zero : TimeSpan.FromSeconds(Positive(values, "--chaos-duration", (int)options.ChaosDuration.TotalSeconds)),
            };
        }
        catch (FormatException ex)
        {
            error.WriteLine(ex.Message);
            error.WriteLine(Usage);
            return null;
        }
    }

    private static int Positive(Dictionary<string, string> values, string name, int fallback)
    {
        if (!values.TryGetValue(name, out var text)) return fallback;
        return int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var value) && value > 0
            ? value
            : throw new FormatException($"{name} needs a positive whole number, not '{text}'.");
    }

    private static string? FindRepoRoot(string start)
    {
        for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "IntervisieBot.sln"))) return dir.FullName;
        }
        return null;
    }
}
