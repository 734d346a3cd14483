namespace IntervisieBot.Benchmarks;

/// <summary>
/// A peer bot that gets the same message stream as IntervisieBot: a node script in <c>tools/bench/</c>, the npm packages it
/// needs, and the bound its throughput is compared with (IntervisieBot's message stream ÷ the peer's ≥ this).
/// All run like IntervisieBot does in the benchmark: no app id, authentication off, loopback only.
/// </summary>
public sealed record BenchPeer(string Name, string Script, IReadOnlyList<string> Packages, double MinThroughputRatio, bool UsesBlobs = false)
{
    public static readonly BenchPeer BotbuilderEcho =
        new("Echo bot (botbuilder JS)", "tools/bench/echo-bot.js", ["botbuilder"], 1.0);

    public static readonly BenchPeer TeamsSdkEcho =
        new("Echo bot (Teams SDK JS)", "tools/bench/teams-echo-bot.js", ["@microsoft/teams.apps"], 1.0);

    public static readonly BenchPeer StatefulBlobs =
        new("Stateful bot (botbuilder + Blob state)", "tools/bench/stateful-bot.js", ["botbuilder", "botbuilder-azure-blobs"], 1.5, UsesBlobs: true);

    public static readonly IReadOnlyList<BenchPeer> All = [BotbuilderEcho, TeamsSdkEcho, StatefulBlobs];

    public string[] Arguments(string repoRoot, int port, AzuriteProcess azurite) =>
    [
        Path.Combine(repoRoot, Script), "--port", port.ToString(System.Globalization.CultureInfo.InvariantCulture),
        .. UsesBlobs ? new[] { "--blobs", azurite.BlobConnectionString } : [],
    ];

    /// <summary>The packages that node cannot find from the repository (its node_modules, or a folder on NODE_PATH).</summary>
    public IEnumerable<string> MissingPackages(string repoRoot)
    {
        var folders = new[] { Path.Combine(repoRoot, "node_modules") }
            .Concat((Environment.GetEnvironmentVariable("NODE_PATH") ?? "").Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries));
        return Packages.Where(p => !folders.Any(f => File.Exists(Path.Combine(f, p, "package.json"))));
    }
}
