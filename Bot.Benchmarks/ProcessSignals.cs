using System.Diagnostics;
using System.Globalization;

namespace IntervisieBot.Benchmarks;

/// <summary>POSIX signals for chaos: freeze a process (SIGSTOP, its port still accepts connections, nothing answers) and thaw it (SIGCONT).</summary>
public static class ProcessSignals
{
    public static void Freeze(int processId) => Send(processId, "STOP");

    public static void Thaw(int processId) => Send(processId, "CONT");

    private static void Send(int processId, string signal)
    {
        using var kill = Process.Start(new ProcessStartInfo("kill", ["-" + signal, processId.ToString(CultureInfo.InvariantCulture)]) { UseShellExecute = false })
            ?? throw new InvalidOperationException("Could not run kill.");
        kill.WaitForExit();
        if (kill.ExitCode != 0) throw new InvalidOperationException($"kill -{signal} {processId} failed with exit code {kill.ExitCode}.");
    }
}
