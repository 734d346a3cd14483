using System.Globalization;
using IntervisieBot.Features.Lessons.Domain;
using IntervisieBot.Features.Lessons.FollowUp.Domain;
using IntervisieBot.Features.Lessons.Storage;
using IntervisieBot.Features.Reminders.Domain;
using IntervisieBot.Features.Reminders.Handlers;
using IntervisieBot.Protocol.Schema;
using Microsoft.Extensions.Logging;

namespace IntervisieBot.Features.Lessons.FollowUp.Handlers;

/// <summary>
/// Never sends anything: when it comes due and the round is still open, the check is closed as "geen antwoord" (a history
/// entry of kind <see cref="LessonHistoryKinds.NoAnswer"/>) and the reminder is closed. An answered round makes it a no-op.
/// </summary>
public sealed class LessonCheckExpireKind(
    LessonStore store,
    LessonCheckScheduler scheduler,
    FollowUpMetrics metrics,
    TimeProvider time,
    ILogger<LessonCheckExpireKind> logger) : IReminderKind
{
    public string Kind => LessonCheckKinds.Expire;

    public async Task<Activity?> BuildAsync(ReminderRow reminder, CultureInfo culture, CancellationToken cancellationToken)
    {
        if (await LessonCheckKind.LoadOpenAsync(store, reminder, cancellationToken).ConfigureAwait(false) is not { } open) return null;
        var payload = open.Payload;
        var now = time.GetUtcNow();
        IReadOnlyList<string> toClose = [];
        var closed = false;
        await store.UpdateAsync(payload.Partition, payload.LessonId, l =>
        {
            closed = false;
            if (l.Check.Round != payload.Round || !l.Check.IsOpen) return null;
            toClose = l.Check.Reminders;
            closed = true;
            return l with
            {
                History = [.. l.History, new LessonHistoryEntry(now, LessonHistoryKinds.NoAnswer)],
                Check = l.Check with { ClosedRound = payload.Round, Reminders = [] },
            };
        }, cancellationToken).ConfigureAwait(false);
        if (closed)
        {
            var self = LessonCheckIds.Ref(reminder.Bucket, reminder.Id);
            await scheduler.CloseAsync(payload.LessonId, [.. toClose.Where(r => r != self)], "no-answer", cancellationToken).ConfigureAwait(false);
            metrics.NoAnswer();
            FollowUpLog.NoAnswer(logger, payload.LessonId, payload.Round);
        }
        return null;
    }
}
