using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace IntervisieBot.Tests.Infrastructure;

/// <summary>
/// The Microsoft 365 Agents Playground (npm) pointed at a running bot: a Teams-like web client with its own mocked
/// connector. Started with TEAMSAPPTESTER_BROWSER=none (it must not open a browser itself) on a free loopback port.
/// </summary>
public sealed class PlaygroundServer : IAsyncDisposable
{
    private readonly Process _process;

    private PlaygroundServer(Process process, int port)
    {
        _process = process;
        Url = $"http://127.0.0.1:{port}/";
    }

    public string Url { get; }

    public static async Task<PlaygroundServer> StartAsync(string botMessagesUrl)
    {
        var cli = Path.Combine(RepoPaths.NodeModules, ".bin", "agentsplayground");
        if (!File.Exists(cli)) throw new InvalidOperationException("The Agents Playground is not installed; run ./test.sh (npm ci).");
        var port = FreePort();
        var start = new ProcessStartInfo(cli)
        {
            WorkingDirectory = Directory.CreateTempSubdirectory("playground-").FullName,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var arg in new[] { "-e", botMessagesUrl, "-c", "msteams", "--dt", "-p", port.ToString() }) start.ArgumentList.Add(arg);
        start.Environment["TEAMSAPPTESTER_BROWSER"] = "none";
        var process = Process.Start(start) ?? throw new InvalidOperationException("Could not start the Agents Playground.");
        var listening = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        process.OutputDataReceived += (_, e) =>
        {
            if (e.Data?.Contains("Listening on", StringComparison.OrdinalIgnoreCase) == true) listening.TrySetResult();
        };
        process.ErrorDataReceived += (_, _) => { };
        process.EnableRaisingEvents = true;
        process.Exited += (_, _) => listening.TrySetException(new InvalidOperationException("The Agents Playground exited during start-up."));
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        await listening.Task.WaitAsync(TimeSpan.FromSeconds(90));
        return new PlaygroundServer(process, port);
    }

    /// <summary>Runs <c>tools/e2e/playground.js</c> with these steps in headless Debian chromium.</summary>
    public Task<NodeProcess.Result> RunStepsAsync(IEnumerable<object> steps, string? screenshotDir = null) => RunStepsAsync(Url, steps, screenshotDir);

    /// <summary>Runs <c>tools/e2e/playground.js</c> against a Playground at <paramref name="url"/> (e.g. one ./run.sh started).</summary>
    public static async Task<NodeProcess.Result> RunStepsAsync(string url, IEnumerable<object> steps, string? screenshotDir = null)
    {
        var file = Path.Combine(Directory.CreateTempSubdirectory("e2e-steps-").FullName, "steps.json");
        await File.WriteAllTextAsync(file, System.Text.Json.JsonSerializer.Serialize(steps));
        var args = new List<string> { url, file };
        if (screenshotDir is not null) args.Add(screenshotDir);
        return await NodeProcess.RunAsync(Path.Combine("tools", "e2e", "playground.js"), args, TimeSpan.FromMinutes(5));
    }

    /// <summary>A loopback port nobody listens on right now.</summary>
    public static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    public ValueTask DisposeAsync() => ChildProcess.StopAsync(_process);
}
