using System.Diagnostics;

namespace IntervisieBot.Benchmarks;

/// <summary>A process the benchmark started (Azurite, the bot, the echo bot): output drained (last lines kept), killed on dispose.</summary>
public sealed class ChildProcess : IDisposable
{
    private const int KeptLines = 40;
    private readonly Queue<string> _lastLines = new();

    private ChildProcess(Process process, string name, long startedAt)
    {
        Process = process;
        Name = name;
        StartedAt = startedAt;
    }

    public Process Process { get; }
    public string Name { get; }
    public int Id => Process.Id;

    /// <summary><see cref="Stopwatch.GetTimestamp"/> just before the process was started.</summary>
    public long StartedAt { get; }

    public string LastOutput
    {
        get { lock (_lastLines) return string.Join(Environment.NewLine, _lastLines); }
    }

    public static ChildProcess Start(string name, string fileName, IEnumerable<string> arguments, string workingDirectory,
        IReadOnlyDictionary<string, string>? environment = null, Action<string>? onLine = null)
    {
        var start = new ProcessStartInfo(fileName)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = workingDirectory,
        };
        foreach (var argument in arguments) start.ArgumentList.Add(argument);
        foreach (var (key, value) in environment ?? new Dictionary<string, string>()) start.Environment[key] = value;

        var startedAt = Stopwatch.GetTimestamp();
        Process process;
        try
        {
            process = Process.Start(start) ?? throw new BenchmarkSetupException($"Could not start {name} ({fileName}).");
        }
        catch (System.ComponentModel.Win32Exception ex)
        {
            throw new BenchmarkSetupException($"Could not start {name} ({fileName}): {ex.Message}", ex);
        }
        var child = new ChildProcess(process, name, startedAt);
        void Keep(string? line)
        {
            if (line is null) return;
            lock (child._lastLines)
            {
                child._lastLines.Enqueue(line);
                while (child._lastLines.Count > KeptLines) child._lastLines.Dequeue();
            }
            onLine?.Invoke(line);
        }
        process.OutputDataReceived += (_, e) => Keep(e.Data);
        process.ErrorDataReceived += (_, e) => Keep(e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return child;
    }

    public void Dispose()
    {
        try
        {
            if (!Process.HasExited)
            {
                Process.Kill(entireProcessTree: true);
                Process.WaitForExit(10_000);
            }
        }
        catch (InvalidOperationException)
        {
            // Already gone.
        }
        Process.Dispose();
    }
}
