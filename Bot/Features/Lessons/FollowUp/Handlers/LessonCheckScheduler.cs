using IntervisieBot.Features.Reminders.Handlers;
using IntervisieBot.Features.Lessons.Domain;
using IntervisieBot.Features.Lessons.FollowUp.Domain;
using IntervisieBot.Features.Lessons.Storage;
using IntervisieBot.Features.Reminders.Domain;
using IntervisieBot.Features.Reminders.Storage;
using IntervisieBot.Localization;
using IntervisieBot.Protocol.Turns;
using IntervisieBot.Storage;
using Microsoft.Extensions.Logging;

namespace IntervisieBot.Features.Lessons.FollowUp.Handlers;

/// <summary>
/// Keeps a lesson's check reminders in the outbox in step with the lesson: a round per check date (id
/// <c>{lessonId}-check-{n}</c>, so a re-save is one reminder), the gentle second reminder and the "geen antwoord" expiry
/// 5 working days apart, one snooze, and closing whatever is open when the lesson is answered, changed or removed. The
/// lesson keeps the <c>bucket|id</c> of its open rows; a row the lesson does not list is stale and is never sent.
/// </summary>
public sealed class LessonCheckScheduler(
    LessonStore store,
    ReminderScheduler reminders,
    TimeProvider time,
    ILogger<LessonCheckScheduler> logger)
{
    /// <summary>Working days between the first (or snoozed) reminder and the second, and between the second and "geen antwoord".</summary>
    public const int WorkingDaysBetween = 5;

    public static readonly TimeSpan SnoozePeriod = TimeSpan.FromDays(7);

    /// <summary>After a save: a new check round when the check date (or the partition) changed, or for a new lesson.</summary>
    public async Task OnSavedAsync(TurnContext turn, Lesson lesson, Lesson? previous, CancellationToken cancellationToken)
    {
        var unchanged = previous is not null && previous.CheckDate == lesson.CheckDate
            && string.Equals(LessonPartitions.Of(previous), LessonPartitions.Of(lesson), StringComparison.Ordinal);
        if (unchanged && lesson.Check.Round > 0) return;
        if (previous is null && IsPlannedFirstRound(lesson))
        {
            await ScheduleFirstPlannedAsync(turn, lesson, cancellationToken).ConfigureAwait(false);
            return;
        }
        await ScheduleNextRoundAsync(turn, lesson, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// A new lesson, before it is inserted: the first check round with the reminder's <c>bucket|id</c> as
    /// <see cref="ReminderScheduler.Place"/> will store it, so the lesson row is written once (the storage budget of a save);
    /// <see cref="OnSavedAsync"/> then schedules that reminder. Unchanged when no check applies.
    /// </summary>
    public Lesson PlanFirstRound(TurnContext turn, Lesson lesson)
    {
        if (lesson.Check.Round > 0 || NotScheduledReason(turn, lesson) is not null) return lesson;
        var (bucket, id) = reminders.Place(lesson.CheckDate, LessonCheckIds.First(lesson.Id, 1));
        return lesson with { Check = lesson.Check with { Round = 1, Reminders = [LessonCheckIds.Ref(bucket, id)], Snoozed = false, Stopped = false } };
    }

    private bool IsPlannedFirstRound(Lesson lesson) =>
        lesson.Check is { Round: 1, Reminders.Count: 1 } check && LessonCheckIds.ParseRef(check.Reminders[0])?.Id == TableKeys.Encode(LessonCheckIds.First(lesson.Id, 1));

    /// <summary>Schedules the reminder <see cref="PlanFirstRound"/> planned; the lesson is updated only if it landed elsewhere.</summary>
    private async Task ScheduleFirstPlannedAsync(TurnContext turn, Lesson lesson, CancellationToken cancellationToken)
    {
        var reference = await ScheduleCheckAsync(turn, lesson, 1, cancellationToken).ConfigureAwait(false);
        if (string.Equals(reference, lesson.Check.Reminders[0], StringComparison.Ordinal)) return;
        await store.UpdateAsync(LessonPartitions.Of(lesson), lesson.Id, l => l.Check.Round != 1
            ? null
            : l with { Check = l.Check with { Reminders = [reference] } }, cancellationToken).ConfigureAwait(false);
    }

    private static string? NotScheduledReason(TurnContext turn, Lesson lesson) =>
        lesson.Scope == LessonScopeKind.Organisation ? "published"
            : lesson.Check.Stopped ? "stopped"
            : string.IsNullOrEmpty(lesson.OwnerKey) || string.IsNullOrEmpty(lesson.OwnerUserId ?? turn.Activity.From?.Id) ? "no-owner"
            : string.IsNullOrEmpty(turn.TenantId) || !string.Equals(turn.TenantId, lesson.TenantId, StringComparison.OrdinalIgnoreCase) ? "tenant"
            : null;

    /// <summary>
    /// Closes the open round's rows and schedules round n+1 for <see cref="Lesson.CheckDate"/>, to the owner's 1:1 chat
    /// (serviceUrl, tenant and locale from the authenticated turn). Returns the lesson as stored, or null when no check applies.
    /// </summary>
    public async Task<Lesson?> ScheduleNextRoundAsync(TurnContext turn, Lesson lesson, CancellationToken cancellationToken)
    {
        if (NotScheduledReason(turn, lesson) is { } reason)
        {
            FollowUpLog.NotScheduled(logger, lesson.Id, reason);
            return null;
        }

        await CloseAsync(lesson.Id, lesson.Check.Reminders, "rescheduled", cancellationToken).ConfigureAwait(false);
        var round = lesson.Check.Round + 1;
        var reference = await ScheduleCheckAsync(turn, lesson, round, cancellationToken).ConfigureAwait(false);
        return await store.UpdateAsync(LessonPartitions.Of(lesson), lesson.Id, l => l.Check.Round >= round
            ? null
            : l with { Check = l.Check with { Round = round, Reminders = [reference], Snoozed = false, Stopped = false } }, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Puts the first reminder of check round <paramref name="round"/> in the outbox; returns its <c>bucket|id</c>.</summary>
    private async Task<string> ScheduleCheckAsync(TurnContext turn, Lesson lesson, int round, CancellationToken cancellationToken)
    {
        var scheduled = await reminders.ScheduleAsync(new ReminderRequest(
            LessonCheckKinds.Check,
            lesson.TenantId,
            (lesson.OwnerUserId ?? turn.Activity.From?.Id)!,
            lesson.OwnerKey,
            turn.ServiceUrl,
            lesson.CheckDate,
            new LessonCheckPayload(LessonPartitions.Of(lesson), lesson.Id, round).ToJson(),
            Locale: turn.Culture().Name,
            Id: LessonCheckIds.First(lesson.Id, round)), cancellationToken).ConfigureAwait(false);
        FollowUpLog.Scheduled(logger, lesson.Id, round, scheduled.Id, scheduled.Bucket);
        return LessonCheckIds.Ref(scheduled.Bucket, scheduled.Id);
    }

    /// <summary>
    /// Called as a check reminder goes out: schedules the next step of the round (after the first: the second reminder; after
    /// the second: the "geen antwoord" expiry), <see cref="WorkingDaysBetween"/> working days from now. Idempotent per round.
    /// </summary>
    public async Task ScheduleFollowingAsync(ReminderRow row, LessonCheckPayload payload, Lesson lesson, string locale, CancellationToken cancellationToken)
    {
        var (kind, id) = payload.Step == 1
            ? (LessonCheckKinds.Check, LessonCheckIds.Second(payload.LessonId, payload.Round))
            : (LessonCheckKinds.Expire, LessonCheckIds.Expire(payload.LessonId, payload.Round));
        if (lesson.Check.Reminders.Any(r => LessonCheckIds.ParseRef(r)?.Id == id)) return;
        var due = reminders.Calendar.AddWorkingDays(time.GetUtcNow(), WorkingDaysBetween);
        var scheduled = await reminders.ScheduleAsync(new ReminderRequest(
            kind, row.TenantId, row.UserId, row.UserKey, row.ServiceUrl, due,
            (payload with { Step = 2 }).ToJson(),
            ConversationId: row.ConversationId,
            Locale: locale,
            Id: id), cancellationToken).ConfigureAwait(false);
        var reference = LessonCheckIds.Ref(scheduled.Bucket, scheduled.Id);
        FollowUpLog.Scheduled(logger, lesson.Id, payload.Round, scheduled.Id, scheduled.Bucket);
        await store.UpdateAsync(payload.Partition, payload.LessonId, l =>
            l.Check.Round != payload.Round || !l.Check.IsOpen || l.Check.Reminders.Contains(reference, StringComparer.Ordinal)
                ? null
                : l with { Check = l.Check with { Reminders = [.. l.Check.Reminders, reference] } }, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>The round's one snooze: a new first reminder a week from now; the open rows are closed. Null when not allowed (any more).</summary>
    public async Task<(Lesson Lesson, DateTimeOffset Due)?> SnoozeAsync(ReminderRow row, LessonCheckPayload payload, string locale, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var scheduled = await reminders.ScheduleAsync(new ReminderRequest(
            LessonCheckKinds.Check, row.TenantId, row.UserId, row.UserKey, row.ServiceUrl, now + SnoozePeriod,
            (payload with { Step = 1 }).ToJson(),
            ConversationId: row.ConversationId,
            Locale: locale,
            Id: LessonCheckIds.Snooze(payload.LessonId, payload.Round)), cancellationToken).ConfigureAwait(false);
        var reference = LessonCheckIds.Ref(scheduled.Bucket, scheduled.Id);
        IReadOnlyList<string> open = [];
        var applied = false;
        var stored = await store.UpdateAsync(payload.Partition, payload.LessonId, l =>
        {
            applied = false;
            if (l.Check.Round != payload.Round || !l.Check.IsOpen || l.Check.Snoozed) return null;
            open = l.Check.Reminders;
            applied = true;
            return l with
            {
                Check = l.Check with { Snoozed = true, Reminders = [reference] },
                History = [.. l.History, new LessonHistoryEntry(now, LessonHistoryKinds.Snoozed)],
            };
        }, cancellationToken).ConfigureAwait(false);
        if (!applied || stored is null)
        {
            if (!scheduled.AlreadyExisted) await reminders.CloseAsync(scheduled.Bucket, scheduled.Id, "snooze-refused", cancellationToken).ConfigureAwait(false);
            return null;
        }
        await CloseAsync(payload.LessonId, [.. open.Where(r => r != reference)], "snoozed", cancellationToken).ConfigureAwait(false);
        FollowUpLog.Snoozed(logger, payload.LessonId, payload.Round);
        return (stored, scheduled.Due);
    }

    /// <summary>Closes the given open reminder rows (already sent or closed ones stay as they are).</summary>
    public async Task CloseAsync(string lessonId, IReadOnlyList<string> references, string reason, CancellationToken cancellationToken)
    {
        if (references.Count == 0) return;
        var closed = 0;
        foreach (var reference in references)
        {
            if (LessonCheckIds.ParseRef(reference) is not { } r) continue;
            if (await reminders.CloseAsync(r.Bucket, r.Id, reason, cancellationToken).ConfigureAwait(false)) closed++;
        }
        FollowUpLog.Closed(logger, lessonId, reason, closed);
    }
}
