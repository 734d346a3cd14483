using IntervisieBot.Features.Intervisie.Rounds;
using IntervisieBot.Protocol.Turns;
using Microsoft.Extensions.Options;

namespace IntervisieBot.Features.Intervisie.Teams;

/// <summary>
/// Spread-over-days rounds: on every tick (a <see cref="TimeProvider"/> timer) reads the due entries up to now, claims each
/// with its ETag (so two instances never both act), sends the phase's one reminder and advances the phase when its deadline
/// has passed. Both decisions are the engine's and are stored with the round's ETag, so a repeat changes nothing.
/// </summary>
public sealed class IntervisieScheduler(
    RoundService rounds,
    IConversationReferenceStore references,
    TimeProvider time,
    IOptions<IntervisieSchedulerOptions> options,
    ILogger<IntervisieScheduler> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var settings = options.Value;
        if (!settings.Enabled) return;
        using var timer = new PeriodicTimer(settings.Interval, time);
        while (await timer.WaitForNextTickAsync(stoppingToken).ConfigureAwait(false))
        {
            try
            {
                await RunOnceAsync(stoppingToken).ConfigureAwait(false);
            }
            catch (Exception ex) when (ex is not OperationCanceledException || !stoppingToken.IsCancellationRequested)
            {
                RoundLog.SchedulerFailed(logger, ex.GetType().Name);
            }
        }
    }

    /// <summary>One pass over what is due now. Returns how many due entries this instance handled.</summary>
    public async Task<int> RunOnceAsync(CancellationToken cancellationToken)
    {
        var settings = options.Value;
        var now = time.GetUtcNow();
        var repository = rounds.Repository;
        var handled = 0;
        foreach (var due in await repository.QueryDueAsync(now, settings.LookbackDays, settings.BatchSize, cancellationToken).ConfigureAwait(false))
        {
            if (await repository.TryClaimAsync(due, now, now + settings.Lease, cancellationToken).ConfigureAwait(false) is not { } claimed) continue;
            var round = await repository.LoadAsync(claimed.RoundPartition, claimed.RoundId, cancellationToken).ConfigureAwait(false);
            if (round is not null && round.State.Status == RoundStatus.Running)
            {
                // The serviceUrl was stored from an authenticated activity; reading the reference trusts it again after a restart.
                await references.GetAsync(round.TenantId, round.ConversationId, cancellationToken).ConfigureAwait(false);
                var id = round.RoundId;
                await rounds.ApplyAsync(round.Partition, id, s => new RemindNonContributors(id, s.PhaseIndex), cancellationToken).ConfigureAwait(false);
                await rounds.ApplyAsync(round.Partition, id, s => new DeadlinePassed(id, s.PhaseIndex), cancellationToken).ConfigureAwait(false);
            }

            await repository.CompleteDueAsync(claimed, cancellationToken).ConfigureAwait(false);
            handled++;
        }

        if (handled > 0) RoundLog.SchedulerPass(logger, handled);
        return handled;
    }
}
