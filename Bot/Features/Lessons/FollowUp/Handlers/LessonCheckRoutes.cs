using System.Globalization;
using IntervisieBot.Features.Reminders.Handlers;
using IntervisieBot.Cards;
using IntervisieBot.Cards.Common;
using IntervisieBot.Features.Handreikingen.Domain;
using IntervisieBot.Features.Lessons.Cards;
using IntervisieBot.Features.Lessons.Domain;
using IntervisieBot.Features.Lessons.FollowUp.Cards;
using IntervisieBot.Features.Lessons.FollowUp.Domain;
using IntervisieBot.Features.Lessons.Handlers;
using IntervisieBot.Features.Lessons.Storage;
using IntervisieBot.Features.Reminders.Domain;
using IntervisieBot.Features.Reminders.Storage;
using IntervisieBot.Features.Shared;
using IntervisieBot.Localization;
using IntervisieBot.Privacy;
using IntervisieBot.Protocol.Turns;
using Microsoft.Extensions.Logging;

namespace IntervisieBot.Features.Lessons.FollowUp.Handlers;

/// <summary>
/// The answers to a check card (<c>lessoncheck.answer</c>, <c>lessoncheck.snooze</c>, <c>lessoncheck.save</c> for the adjust
/// form) and the teamleider's <c>team overzicht</c>. An answer is taken only for a reminder that exists, is a lesson check,
/// belongs to the clicking user in this tenant, and whose lesson still exists; everything else gets a friendly refusal and
/// changes nothing. The card data names only where the reminder lives; the lesson is found through the stored reminder.
/// </summary>
public sealed class LessonCheckRoutes(
    LessonStore store,
    LessonCapture capture,
    ReminderScheduler reminders,
    LessonCheckScheduler scheduler,
    ILiveCatalogue liveCatalogue,
    AccessControl access,
    IPersonalDataGuard guard,
    FollowUpMetrics metrics,
    WorkingDayCalendar workingDays,
    IEnumerable<IPlannedSessionsSource> plannedSessions,
    TimeProvider time,
    ILogger<LessonCheckRoutes> logger) : IRouteContributor
{
    public static readonly string[] DigestPhrases = ["team overzicht", "teamoverzicht", "team overview"];

    public void AddRoutes(RouteTableBuilder routes) => routes
        .Commands(DigestPhrases, DigestAsync)
        .CardAction(LessonCheckCard.AnswerVerb, AnswerAsync)
        .CardAction(LessonCheckCard.SnoozeVerb, SnoozeAsync)
        .CardAction(LessonCheckCard.SaveVerb, SaveAdjustedAsync);

    private sealed record CheckContext(ReminderRow Reminder, LessonCheckPayload Payload, Lesson Lesson)
    {
        public bool RoundOpen => Lesson.Check.Round == Payload.Round && Lesson.Check.IsOpen;
    }

    private async Task<CardActionResult> AnswerAsync(TurnContext turn, CardActionRequest action, CancellationToken cancellationToken)
    {
        var culture = turn.Culture();
        var context = await LoadAsync(turn, action, cancellationToken).ConfigureAwait(false);
        if (context is null) return CardActionResult.ReplaceCard(LessonCheckResultCards.Refused(culture));
        var (row, payload, lesson) = context;
        var decision = action.GetString(LessonCheckCard.DecisionData);
        if (!LessonCheckOutcomes.IsKnown(decision))
        {
            FollowUpLog.Refused(logger, "decision");
            return CardActionResult.ReplaceCard(LessonCheckResultCards.Refused(culture));
        }
        if (!context.RoundOpen)
        {
            // A second click on "aanpassen" before the form was saved: the form again, nothing stored twice.
            if (decision == LessonCheckOutcomes.Adjust && lesson.Check.Round == payload.Round && !lesson.Check.Stopped
                && lesson.History.LastOrDefault(h => h.Kind == LessonHistoryKinds.FollowUp)?.Outcome == LessonCheckOutcomes.Adjust)
            {
                FollowUpLog.Repeat(logger, payload.Round);
                var catalogue = await CatalogueAsync(cancellationToken).ConfigureAwait(false);
                return CardActionResult.ReplaceCard(LessonCheckResultCards.AdjustForm(culture, LessonDraft.FromLesson(lesson), catalogue, row.Bucket, row.Id));
            }
            return Repeat(culture, lesson, payload);
        }

        var scoreText = action.GetString(LessonCheckCard.ScoreInput);
        if (!int.TryParse(scoreText, NumberStyles.None, CultureInfo.InvariantCulture, out var score) || score is < 1 or > 5)
        {
            return CardActionResult.ReplaceCard(LessonCheckCard.Create(culture, lesson, row.Bucket, row.Id, payload.Step == 2, !lesson.Check.Snoozed,
                FollowUpStrings.ScoreMissing(culture)));
        }
        var note = (action.GetString(LessonCheckCard.NoteInput) ?? "").Trim();
        if (note.Length > LessonCheckCard.MaxNoteLength) note = note[..LessonCheckCard.MaxNoteLength];
        if (note.Length > 0 && guard.Check(note) is { IsClean: false } privacy)
        {
            FollowUpLog.PrivacyRefused(logger);
            var resubmit = LessonCheckCard.Payload(row.Bucket, row.Id, decision);
            resubmit[LessonCheckCard.ScoreInput] = score.ToString(CultureInfo.InvariantCulture);
            return CardActionResult.ReplaceCard(PrivacyCard.Create(culture, privacy, LessonCheckCard.NoteInput, FollowUpStrings.NoteLabel(culture),
                note, LessonCheckCard.AnswerVerb, resubmit));
        }

        var now = time.GetUtcNow();
        var entry = new LessonHistoryEntry(now, LessonHistoryKinds.FollowUp, note.Length == 0 ? null : note, score, decision);
        IReadOnlyList<string> open = [];
        var applied = false;
        var stored = await store.UpdateAsync(payload.Partition, payload.LessonId, l =>
        {
            applied = false;
            if (l.Check.Round != payload.Round || !l.Check.IsOpen) return null;
            open = l.Check.Reminders;
            applied = true;
            var next = l with
            {
                History = [.. l.History, entry],
                Updated = now,
                Check = l.Check with { ClosedRound = payload.Round, Reminders = [], Stopped = decision == LessonCheckOutcomes.Stop },
            };
            return decision switch
            {
                LessonCheckOutcomes.Stop => next with { Type = LessonTypes.NietMeerDoen },
                LessonCheckOutcomes.Keep => next with { CheckDate = now.AddDays(7 * l.CheckWeeks) },
                _ => next,
            };
        }, cancellationToken).ConfigureAwait(false);
        if (stored is null) return CardActionResult.ReplaceCard(LessonCheckResultCards.Refused(culture));
        if (!applied) return Repeat(culture, stored, payload);

        await scheduler.CloseAsync(stored.Id, open, "answered", cancellationToken).ConfigureAwait(false);
        metrics.Answered(decision!);
        FollowUpLog.Answered(logger, stored.Id, payload.Round, decision!, score);
        switch (decision)
        {
            case LessonCheckOutcomes.Keep:
                var next = await scheduler.ScheduleNextRoundAsync(turn, stored, cancellationToken).ConfigureAwait(false) ?? stored;
                return CardActionResult.ReplaceCard(LessonCheckResultCards.Thanks(culture, next, entry));
            case LessonCheckOutcomes.Adjust:
                var catalogue = await CatalogueAsync(cancellationToken).ConfigureAwait(false);
                return CardActionResult.ReplaceCard(LessonCheckResultCards.AdjustForm(culture, LessonDraft.FromLesson(stored), catalogue, row.Bucket, row.Id));
            default:
                return CardActionResult.ReplaceCard(LessonCheckResultCards.Thanks(culture, stored, entry));
        }
    }

    private async Task<CardActionResult> SnoozeAsync(TurnContext turn, CardActionRequest action, CancellationToken cancellationToken)
    {
        var culture = turn.Culture();
        var context = await LoadAsync(turn, action, cancellationToken).ConfigureAwait(false);
        if (context is null) return CardActionResult.ReplaceCard(LessonCheckResultCards.Refused(culture));
        var (row, payload, lesson) = context;
        if (!context.RoundOpen) return Repeat(culture, lesson, payload);
        var snoozed = lesson.Check.Snoozed ? null : await scheduler.SnoozeAsync(row, payload, culture.Name, cancellationToken).ConfigureAwait(false);
        if (snoozed is not { } done)
        {
            var current = await store.GetAsync(payload.Partition, payload.LessonId, cancellationToken).ConfigureAwait(false) ?? lesson;
            return CardActionResult.ReplaceCard(LessonCheckCard.Create(culture, current, row.Bucket, row.Id, payload.Step == 2, canSnooze: false,
                FollowUpStrings.SnoozeUsed(culture)));
        }
        metrics.Snoozed();
        return CardActionResult.ReplaceCard(LessonCheckResultCards.Snoozed(culture, done.Due));
    }

    /// <summary>The adjust form's save: the owner's lesson found through the reminder (also a team lesson, from the 1:1 chat), then the next check.</summary>
    private async Task<CardActionResult> SaveAdjustedAsync(TurnContext turn, CardActionRequest action, CancellationToken cancellationToken)
    {
        var culture = turn.Culture();
        var context = await LoadAsync(turn, action, cancellationToken).ConfigureAwait(false);
        if (context is null) return CardActionResult.ReplaceCard(LessonCheckResultCards.Refused(culture));
        var (row, payload, lesson) = context;
        if (lesson.Check.Round != payload.Round || lesson.Check.IsOpen || lesson.Check.Stopped)
            return CardActionResult.ReplaceCard(LessonCheckResultCards.Closed(culture));

        var catalogue = await CatalogueAsync(cancellationToken).ConfigureAwait(false);
        // A missing input keeps the stored value; the visibility is never changed here.
        var submitted = LessonDraftReader.Read(action.Data, catalogue) with { LessonId = lesson.Id };
        var draft = submitted.Over(lesson) with { Visibility = lesson.Visibility };
        if (capture.CheckPrivacy(draft) is { } hit)
        {
            FollowUpLog.PrivacyRefused(logger);
            var text = draft.TextFields.First(f => f.InputId == hit.Field).Value;
            var resubmit = draft.ToPayload(exceptInput: hit.Field);
            resubmit[LessonCheckCard.BucketData] = row.Bucket;
            resubmit[LessonCheckCard.ReminderData] = row.Id;
            return CardActionResult.ReplaceCard(PrivacyCard.Create(culture, hit.Result, hit.Field, LessonsRoutes.FieldLabel(culture, hit.Field),
                text, LessonCheckCard.SaveVerb, resubmit));
        }
        if (LessonDraftReader.Problem(draft) is { } problem)
            return CardActionResult.ReplaceCard(LessonCheckResultCards.AdjustForm(culture, draft, catalogue, row.Bucket, row.Id, LessonsStrings.Text.Get("Problem" + problem, culture), warning: true));

        var now = time.GetUtcNow();
        var stored = await store.UpdateAsync(payload.Partition, payload.LessonId, l => l.Check.Round != payload.Round || l.Check.IsOpen ? null : Adjust(l, submitted.Over(l), now),
            cancellationToken).ConfigureAwait(false);
        if (stored is null) return CardActionResult.ReplaceCard(LessonCheckResultCards.Refused(culture));
        var next = await scheduler.ScheduleNextRoundAsync(turn, stored, cancellationToken).ConfigureAwait(false) ?? stored;
        return CardActionResult.ReplaceCard(LessonCheckResultCards.Adjusted(culture, next, catalogue));
    }

    private static Lesson Adjust(Lesson lesson, LessonDraft draft, DateTimeOffset now) => lesson with
    {
        Text = draft.Text,
        ActionPlan = draft.ActionPlan.Length == 0 ? null : draft.ActionPlan,
        CopingPlan = draft.CopingPlan.Length == 0 ? null : draft.CopingPlan,
        Tags = draft.Tags.Count > 0 ? draft.Tags : lesson.Tags,
        Type = draft.Type,
        Evidence = draft.Evidence,
        Handreikingen = draft.Handreikingen,
        CheckWeeks = draft.CheckWeeks,
        CheckDate = lesson.CheckBase.AddDays(7 * draft.CheckWeeks),
        Updated = now,
        History = [.. lesson.History, new LessonHistoryEntry(now, LessonHistoryKinds.Edited)],
    };

    private async Task DigestAsync(TurnContext turn, CancellationToken cancellationToken)
    {
        var culture = turn.Culture();
        var (scope, check) = await access.CheckAsync(turn, TeamRole.Teamleider, cancellationToken).ConfigureAwait(false);
        if (scope is null)
        {
            await turn.SendCardAsync(NoticeCard.Create(culture, FollowUpStrings.DigestNotInTeamTitle(culture), FollowUpStrings.DigestNotInTeamBody(culture)), cancellationToken).ConfigureAwait(false);
            return;
        }
        if (check != TeamAccess.Allowed)
        {
            FollowUpLog.Refused(logger, "digest-not-teamleider");
            await turn.SendCardAsync(NoticeCard.Create(culture, FollowUpStrings.DigestNotTeamleiderTitle(culture), FollowUpStrings.DigestNotTeamleiderBody(culture), TextColor.Attention), cancellationToken).ConfigureAwait(false);
            return;
        }
        var lessons = await store.ListAsync(LessonPartitions.Team(scope.TenantId, scope.TeamKey), LessonStore.MaxRowsPerPartition, cancellationToken).ConfigureAwait(false);
        var digest = TeamDigest.From(lessons, time.GetUtcNow(), workingDays.TimeZone);
        FollowUpLog.Digest(logger, digest.LessonsTotal);
        // The next sessions matter only while there is too little to show (lessons come from rounds).
        IReadOnlyList<DateOnly> sessions = [];
        if (!digest.IsComplete && plannedSessions.FirstOrDefault() is { } source)
            sessions = await source.NextSessionsAsync(scope, TeamDigest.MaxUpcoming, cancellationToken).ConfigureAwait(false);
        await turn.SendCardAsync(TeamDigestCard.Create(culture, digest, sessions), cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// The reminder named by the card data, only if it exists, is a lesson check, belongs to the actor in this tenant and its
    /// lesson still exists and is theirs; null (logged with a reason code) otherwise.
    /// </summary>
    private async Task<CheckContext?> LoadAsync(TurnContext turn, CardActionRequest action, CancellationToken cancellationToken)
    {
        var bucket = action.GetString(LessonCheckCard.BucketData);
        var id = action.GetString(LessonCheckCard.ReminderData);
        string? reason = null;
        CheckContext? context = null;
        if (!LessonCheckIds.IsWellFormed(bucket, id)) reason = "malformed";
        else if (await reminders.GetAsync(bucket!, id!, cancellationToken).ConfigureAwait(false) is not { } row) reason = "unknown";
        else if (row.Kind != LessonCheckKinds.Check) reason = "kind";
        else if (!string.Equals(row.TenantId, turn.TenantId, StringComparison.OrdinalIgnoreCase)) reason = "tenant";
        else if (!string.Equals(row.UserKey, TeamScope.UserKey(turn.Activity.From), StringComparison.Ordinal)) reason = "user";
        else if (LessonCheckPayload.Parse(row.Payload) is not { } payload) reason = "payload";
        else if (await store.GetAsync(payload.Partition, payload.LessonId, cancellationToken).ConfigureAwait(false) is not { } lesson) reason = "lesson-gone";
        else if (!string.Equals(lesson.TenantId, row.TenantId, StringComparison.Ordinal) || !string.Equals(lesson.OwnerKey, row.UserKey, StringComparison.Ordinal)) reason = "not-owner";
        else context = new CheckContext(row, payload, lesson);
        if (reason is not null) FollowUpLog.Refused(logger, reason);
        return context;
    }

    /// <summary>A second click on an answered (or closed) check: the summary of the answer again, nothing stored twice.</summary>
    private CardActionResult Repeat(CultureInfo culture, Lesson lesson, LessonCheckPayload payload)
    {
        FollowUpLog.Repeat(logger, payload.Round);
        var last = lesson.History.LastOrDefault(h => h.Kind is LessonHistoryKinds.FollowUp or LessonHistoryKinds.NoAnswer);
        return CardActionResult.ReplaceCard(last is { Kind: LessonHistoryKinds.FollowUp } && lesson.Check.ClosedRound >= payload.Round
            ? LessonCheckResultCards.Thanks(culture, lesson, last)
            : LessonCheckResultCards.Closed(culture));
    }

    private async Task<HandreikingCatalogue> CatalogueAsync(CancellationToken cancellationToken) =>
        (await liveCatalogue.GetAsync(cancellationToken).ConfigureAwait(false)).Catalogue;
}
