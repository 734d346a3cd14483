using System.Globalization;
using IntervisieBot.Features.Intervisie.Cards;
using IntervisieBot.Features.Intervisie.Methods;
using IntervisieBot.Features.Intervisie.Domain;
using IntervisieBot.Features.Intervisie.Storage;
using IntervisieBot.Features.Reminders.Domain;
using IntervisieBot.Features.Reminders.Handlers;
using IntervisieBot.Features.Shared;
using IntervisieBot.Protocol.Connector;
using IntervisieBot.Protocol.Schema;

namespace IntervisieBot.Features.Intervisie.Handlers;

/// <summary>
/// Delivers the tijdbewaker's nudge when it is due, if it still holds: the round runs live in the same phase, on the same
/// clock (no pause moved it), the time box is over and the same person keeps the time. It goes out as a private card
/// (<see cref="PrivateCard"/>: a targeted message in the round's conversation, else the 1:1 chat), so the outbox has
/// nothing left to send (null closes the row); when neither way works, throwing lets the outbox try again later.
/// </summary>
public sealed class TijdbewakerNudgeKind(
    RoundRepository rounds,
    IMethodRegistry methods,
    IConnectorClient connector,
    TimeProvider time,
    ILogger<TijdbewakerNudgeKind> logger) : IReminderKind
{
    public string Kind => TijdbewakerNudges.Kind;

    public async Task<Activity?> BuildAsync(ReminderRow reminder, CultureInfo culture, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(reminder);
        if (TijdbewakerNudgePayload.Parse(reminder.Payload) is not { } payload) return null;
        var stored = await rounds.LoadAsync(payload.Partition, payload.RoundId, cancellationToken).ConfigureAwait(false);
        if (stored is null || stored.TenantId != reminder.TenantId) return null;
        var state = stored.State;
        if (state.Status != RoundStatus.Running || state.Mode != RoundMode.Live || state.PhaseIndex != payload.PhaseIndex
            || state.Clock is not { } clock || clock.TimeboxEndsAt.UtcTicks != payload.EndsAtTicks || time.GetUtcNow() < clock.TimeboxEndsAt
            || state.TijdbewakerId != payload.TijdbewakerId || !state.IsParticipant(payload.TijdbewakerId)
            || methods.Find(state.MethodId) is not { } method || payload.PhaseIndex >= method.Phases.Count)
        {
            return null;
        }

        var card = RoundCard.TimeboxNudge(culture, method.Phases[payload.PhaseIndex]);
        var bot = stored.BotId is null ? null : new ChannelAccount { Id = stored.BotId };
        var to = new PrivateCardAddress(stored.ServiceUrl, stored.ConversationId, stored.TenantId, bot, reminder.UserId, stored.Locale);
        var result = await PrivateCard.SendAsync(connector, to, card, cancellationToken).ConfigureAwait(false);
        if (result.Delivery == PrivateCardDelivery.Failed)
        {
            RoundLog.ConnectorFailed(logger, stored.RoundId, "send the tijdbewaker's nudge", result.PersonalStatus, null);
            throw new InvalidOperationException("Neither the targeted message nor the 1:1 chat took the tijdbewaker's nudge.");
        }

        RoundLog.Reminded(logger, stored.RoundId, 1, payload.PhaseIndex);
        return null;
    }
}
