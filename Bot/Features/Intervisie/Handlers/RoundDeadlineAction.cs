using System.Globalization;
using System.Text.Json;
using IntervisieBot.Features.Intervisie.Domain;
using IntervisieBot.Features.Intervisie.Storage;
using IntervisieBot.Features.Reminders.Domain;
using IntervisieBot.Features.Reminders.Handlers;

namespace IntervisieBot.Features.Intervisie.Handlers;

/// <summary>
/// A spread round's timed work through the reminders outbox (one mechanism for all timed work, issue #16.3): when the
/// phase's reminder or deadline is due, the engine claims the row (exactly once across instances) and runs this: the
/// phase's one private nudge, then the phase advanced if its deadline passed. Both decisions are the round engine's and
/// are stored with the round's ETag, so a repeat after a crash changes nothing. Its connector calls (nudges, the card
/// update) are paced like every reminder's, and reach only a trusted serviceUrl (an instance that has not seen an
/// activity from it trusts the Teams hosts of <c>Connector:TrustedServiceHosts</c>, as for every reminder). Due at its exact time, also outside working hours (<see cref="ReminderRequest.AnyTime"/>).
/// </summary>
public sealed class RoundDeadlineAction(RoundService rounds, RoundRepository repository) : IReminderAction
{
    public const string KindName = "intervisie-round-due";

    public string Kind => KindName;

    /// <summary>
    /// The outbox row for <paramref name="round"/>'s next due time: its id is the round and the time, so scheduling the same
    /// due time twice is one row. Addressed to the round's conversation; its user key names the round, not a person.
    /// </summary>
    public static ReminderRequest Request(StoredRound round, DateTimeOffset due) => new(
        KindName,
        round.TenantId,
        UserId: round.BotId ?? KindName,
        UserKey: KindName + ":" + round.RoundId,
        round.ServiceUrl,
        due,
        Payload: JsonSerializer.Serialize(new Payload(round.RoundId)),
        ConversationId: round.ConversationId,
        Locale: round.Locale,
        Id: round.RoundId + "." + due.UtcTicks.ToString(CultureInfo.InvariantCulture),
        AnyTime: true);

    public async Task RunAsync(ReminderRow reminder, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(reminder);
        if (Parse(reminder.Payload) is not { } roundId || reminder.ConversationId is not { } conversationId) return; // nothing this row can name
        var partition = RoundKeys.Partition(reminder.TenantId, conversationId);
        var round = await repository.LoadAsync(partition, roundId, cancellationToken).ConfigureAwait(false);
        if (round is null || round.State.Status != RoundStatus.Running) return;

        var remind = await rounds.ApplyAsync(round, s => new RemindNonContributors(roundId, s.PhaseIndex), cancellationToken).ConfigureAwait(false);
        await rounds.ApplyAsync(remind.Round ?? round, s => new DeadlinePassed(roundId, s.PhaseIndex), cancellationToken).ConfigureAwait(false);
    }

    private static string? Parse(string payload)
    {
        try
        {
            return JsonSerializer.Deserialize<Payload>(payload)?.RoundId is { } id && RoundKeys.IsRoundId(id) ? id : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private sealed record Payload(string RoundId);
}
