using System.Diagnostics;
using System.Text.RegularExpressions;

namespace IntervisieBot.Tests.Infrastructure;

/// <summary>
/// <c>./run.sh</c> as a developer starts it (Azurite, the bot, the Agents Playground), on free ports and a temporary data
/// folder, running the bot this test run already built. Its console is collected line by line; disposing stops the
/// script and everything it started.
/// </summary>
public sealed class RunScript : IAsyncDisposable
{
    private readonly Process _process;
    private readonly List<string> _lines = [];
    private readonly TaskCompletionSource _exited = new(TaskCreationOptions.RunContinuationsAsynchronously);

    private RunScript(Process process) => _process = process;

    public int BotPort { get; private init; }
    public int PlaygroundPort { get; private init; }
    public string PlaygroundUrl => $"http://127.0.0.1:{PlaygroundPort}/";

    /// <summary>Every console line so far (stdout and stderr, in arrival order).</summary>
    public IReadOnlyList<string> Lines
    {
        get { lock (_lines) return [.. _lines]; }
    }

    public bool HasExited => _process.HasExited;
    public int ExitCode => _process.ExitCode;

    /// <param name="environment">Overrides of the script's settings (e.g. a port that is taken).</param>
    public static RunScript Start(IReadOnlyDictionary<string, string>? environment = null)
    {
#if DEBUG
        const string configuration = "Debug";
#else
        const string configuration = "Release";
#endif
        var values = new Dictionary<string, string>
        {
            ["BOT_PORT"] = PlaygroundServer.FreePort().ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["PLAYGROUND_PORT"] = PlaygroundServer.FreePort().ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["AZURITE_PORT"] = PlaygroundServer.FreePort().ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["DATA_DIR"] = Directory.CreateTempSubdirectory("run-sh-").FullName,
            ["BOT_CONFIGURATION"] = configuration,
            ["BOT_NO_BUILD"] = "1",
            ["RUN_SKIP_INSTALL"] = "1",
        };
        foreach (var (key, value) in environment ?? new Dictionary<string, string>()) values[key] = value;
        var start = new ProcessStartInfo("bash")
        {
            WorkingDirectory = RepoPaths.Root,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(Path.Combine(RepoPaths.Root, "run.sh"));
        foreach (var (key, value) in values) start.Environment[key] = value;
        var process = Process.Start(start) ?? throw new InvalidOperationException("Could not start run.sh.");
        var script = new RunScript(process)
        {
            BotPort = int.TryParse(values["BOT_PORT"], out var bot) ? bot : 0,
            PlaygroundPort = int.TryParse(values["PLAYGROUND_PORT"], out var playground) ? playground : 0,
        };
        process.OutputDataReceived += (_, e) => script.Add(e.Data);
        process.ErrorDataReceived += (_, e) => script.Add(e.Data);
        process.EnableRaisingEvents = true;
        process.Exited += (_, _) => script._exited.TrySetResult();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        if (process.HasExited) script._exited.TrySetResult();
        return script;
    }

    private void Add(string? line)
    {
        if (line is null) return;
        lock (_lines) _lines.Add(line);
    }

    /// <summary>Waits until a console line matches <paramref name="pattern"/>; fails when the script exits first.</summary>
    public async Task<string> WaitForLineAsync(string pattern, TimeSpan timeout)
    {
        var regex = new Regex(pattern);
        using var cts = new CancellationTokenSource(timeout);
        while (true)
        {
            if (Lines.FirstOrDefault(regex.IsMatch) is { } line) return line;
            if (_exited.Task.IsCompleted)
            {
                await _process.WaitForExitAsync(CancellationToken.None); // returns once the redirected output is read to its end
                if (Lines.FirstOrDefault(regex.IsMatch) is { } last) return last;
                throw new InvalidOperationException($"run.sh exited ({_process.ExitCode}) before printing /{pattern}/:\n{string.Join('\n', Lines)}");
            }
            try
            {
                await Task.WhenAny(_exited.Task, Task.Delay(100, cts.Token));
            }
            catch (OperationCanceledException)
            {
                throw new TimeoutException($"run.sh did not print /{pattern}/ within {timeout}:\n{string.Join('\n', Lines)}");
            }
        }
    }

    /// <summary>Waits for the script to end on its own (e.g. refusing a taken port).</summary>
    public async Task WaitForExitAsync(TimeSpan timeout)
    {
        using var cts = new CancellationTokenSource(timeout);
        await _process.WaitForExitAsync(cts.Token);
    }

    public ValueTask DisposeAsync() => ChildProcess.StopAsync(_process);
}
