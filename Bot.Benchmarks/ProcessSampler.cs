using System.Diagnostics;
using System.Globalization;

namespace IntervisieBot.Benchmarks;

/// <summary>
/// Reads a process's resident memory (VmRSS) and CPU time (utime + stime) from <c>/proc/&lt;pid&gt;</c> every 100 ms.
/// A window (<see cref="BeginWindow"/> … <see cref="EndWindow"/>) gives the peak RSS and the CPU used in it.
/// </summary>
public sealed class ProcessSampler : IAsyncDisposable
{
    private const double ClockTicksPerSecond = 100; // USER_HZ on Linux
    private readonly int _pid;
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _loop;
    private readonly Lock _gate = new();
    private long _windowPeakRssBytes;
    private double _windowStartCpuSeconds;
    private long _windowStartTimestamp;

    public ProcessSampler(int pid)
    {
        _pid = pid;
        _loop = Task.Run(LoopAsync);
    }

    public static bool IsSupported => OperatingSystem.IsLinux() && Directory.Exists("/proc/self");

    public void BeginWindow()
    {
        var rss = ReadRssBytes(_pid) ?? 0;
        var cpu = ReadCpuSeconds(_pid) ?? 0;
        lock (_gate)
        {
            _windowPeakRssBytes = rss;
            _windowStartCpuSeconds = cpu;
            _windowStartTimestamp = Stopwatch.GetTimestamp();
        }
    }

    /// <summary>Peak RSS (MiB) seen since <see cref="BeginWindow"/>, and CPU used in percent of one core.</summary>
    public (double PeakRssMiB, double CpuPercentOfOneCore) EndWindow()
    {
        Sample();
        var cpu = ReadCpuSeconds(_pid) ?? 0;
        lock (_gate)
        {
            var wall = Stopwatch.GetElapsedTime(_windowStartTimestamp).TotalSeconds;
            var percent = wall > 0 ? (cpu - _windowStartCpuSeconds) / wall * 100 : 0;
            return (Math.Round(_windowPeakRssBytes / 1024.0 / 1024.0, 1), Math.Round(percent, 1));
        }
    }

    /// <summary>The process's lifetime peak RSS (VmHWM), MiB.</summary>
    public double LifetimePeakRssMiB() => Math.Round((ReadStatusKiB(_pid, "VmHWM:") ?? 0) / 1024.0, 1);

    private async Task LoopAsync()
    {
        using var timer = new PeriodicTimer(TimeSpan.FromMilliseconds(100));
        try
        {
            while (await timer.WaitForNextTickAsync(_stop.Token)) Sample();
        }
        catch (OperationCanceledException)
        {
            // Stopped.
        }
    }

    private void Sample()
    {
        if (ReadRssBytes(_pid) is not { } rss) return;
        lock (_gate)
        {
            if (rss > _windowPeakRssBytes) _windowPeakRssBytes = rss;
        }
    }

    private static long? ReadRssBytes(int pid) => ReadStatusKiB(pid, "VmRSS:") * 1024;

    private static long? ReadStatusKiB(int pid, string field)
    {
        try
        {
            foreach (var line in File.ReadLines($"/proc/{pid}/status"))
            {
                if (!line.StartsWith(field, StringComparison.Ordinal)) continue;
                var number = line[field.Length..].Trim().Split(' ', StringSplitOptions.RemoveEmptyEntries)[0];
                return long.Parse(number, CultureInfo.InvariantCulture);
            }
        }
        catch (IOException)
        {
            // The process ended.
        }
        return null;
    }

    private static double? ReadCpuSeconds(int pid)
    {
        try
        {
            var stat = File.ReadAllText($"/proc/{pid}/stat");
            // Fields after "(comm)": state is field 3; utime and stime are fields 14 and 15.
            var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
            var ticks = long.Parse(fields[11], CultureInfo.InvariantCulture) + long.Parse(fields[12], CultureInfo.InvariantCulture);
            return ticks / ClockTicksPerSecond;
        }
        catch (IOException)
        {
            return null;
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        await _loop;
        _stop.Dispose();
    }
}
