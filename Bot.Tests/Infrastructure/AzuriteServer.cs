using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace IntervisieBot.Tests.Infrastructure;

/// <summary>
/// One real Azurite table server (from npm) per test run, on a free loopback port with a temporary folder.
/// Tests isolate their data with a unique table prefix (<see cref="NewTablePrefix"/>).
/// </summary>
public sealed class AzuriteServer : IDisposable
{
    // Azurite's well-known development account key (public, in Azurite's source: src/common/utils/constants.ts).
    private const string AccountKey = "Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==";
    private static readonly Lazy<AzuriteServer> SharedLazy = new(() => Start(), LazyThreadSafetyMode.ExecutionAndPublication);

    private readonly Process _process;
    private readonly string _folder;

    private AzuriteServer(Process process, string folder, int port)
    {
        _process = process;
        _folder = folder;
        Port = port;
        AppDomain.CurrentDomain.ProcessExit += (_, _) => Dispose();
    }

    public static AzuriteServer Shared => SharedLazy.Value;

    public int Port { get; }

    public string ConnectionString =>
        $"DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;AccountKey={AccountKey};TableEndpoint=http://127.0.0.1:{Port}/devstoreaccount1;";

    public static string NewTablePrefix() => "t" + Guid.NewGuid().ToString("N")[..12];

    private static AzuriteServer Start()
    {
        var script = Path.Combine(RepoPaths.NodeModules, "azurite", "dist", "src", "table", "main.js");
        if (!File.Exists(script)) throw new InvalidOperationException($"Azurite is not installed ({script}); run ./test.sh, which runs npm ci.");
        var folder = Directory.CreateTempSubdirectory("azurite-").FullName;
        var port = FreePort();
        var start = new ProcessStartInfo("node")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = folder,
        };
        foreach (var arg in new[] { script, "--tableHost", "127.0.0.1", "--tablePort", port.ToString(), "--skipApiVersionCheck", "--disableTelemetry", "--inMemoryPersistence" })
            start.ArgumentList.Add(arg);
        var process = Process.Start(start) ?? throw new InvalidOperationException("Could not start node for Azurite.");
        var started = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var errors = new System.Text.StringBuilder();
        process.OutputDataReceived += (_, e) =>
        {
            if (e.Data?.Contains("successfully started", StringComparison.OrdinalIgnoreCase) == true) started.TrySetResult();
        };
        process.ErrorDataReceived += (_, e) =>
        {
            lock (errors) errors.AppendLine(e.Data);
        };
        process.EnableRaisingEvents = true;
        process.Exited += (_, _) =>
        {
            lock (errors) started.TrySetException(new InvalidOperationException("Azurite exited during start-up: " + errors));
        };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        if (!started.Task.Wait(TimeSpan.FromSeconds(60))) throw new TimeoutException("Azurite did not start within 60 s.");
        return new AzuriteServer(process, folder, port);
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    public void Dispose()
    {
        try
        {
            if (!_process.HasExited) _process.Kill(entireProcessTree: true);
        }
        catch (InvalidOperationException)
        {
            // Already gone.
        }
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
