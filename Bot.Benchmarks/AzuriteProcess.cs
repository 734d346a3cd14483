namespace IntervisieBot.Benchmarks;

/// <summary>
/// Azurite (npm) on free loopback ports, in memory: its table service (IntervisieBot) and blob service (the stateful botbuilder
/// peer) in one process, so every bot that stores anything stores it on the same server.
/// </summary>
public sealed class AzuriteProcess : IDisposable
{
    // Azurite's well-known development account key (public, in Azurite's source).
    private const string AccountKey = "Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==";
    private readonly ChildProcess _process;
    private readonly string _folder;

    private AzuriteProcess(ChildProcess process, string folder, int port, int blobPort)
    {
        _process = process;
        _folder = folder;
        Port = port;
        BlobPort = blobPort;
    }

    /// <summary>The table service's port.</summary>
    public int Port { get; }

    public int BlobPort { get; }

    public int ProcessId => _process.Id;

    public string ConnectionString =>
        $"DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;AccountKey={AccountKey};TableEndpoint=http://127.0.0.1:{Port}/devstoreaccount1;";

    public string BlobConnectionString =>
        $"DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;AccountKey={AccountKey};BlobEndpoint=http://127.0.0.1:{BlobPort}/devstoreaccount1;";

    public static async Task<AzuriteProcess> StartAsync(string repoRoot)
    {
        var script = Path.Combine(repoRoot, "node_modules", "azurite", "dist", "src", "azurite.js");
        if (!File.Exists(script)) throw new BenchmarkSetupException($"Azurite is not installed ({script}); ./bench.sh runs npm ci first.");
        var folder = Directory.CreateTempSubdirectory("bench-azurite-").FullName;
        var port = FreePort.Next();
        var blobPort = FreePort.Next();
        var queuePort = FreePort.Next(); // unused, but Azurite's combined server always starts its queue service
        var started = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var process = ChildProcess.Start("Azurite", "node",
            [script, "--tableHost", "127.0.0.1", "--tablePort", Invariant(port), "--blobHost", "127.0.0.1", "--blobPort", Invariant(blobPort),
             "--queueHost", "127.0.0.1", "--queuePort", Invariant(queuePort), "--skipApiVersionCheck", "--disableTelemetry", "--inMemoryPersistence"],
            folder,
            onLine: line =>
            {
                // The combined server reports blob, queue, then table; the table line is the last.
                if (line.Contains("Table service is successfully listening", StringComparison.OrdinalIgnoreCase)) started.TrySetResult();
            });
        var azurite = new AzuriteProcess(process, folder, port, blobPort);
        try
        {
            await started.Task.WaitAsync(TimeSpan.FromSeconds(60));
        }
        catch (TimeoutException ex)
        {
            azurite.Dispose();
            throw new BenchmarkSetupException("Azurite did not start within 60 s: " + process.LastOutput, ex);
        }
        return azurite;
    }

    private static string Invariant(int port) => port.ToString(System.Globalization.CultureInfo.InvariantCulture);

    public void Dispose()
    {
        _process.Dispose();
        try
        {
            Directory.Delete(_folder, recursive: true);
        }
        catch (IOException)
        {
            // A temp folder left behind is harmless.
        }
    }
}
