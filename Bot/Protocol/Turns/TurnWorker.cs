using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace IntervisieBot.Protocol.Turns;

/// <summary>Runs acknowledged turns in the background. On shutdown the queue is closed and turns in flight finish.</summary>
public sealed class TurnWorker(TurnQueue queue, TurnRunner runner, IOptions<TurnOptions> options) : BackgroundService
{
    protected override Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var workers = Enumerable.Range(0, Math.Max(1, options.Value.BackgroundConcurrency))
            .Select(_ => Task.Run(() => ConsumeAsync(stoppingToken), CancellationToken.None));
        return Task.WhenAll(workers);
    }

    public override async Task StopAsync(CancellationToken cancellationToken)
    {
        // Stop taking new work, let queued and in-flight turns drain within the host's shutdown timeout.
        queue.Complete();
        await base.StopAsync(cancellationToken).ConfigureAwait(false);
    }

    private async Task ConsumeAsync(CancellationToken stoppingToken)
    {
        // The reader drains everything already accepted even after stop was requested; each turn has its own timeout.
        await foreach (var turn in queue.Reader.ReadAllAsync(CancellationToken.None).ConfigureAwait(false))
        {
            await runner.RunBackgroundAsync(turn).ConfigureAwait(false);
        }
    }
}
