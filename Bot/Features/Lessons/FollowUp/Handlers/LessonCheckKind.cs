using System.Globalization;
using IntervisieBot.Cards;
using IntervisieBot.Features.Lessons.Domain;
using IntervisieBot.Features.Lessons.FollowUp.Cards;
using IntervisieBot.Features.Lessons.FollowUp.Domain;
using IntervisieBot.Features.Lessons.Storage;
using IntervisieBot.Features.Reminders.Domain;
using IntervisieBot.Features.Reminders.Handlers;
using IntervisieBot.Protocol.Schema;

namespace IntervisieBot.Features.Lessons.FollowUp.Handlers;

/// <summary>
/// The check card, built from the lesson as it is now: nothing (the reminder is closed) when the lesson is gone, no longer
/// the reminder's owner's, stopped, or this row is no longer part of the open round. As it goes out, the next step of the
/// round is scheduled (second reminder, then the "geen antwoord" expiry).
/// </summary>
public sealed class LessonCheckKind(LessonStore store, LessonCheckScheduler scheduler) : IReminderKind
{
    public string Kind => LessonCheckKinds.Check;

    public async Task<Activity?> BuildAsync(ReminderRow reminder, CultureInfo culture, CancellationToken cancellationToken)
    {
        var current = await LoadOpenAsync(store, reminder, cancellationToken).ConfigureAwait(false);
        if (current is not { } open) return null;
        var (payload, lesson) = open;
        await scheduler.ScheduleFollowingAsync(reminder, payload, lesson, culture.Name, cancellationToken).ConfigureAwait(false);
        var card = LessonCheckCard.Create(culture, lesson, reminder.Bucket, reminder.Id, second: payload.Step == 2, canSnooze: !lesson.Check.Snoozed);
        return new Activity
        {
            Type = ActivityTypes.Message,
            Attachments = [CardAttachment.Create(card)],
            Summary = card.FallbackText,
        };
    }

    /// <summary>The payload and lesson when <paramref name="reminder"/> still belongs to the lesson's open round; otherwise null.</summary>
    internal static async Task<(LessonCheckPayload Payload, Lesson Lesson)?> LoadOpenAsync(LessonStore store, ReminderRow reminder, CancellationToken cancellationToken)
    {
        if (LessonCheckPayload.Parse(reminder.Payload) is not { } payload) return null;
        var lesson = await store.GetAsync(payload.Partition, payload.LessonId, cancellationToken).ConfigureAwait(false);
        if (lesson is null
            || !string.Equals(lesson.TenantId, reminder.TenantId, StringComparison.Ordinal)
            || !string.Equals(lesson.OwnerKey, reminder.UserKey, StringComparison.Ordinal)
            || lesson.Check.Round != payload.Round
            || !lesson.Check.IsOpen
            || !lesson.Check.Reminders.Contains(LessonCheckIds.Ref(reminder.Bucket, reminder.Id), StringComparer.Ordinal))
            return null;
        return (payload, lesson);
    }
}
