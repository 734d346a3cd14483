using System.Diagnostics;

namespace IntervisieBot.Tests.Infrastructure;

/// <summary>Stopping a child process a test started (a node server, ./run.sh) with everything it started in turn.</summary>
public static class ChildProcess
{
    /// <summary>Kills the process tree if it still runs, waits for it to exit, and disposes it.</summary>
    public static async ValueTask StopAsync(Process process)
    {
        try
        {
            if (!process.HasExited)
            {
                process.Kill(entireProcessTree: true);
                await process.WaitForExitAsync();
            }
        }
        catch (InvalidOperationException)
        {
            // Already gone.
        }
        process.Dispose();
    }
}
