using IntervisieBot.Tests.Infrastructure;
using System.Diagnostics;
using System.Text.Json;

namespace IntervisieBot.Tests.Cards;

/// <summary>Runs a script from <c>tools/cards</c> with node, from the repository root.</summary>
internal static class NodeTool
{
    public sealed record Result(int ExitCode, string StandardOutput, string StandardError)
    {
        public JsonElement Summary() => JsonDocument.Parse(StandardOutput).RootElement;

        public override string ToString() => $"exit {ExitCode}\n--- stdout\n{StandardOutput}\n--- stderr\n{StandardError}";
    }

    public static async Task<Result> RunAsync(string script, params string[] arguments)
    {
        var root = RepoPaths.Root;
        var start = new ProcessStartInfo("node")
        {
            WorkingDirectory = root,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(Path.Combine("tools", "cards", script));
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        // A missing node throws here, so the test fails rather than skips.
        using var process = Process.Start(start) ?? throw new InvalidOperationException("node did not start");
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(3));
        var stdout = process.StandardOutput.ReadToEndAsync(timeout.Token);
        var stderr = process.StandardError.ReadToEndAsync(timeout.Token);
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"node {script} did not finish within 3 minutes.");
        }

        return new Result(process.ExitCode, await stdout, await stderr);
    }
}
