namespace IntervisieBot.Benchmarks;

/// <summary>Azurite's table server (npm) on a free loopback port, in memory.</summary>
public sealed class AzuriteProcess : IDisposable
{
    // Azurite's well-known development account key (public, in Azurite's source).
    private const string AccountKey = "Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==";
    private readonly ChildProcess _process;
    private readonly string _folder;

    private AzuriteProcess(ChildProcess process, string folder, int port)
    {
        _process = process;
        _folder = folder;
        Port = port;
    }

    public int Port { get; }

    public int ProcessId => _process.Id;

    public string ConnectionString =>
        $"DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;AccountKey={AccountKey};TableEndpoint=http://127.0.0.1:{Port}/devstoreaccount1;";

    public static async Task<AzuriteProcess> StartAsync(string repoRoot)
    {
        var script = Path.Combine(repoRoot, "node_modules", "azurite", "dist", "src", "table", "main.js");
        if (!File.Exists(script)) throw new BenchmarkSetupException($"Azurite is not installed ({script}); ./bench.sh runs npm ci first.");
        var folder = Directory.CreateTempSubdirectory("bench-azurite-").FullName;
        var port = FreePort.Next();
        var started = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var process = ChildProcess.Start("Azurite", "node",
            [script, "--tableHost", "127.0.0.1", "--tablePort", port.ToString(System.Globalization.CultureInfo.InvariantCulture),
             "--skipApiVersionCheck", "--disableTelemetry", "--inMemoryPersistence"],
            folder,
            onLine: line =>
            {
                if (line.Contains("successfully started", StringComparison.OrdinalIgnoreCase)) started.TrySetResult();
            });
        var azurite = new AzuriteProcess(process, folder, port);
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
