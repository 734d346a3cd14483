using IntervisieBot.Features.Reminders.Handlers;
using Microsoft.Extensions.Options;

namespace IntervisieBot.Features.Intervisie.Handlers;

/// <summary>
/// The shared round card's update (and a closed round's summary post), after the turn instead of inside it (issue #16.4).
/// <see cref="Request"/> marks a card stale and returns at once; after <see cref="RoundCardUpdateOptions.CoalesceWindow"/> one runner per card publishes it,
/// and again as long as requests came in meanwhile: several contributions within the window cost one update carrying the
/// latest state. The runner does not carry the turn's execution context (its storage tally, its trace), so nothing it
/// does counts to the turn; its connector calls go through the paced pipeline (<see cref="ReminderPacer.PaceConnectorCalls"/>:
/// Teams' per-conversation and per-tenant limits, every retry paced, a 429 slowing the tenant).
/// What is lost when the process stops before a runner finished: one card update; the card's refresh (Universal Actions)
/// and the next change both bring it up to date.
/// </summary>
public sealed class RoundCardUpdates : IDisposable
{
    private readonly Lock _gate = new();
    private readonly Dictionary<string, CardRunner> _cards = new(StringComparer.Ordinal);
    private readonly CancellationTokenSource _stopping = new();
    private readonly CancellationToken _stopToken;
    private readonly TimeSpan _window;
    private readonly ILogger<RoundCardUpdates> _logger;
    private TaskCompletionSource _idle = CompletedIdle();

    public RoundCardUpdates(IOptions<RoundCardUpdateOptions> options, ILogger<RoundCardUpdates> logger)
    {
        ArgumentNullException.ThrowIfNull(options);
        _window = options.Value.CoalesceWindow;
        _stopToken = _stopping.Token;
        _logger = logger;
    }

    /// <summary>
    /// Asks for the work named <paramref name="roundId"/> (a round's card: its id; other work of a round: a key of its own)
    /// to be done by <paramref name="publish"/> (a card update loads the round as stored then) after the coalescing window;
    /// requests for the same key while it waits or runs are one more run. Returns at once; never throws for the work's failures.
    /// </summary>
    public void Request(string roundId, string tenantId, string conversationId, Func<CancellationToken, Task> publish)
    {
        ArgumentNullException.ThrowIfNull(publish);
        if (_stopToken.IsCancellationRequested) return;
        CardRunner runner;
        lock (_gate)
        {
            if (_cards.TryGetValue(roundId, out var running))
            {
                running.Stale = true;
                return;
            }

            runner = new CardRunner(roundId, tenantId, conversationId, publish) { Stale = true };
            _cards[roundId] = runner;
            if (_cards.Count == 1 && _idle.Task.IsCompleted) _idle = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        }

        // Not the turn's context: its storage tally, its trace and its pacing scope stay with the turn.
        using (ExecutionContext.SuppressFlow())
        {
            _ = Task.Run(() => RunAsync(runner));
        }
    }

    /// <summary>Completes when no card update is waiting or running (tests, and a drain before shutdown).</summary>
    public Task WhenIdleAsync(CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            return _idle.Task.WaitAsync(cancellationToken);
        }
    }

    private async Task RunAsync(CardRunner runner)
    {
        var roundId = runner.RoundId;
        try
        {
            // Wall-clock pacing, not the domain's clock: the window is about Teams' limits and the user's eyes.
            if (_window > TimeSpan.Zero) await Task.Delay(_window, TimeProvider.System, _stopToken).ConfigureAwait(false);
            while (Claim(runner))
            {
                try
                {
                    using (ReminderPacer.PaceConnectorCalls(runner.TenantId, runner.ConversationId))
                    {
                        await runner.Publish(_stopToken).ConfigureAwait(false);
                    }
                }
                catch (Exception ex) when (ex is not OperationCanceledException || !_stopToken.IsCancellationRequested)
                {
                    // The next change or the card's refresh brings the card up to date; the round itself is stored.
                    RoundLog.CardUpdateFailed(_logger, roundId, ex.GetType().Name);
                }
            }
        }
        catch (OperationCanceledException) when (_stopToken.IsCancellationRequested)
        {
            Finish(roundId);
        }
    }

    /// <summary>Takes the stale mark for one publish; when there is none, the runner ends (and the card may start a new one).</summary>
    private bool Claim(CardRunner runner)
    {
        lock (_gate)
        {
            if (runner.Stale && !_stopToken.IsCancellationRequested)
            {
                runner.Stale = false;
                return true;
            }

            RemoveLocked(runner.RoundId);
            return false;
        }
    }

    private void Finish(string roundId)
    {
        lock (_gate)
        {
            RemoveLocked(roundId);
        }
    }

    private void RemoveLocked(string roundId)
    {
        _cards.Remove(roundId);
        if (_cards.Count == 0) _idle.TrySetResult();
    }

    public void Dispose()
    {
        _stopping.Cancel();
        _stopping.Dispose();
    }

    private static TaskCompletionSource CompletedIdle()
    {
        var done = new TaskCompletionSource();
        done.SetResult();
        return done;
    }

    private sealed class CardRunner(string roundId, string tenantId, string conversationId, Func<CancellationToken, Task> publish)
    {
        public string RoundId { get; } = roundId;
        public string TenantId { get; } = tenantId;
        public string ConversationId { get; } = conversationId;
        public Func<CancellationToken, Task> Publish { get; } = publish;
        public bool Stale { get; set; }
    }
}
