using IntervisieBot.Features.Handreikingen.Domain;
using IntervisieBot.Features.Lessons.Cards;
using IntervisieBot.Features.Lessons.Domain;
using IntervisieBot.Features.Lessons.Storage;
using IntervisieBot.Privacy;
using IntervisieBot.Protocol.Turns;
using Microsoft.Extensions.Logging;

namespace IntervisieBot.Features.Lessons.Handlers;

/// <summary>
/// Saves a lesson card for the actor of a turn: every text through the privacy guard first (a hit stores nothing), then
/// validation, then the partition from the activity (team or personal) and, for an edit, a check that the lesson is the
/// actor's own and readable from here.
/// </summary>
public sealed class LessonCapture(
    LessonStore store,
    LessonLibrary library,
    LessonTagSuggester tagger,
    IPersonalDataGuard guard,
    TimeProvider time,
    IEnumerable<ILessonObserver> observers,
    ILogger<LessonCapture> logger)
{
    private readonly ILessonObserver[] _observers = [.. observers];

    /// <summary>The first text field the guard stops, or null when every text is clean.</summary>
    public (string Field, GuardResult Result)? CheckPrivacy(LessonDraft draft)
    {
        foreach (var (field, value) in draft.TextFields)
        {
            var result = guard.Check(value);
            if (!result.IsClean) return (field, result);
        }
        return null;
    }

    /// <summary>
    /// Saves the draft. An edit first takes every input the draft is missing from the stored lesson, so a save that omits a
    /// field changes nothing about it; the visibility widens only when the form showed the choice (see
    /// <see cref="LessonDraftReader.Read"/>). <see cref="LessonSaveResult.Draft"/> is the draft as resolved.
    /// </summary>
    public async Task<LessonSaveResult> SaveAsync(TurnContext turn, LessonDraft draft, CancellationToken cancellationToken)
    {
        var viewer = TurnLessonViewer.From(turn);
        Lesson? existing = null;
        if (draft.LessonId is { } id)
        {
            existing = await library.FindAsync(viewer, id, cancellationToken).ConfigureAwait(false);
            if (existing is null || !viewer.CanEdit(existing))
            {
                LessonsLog.LessonNotFound(logger, id);
                return new LessonSaveResult { NotFound = true, Draft = draft };
            }
            draft = draft.Over(existing);
        }
        if (CheckPrivacy(draft) is { } hit)
        {
            LessonsLog.PrivacyRefused(logger, hit.Field);
            return new LessonSaveResult { PrivacyField = hit.Field, Privacy = hit.Result, Draft = draft };
        }
        if (LessonDraftReader.Problem(draft) is { } problem) return new LessonSaveResult { Problem = problem, Draft = draft };

        var now = time.GetUtcNow();
        var tagsSuggested = draft.Tags.Count == 0;
        var tags = tagsSuggested ? tagger.Suggest(draft.Text, draft.ActionPlan, draft.CopingPlan) : draft.Tags;
        var visibility = viewer.Team is null ? LessonVisibility.AlleenIk : draft.Visibility;
        var scope = visibility == LessonVisibility.MijnTeam ? LessonScopeKind.Team : LessonScopeKind.Personal;

        if (existing is not null)
        {
            Lesson Edit(Lesson current) => Apply(current, draft, tags, visibility, scope, viewer) with
            {
                Updated = now,
                History = [.. current.History, new LessonHistoryEntry(now, LessonHistoryKinds.Edited)],
            };
            var updated = Edit(existing);
            if (LessonPartitions.Of(updated) == LessonPartitions.Of(existing))
            {
                // Same partition: read-modify-write with the ETag, so a follow-up answer stored meanwhile is kept.
                updated = await store.UpdateAsync(LessonPartitions.Of(existing), existing.Id, Edit, cancellationToken).ConfigureAwait(false);
                if (updated is null) return new LessonSaveResult { NotFound = true, Draft = draft };
            }
            else
            {
                await store.MoveAsync(LessonPartitions.Of(existing), updated, cancellationToken).ConfigureAwait(false);
            }
            LessonsLog.LessonSaved(logger, updated.Scope, updated.Tags.Count, isNew: false);
            await NotifySavedAsync(turn, updated, existing, cancellationToken).ConfigureAwait(false);
            return new LessonSaveResult { Saved = updated, IsUpdate = true, TagsSuggested = tagsSuggested, Draft = draft };
        }

        var lesson = new Lesson
        {
            Id = LessonPartitions.NewId(now),
            Scope = scope,
            TenantId = viewer.TenantId,
            TeamKey = viewer.Team?.TeamKey,
            OwnerKey = viewer.UserKey,
            OwnerUserId = turn.Activity.From?.Id,
            Text = draft.Text,
            Type = draft.Type,
            Evidence = draft.Evidence,
            Visibility = visibility,
            Created = now,
            Updated = now,
            SourceKind = draft.SourceKind,
            SourceId = draft.SourceId,
            History = [new LessonHistoryEntry(now, LessonHistoryKinds.Created)],
        };
        lesson = Prepare(turn, Apply(lesson, draft, tags, visibility, scope, viewer));
        await store.AddAsync(lesson, cancellationToken).ConfigureAwait(false);
        LessonsLog.LessonSaved(logger, lesson.Scope, lesson.Tags.Count, isNew: true);
        await NotifySavedAsync(turn, lesson, null, cancellationToken).ConfigureAwait(false);
        return new LessonSaveResult { Saved = lesson, TagsSuggested = tagsSuggested, Draft = draft };
    }

    /// <summary>Tells the observers (the follow-up loop schedules the check); a failure is logged and the save stands.</summary>
    public async Task NotifySavedAsync(TurnContext turn, Lesson lesson, Lesson? previous, CancellationToken cancellationToken)
    {
        foreach (var observer in _observers)
        {
            try
            {
                await observer.SavedAsync(turn, lesson, previous, cancellationToken).ConfigureAwait(false);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                LessonsLog.ObserverFailed(logger, observer.GetType().Name, ex);
            }
        }
    }

    /// <summary>Lets the observers fill in their state before the first write (<see cref="ILessonObserver.Preparing"/>); a failure is logged and the lesson saved as it is.</summary>
    private Lesson Prepare(TurnContext turn, Lesson lesson)
    {
        foreach (var observer in _observers)
        {
            try
            {
                lesson = observer.Preparing(turn, lesson);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                LessonsLog.ObserverFailed(logger, observer.GetType().Name, ex);
            }
        }
        return lesson;
    }

    private static Lesson Apply(Lesson lesson, LessonDraft draft, IReadOnlyList<string> tags, string visibility, LessonScopeKind scope, LessonViewer viewer) => lesson with
    {
        Scope = scope,
        TeamKey = viewer.Team?.TeamKey ?? lesson.TeamKey,
        Text = draft.Text,
        ActionPlan = NullIfEmpty(draft.ActionPlan),
        CopingPlan = NullIfEmpty(draft.CopingPlan),
        Tags = [.. tags.Where(TagTaxonomy.IsKnown)],
        Type = draft.Type,
        Evidence = draft.Evidence,
        Handreikingen = draft.Handreikingen,
        CheckWeeks = draft.CheckWeeks,
        CheckDate = lesson.CheckBase.AddDays(7 * draft.CheckWeeks),
        Visibility = visibility,
    };

    private static string? NullIfEmpty(string value) => value.Length == 0 ? null : value;
}
