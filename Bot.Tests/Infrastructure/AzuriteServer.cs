using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace IntervisieBot.Tests.Infrastructure;

/// <summary>
/// One real Azurite table server (from npm) per test run, on a free loopback port with a temporary folder.
/// Tests isolate their data with a unique table prefix (<see cref="NewTablePrefix"/>). Outage tests start their own
/// (<see cref="StartDedicated"/>) and stop, freeze (SIGSTOP) and restart it.
/// </summary>
public sealed class AzuriteServer : IDisposable
{
    // Azurite's well-known development account key (public, in Azurite's source: src/common/utils/constants.ts).
    private const string AccountKey = "Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==";
    private static readonly Lazy<AzuriteServer> SharedLazy = new(() => Start(), LazyThreadSafetyMode.ExecutionAndPublication);

    private readonly string _folder;
    private readonly bool _persistent;
    private Process _process;

    private AzuriteServer(Process process, string folder, int port, bool persistent)
    {
        _process = process;
        _folder = folder;
        _persistent = persistent;
        Port = port;
        AppDomain.CurrentDomain.ProcessExit += (_, _) => Dispose();
    }

    public static AzuriteServer Shared => SharedLazy.Value;

    public int Port { get; }

    public string ConnectionString =>
        $"DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;AccountKey={AccountKey};TableEndpoint=http://127.0.0.1:{Port}/devstoreaccount1;";

    public static string NewTablePrefix() => "t" + Guid.NewGuid().ToString("N")[..12];

    /// <summary>
    /// An Azurite of one's own (to stop, freeze and restart). <paramref name="persistent"/>: its data is kept on disk, so a
    /// restart comes back with the tables; otherwise in memory, so a restart comes back empty (a new account).
    /// </summary>
    public static AzuriteServer StartDedicated(bool persistent)
    {
        var folder = Directory.CreateTempSubdirectory("azurite-").FullName;
        var port = FreePort();
        return new AzuriteServer(Launch(folder, port, persistent), folder, port, persistent);
    }

    /// <summary>Kills the server (SIGKILL): requests get connection refused.</summary>
    public void Stop()
    {
        if (_process.HasExited) return;
        _process.Kill(entireProcessTree: true);
        _process.WaitForExit();
    }

    /// <summary>Starts it again on the same port (and, when persistent, the same data).</summary>
    public void Restart()
    {
        Stop();
        _process = Launch(_folder, Port, _persistent);
    }

    /// <summary>SIGSTOP: the port still accepts connections but nothing answers (a hung storage account).</summary>
    public void Freeze() => IntervisieBot.Benchmarks.ProcessSignals.Freeze(_process.Id);

    /// <summary>SIGCONT after <see cref="Freeze"/>.</summary>
    public void Thaw() => IntervisieBot.Benchmarks.ProcessSignals.Thaw(_process.Id);

    private static AzuriteServer Start()
    {
        var folder = Directory.CreateTempSubdirectory("azurite-").FullName;
        var port = FreePort();
        return new AzuriteServer(Launch(folder, port, persistent: false), folder, port, persistent: false);
    }

    private static Process Launch(string folder, int port, bool persistent)
    {
        var script = Path.Combine(RepoPaths.NodeModules, "azurite", "dist", "src", "table", "main.js");
        if (!File.Exists(script)) throw new InvalidOperationException($"Azurite is not installed ({script}); run ./test.sh, which runs npm ci.");
        var start = new ProcessStartInfo("node")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = folder,
        };
        foreach (var arg in new[] { script, "--tableHost", "127.0.0.1", "--tablePort", port.ToString(), "--skipApiVersionCheck", "--disableTelemetry" })
            start.ArgumentList.Add(arg);
        if (persistent)
        {
            start.ArgumentList.Add("--location");
            start.ArgumentList.Add(folder);
        }
        else
        {
            start.ArgumentList.Add("--inMemoryPersistence");
        }
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
        return process;
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
            if (!_process.HasExited)
            {
                _process.Kill(entireProcessTree: true);
            }
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
