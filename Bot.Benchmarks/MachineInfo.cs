using System.Diagnostics;
using System.Globalization;
using System.Runtime.InteropServices;

namespace IntervisieBot.Benchmarks;

/// <summary>The machine a run was made on (numbers mean little without it).</summary>
public sealed record MachineInfo(int Cores, string CpuModel, double MemoryGiB, string Os, string DotNet, string Node, string LoadAverageAtStart)
{
    public static MachineInfo Collect() => new(
        Environment.ProcessorCount,
        ProcField("/proc/cpuinfo", "model name") ?? RuntimeInformation.ProcessArchitecture.ToString(),
        Math.Round(MemTotalKiB() / 1024.0 / 1024.0, 1),
        RuntimeInformation.OSDescription,
        RuntimeInformation.FrameworkDescription,
        NodeVersion(),
        ReadFirstLine("/proc/loadavg") is { } load ? string.Join(' ', load.Split(' ').Take(3)) : "unknown");

    private static string? ProcField(string path, string name)
    {
        if (!File.Exists(path)) return null;
        return File.ReadLines(path).FirstOrDefault(l => l.StartsWith(name, StringComparison.Ordinal))?.Split(':', 2)[1].Trim();
    }

    private static long MemTotalKiB()
    {
        var line = ProcField("/proc/meminfo", "MemTotal");
        return line is null ? 0 : long.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[0], CultureInfo.InvariantCulture);
    }

    private static string? ReadFirstLine(string path) => File.Exists(path) ? File.ReadLines(path).FirstOrDefault() : null;

    private static string NodeVersion()
    {
        try
        {
            using var node = Process.Start(new ProcessStartInfo("node", "--version") { RedirectStandardOutput = true, UseShellExecute = false });
            if (node is null) return "unknown";
            var version = node.StandardOutput.ReadToEnd().Trim();
            node.WaitForExit(10_000);
            return version;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return "not found";
        }
    }
}
