using System.Diagnostics;

namespace IntervisieBot.Benchmarks;

/// <summary>
/// IntervisieBot as its own process on a fixed loopback port that can be killed with SIGKILL and started again on the same
/// port (as Teams keeps posting to the same endpoint): for the chaos benchmark and the crash tests.
/// </summary>
public sealed class RestartableBot(string botDll, int port, IReadOnlyDictionary<string, string> environment) : IDisposable
{
    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(120);
    private ChildProcess? _process;

    public Uri BaseAddress { get; } = new($"http://127.0.0.1:{port}/");
    public Uri MessagesUrl => new(BaseAddress, "api/messages");
    public int Kills { get; private set; }

    /// <summary>The last lines the process wrote (for failure messages).</summary>
    public string LastOutput => _process?.LastOutput ?? "";

    /// <summary>Starts the process and waits until it answers <c>/healthz</c>.</summary>
    public async Task StartAsync()
    {
        if (_process is { Process.HasExited: false }) throw new InvalidOperationException("The bot is already running.");
        _process?.Dispose();
        _process = ChildProcess.Start("IntervisieBot", "dotnet", [botDll, "--urls", BaseAddress.ToString().TrimEnd('/')],
            Path.GetDirectoryName(botDll)!, environment);
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(2) };
        var started = Stopwatch.StartNew();
        while (true)
        {
            if (_process.Process.HasExited) throw new BenchmarkSetupException($"The bot exited during start-up: {_process.LastOutput}");
            if (started.Elapsed > StartTimeout) throw new BenchmarkSetupException($"The bot did not answer /healthz within {StartTimeout}: {_process.LastOutput}");
            try
            {
                using var response = await http.GetAsync(new Uri(BaseAddress, "healthz"));
                if (response.IsSuccessStatusCode) return;
            }
            catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException)
            {
                // Not listening yet.
            }
            await Task.Delay(50);
        }
    }

    /// <summary>SIGKILL: no shutdown, no drain, whatever was in memory is gone.</summary>
    public void Kill()
    {
        if (_process is null || _process.Process.HasExited) return;
        _process.Process.Kill();
        _process.Process.WaitForExit();
        Kills++;
    }

    public void Dispose() => _process?.Dispose();
}
