using System.Globalization;
using IntervisieBot.Features.Lessons.Cards;
using IntervisieBot.Features.Lessons.Domain;
using IntervisieBot.Features.Lessons.Handlers;
using IntervisieBot.Privacy.Rights;

namespace IntervisieBot.Features.Lessons.Storage;

/// <summary>
/// Lessons in "mijn gegevens": personal lessons are deleted; team and published lessons are shared knowledge, so they stay
/// but lose the link to the author (owner key, user id and any author name).
/// </summary>
public sealed class LessonsPersonalData(LessonStore store, IEnumerable<ILessonObserver> observers) : IPersonalDataContributor
{
    /// <summary>Every lesson the person owns, with its texts and follow-up answers (ids and stable codes, no one else's data).</summary>
    public async Task<PersonalDataExportSection> ExportAsync(DataSubject subject, CultureInfo culture, CancellationToken cancellationToken)
    {
        var owned = await store.ListOwnedAsync(subject.TenantId, subject.UserKey, cancellationToken).ConfigureAwait(false);
        return new PersonalDataExportSection(LessonsStrings.PersonalDataArea(culture),
        [
            .. owned.OrderBy(l => l.Created).Select(l => new
            {
                id = l.Id,
                scope = l.Scope.ToString(),
                lesson = l.Text,
                title = l.Title,
                tags = l.Tags,
                type = l.Type,
                evidence = l.Evidence,
                actionPlan = l.ActionPlan,
                copingPlan = l.CopingPlan,
                handreikingen = l.Handreikingen,
                visibility = l.Visibility,
                status = l.Status.ToString(),
                created = l.Created,
                checkDate = l.CheckDate,
                authorName = l.AuthorName,
                history = l.History.Select(h => new { at = h.At, kind = h.Kind, note = h.Note, score = h.Score, outcome = h.Outcome }),
            }),
        ]);
    }

    public async Task<PersonalDataReport> DescribeAsync(DataSubject subject, CultureInfo culture, CancellationToken cancellationToken)
    {
        var owned = await store.ListOwnedAsync(subject.TenantId, subject.UserKey, cancellationToken).ConfigureAwait(false);
        return Report(culture, owned, []);
    }

    public async Task<PersonalDataReport> DeleteAsync(DataSubject subject, CultureInfo culture, CancellationToken cancellationToken)
    {
        var owned = await store.ListOwnedAsync(subject.TenantId, subject.UserKey, cancellationToken).ConfigureAwait(false);
        foreach (var lesson in owned)
        {
            // No owner, no follow-up: the observers close what hangs off the lesson (the check reminders) first.
            foreach (var observer in observers) await observer.RemovedAsync(lesson, cancellationToken).ConfigureAwait(false);
            if (lesson.Scope == LessonScopeKind.Personal)
            {
                await store.DeleteAsync(lesson, cancellationToken).ConfigureAwait(false);
                continue;
            }
            await store.UpdateAsync(LessonPartitions.Of(lesson), lesson.Id, l => l with { OwnerKey = "", OwnerUserId = null, AuthorName = null, AuthorNamed = false, Check = l.Check with { Reminders = [], ClosedRound = l.Check.Round } }, cancellationToken).ConfigureAwait(false);
        }
        var shared = owned.Count(l => l.Scope != LessonScopeKind.Personal);
        return Report(culture, owned, shared > 0 ? [LessonsStrings.PersonalDataRemains(culture)] : []);
    }

    private static PersonalDataReport Report(CultureInfo culture, IReadOnlyList<Lesson> owned, IReadOnlyList<string> remains) => new(
        LessonsStrings.PersonalDataArea(culture),
        [
            new PersonalDataItem(LessonsStrings.PersonalDataPersonal(culture), owned.Count(l => l.Scope == LessonScopeKind.Personal)),
            new PersonalDataItem(LessonsStrings.PersonalDataTeam(culture), owned.Count(l => l.Scope == LessonScopeKind.Team)),
            new PersonalDataItem(LessonsStrings.PersonalDataPublished(culture), owned.Count(l => l.Scope == LessonScopeKind.Organisation)),
        ],
        remains);
}
