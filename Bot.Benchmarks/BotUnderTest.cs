using System.Diagnostics;

namespace IntervisieBot.Benchmarks;

/// <summary>A bot started as its own process (so its RSS and CPU can be read from /proc), with its cold start measured.</summary>
public sealed class BotUnderTest : IAsyncDisposable
{
    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(120);
    private readonly ChildProcess _process;

    private BotUnderTest(ChildProcess process, Uri messagesUrl, ColdStartResult coldStart)
    {
        _process = process;
        MessagesUrl = messagesUrl;
        ColdStart = coldStart;
        Sampler = ProcessSampler.IsSupported ? new ProcessSampler(process.Id) : null;
    }

    public Uri MessagesUrl { get; }
    public ColdStartResult ColdStart { get; }
    public ProcessSampler? Sampler { get; }

    /// <summary>
    /// Starts the process and sends a help message until one is accepted (connection refused until it listens), then waits
    /// for its reply at the connector: process start → first HTTP 200, → first reply.
    /// </summary>
    public static async Task<BotUnderTest> StartAsync(string name, string fileName, IReadOnlyList<string> arguments, string workingDirectory,
        IReadOnlyDictionary<string, string> environment, int port, LoadGenerator generator, string run)
    {
        var messagesUrl = new Uri($"http://127.0.0.1:{port}/api/messages");
        var process = ChildProcess.Start(name, fileName, arguments, workingDirectory, environment);
        try
        {
            var conversation = BenchConversation.Create($"{run}-cold-{name.ToLowerInvariant().Replace(' ', '-')}", 0);
            while (true)
            {
                if (process.Process.HasExited)
                    throw new BenchmarkSetupException($"{name} exited during start-up (code {process.Process.ExitCode}): {process.LastOutput}");
                if (Stopwatch.GetElapsedTime(process.StartedAt) > StartTimeout)
                    throw new BenchmarkSetupException($"{name} did not answer within {StartTimeout.TotalSeconds} s: {process.LastOutput}");
                var (status, answeredAt, replyAt) = await generator.SendAsync(messagesUrl, TrafficKind.Help, conversation, recorder: null);
                if (status is >= 200 and < 300)
                {
                    if (replyAt is null) throw new BenchmarkSetupException($"{name} accepted the first message but its reply never arrived: {process.LastOutput}");
                    var cold = new ColdStartResult(name,
                        Math.Round(Stopwatch.GetElapsedTime(process.StartedAt, answeredAt).TotalMilliseconds, 0),
                        Math.Round(Stopwatch.GetElapsedTime(process.StartedAt, replyAt.Value).TotalMilliseconds, 0));
                    return new BotUnderTest(process, messagesUrl, cold);
                }
                await Task.Delay(20);
            }
        }
        catch
        {
            process.Dispose();
            throw;
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (Sampler is not null) await Sampler.DisposeAsync();
        _process.Dispose();
    }
}
