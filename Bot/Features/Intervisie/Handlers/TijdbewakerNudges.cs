using System.Globalization;
using System.Text.Json;
using IntervisieBot.Features.Reminders.Handlers;
using IntervisieBot.Features.Intervisie.Domain;
using IntervisieBot.Features.Intervisie.Storage;
using IntervisieBot.Features.Reminders.Domain;
using IntervisieBot.Features.Reminders.Storage;

namespace IntervisieBot.Features.Intervisie.Handlers;

/// <summary>
/// The tijdbewaker's private nudge when a live phase runs over its time box, scheduled through the reminders outbox
/// (<see cref="TijdbewakerNudgeKind"/> builds and sends it). One reminder per phase clock and tijdbewaker: its id is made of
/// the round, the phase, the moment the time box ends and the tijdbewaker, so scheduling it again is the same reminder, and
/// a pause (which moves the end) or another tijdbewaker makes the earlier one stale (it then closes unsent).
/// </summary>
public sealed class TijdbewakerNudges(ReminderScheduler reminders, TimeProvider time)
{
    public const string Kind = "intervisie-tijdbewaker";

    /// <summary>After a change of a live round: a phase (re)started its clock or the tijdbewaker changed → the nudge at the time box's end.</summary>
    public async Task ScheduleAsync(StoredRound stored, IReadOnlyList<RoundEvent> events, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(stored);
        ArgumentNullException.ThrowIfNull(events);
        var state = stored.State;
        if (!events.Any(e => e is PhaseStarted or RoundResumed or TijdbewakerChosen or CasusChosen)) return;
        if (state.Mode != RoundMode.Live || state.Status != RoundStatus.Running || state.TijdbewakerId is not { } tijdbewaker
            || state.Clock is not { } clock || clock.PhaseIndex != state.PhaseIndex) return;
        // A phase already over its time when the tijdbewaker is chosen gets no nudge: at most one per phase.
        if (clock.TimeboxEndsAt <= time.GetUtcNow()) return;
        if (stored.MemberMris.GetValueOrDefault(tijdbewaker) is not { } mri) return;

        var payload = new TijdbewakerNudgePayload(stored.Partition, stored.RoundId, clock.PhaseIndex, clock.TimeboxEndsAt.UtcTicks, tijdbewaker);
        await reminders.ScheduleAsync(new ReminderRequest(
            Kind, stored.TenantId, mri, tijdbewaker, stored.ServiceUrl, clock.TimeboxEndsAt, payload.ToJson(),
            Locale: stored.Locale,
            Id: string.Join('-', stored.RoundId, clock.PhaseIndex.ToString(CultureInfo.InvariantCulture), payload.EndsAtTicks.ToString(CultureInfo.InvariantCulture), tijdbewaker)),
            cancellationToken).ConfigureAwait(false);
    }
}

/// <summary>The ids a tijdbewaker nudge needs to find its round again (no text).</summary>
internal sealed record TijdbewakerNudgePayload(string Partition, string RoundId, int PhaseIndex, long EndsAtTicks, string TijdbewakerId)
{
    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web);

    public string ToJson() => JsonSerializer.Serialize(this, Options);

    public static TijdbewakerNudgePayload? Parse(string? json)
    {
        if (string.IsNullOrEmpty(json)) return null;
        try
        {
            return JsonSerializer.Deserialize<TijdbewakerNudgePayload>(json, Options) is { Partition.Length: > 0, RoundId.Length: > 0, TijdbewakerId.Length: > 0 } payload ? payload : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
