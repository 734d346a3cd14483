using System.Globalization;
using IntervisieBot.Cards;
using IntervisieBot.Cards.Common;
using IntervisieBot.Features.Handreikingen.Domain;
using IntervisieBot.Features.Lessons.Cards;
using IntervisieBot.Features.Lessons.Domain;
using IntervisieBot.Features.Lessons.FollowUp.Domain;
using IntervisieBot.Privacy;

namespace IntervisieBot.Features.Lessons.FollowUp.Cards;

/// <summary>Every card of the follow-up loop with invented data, for the card dump and the validation tests.</summary>
public sealed class FollowUpCardSamples(HandreikingCatalogue catalogue) : ICardSampleSource
{
    private const string Bucket = "2026033007";

    public IEnumerable<CardSample> GetSamples(CultureInfo culture)
    {
        var lesson = LessonCardSamples.SampleLesson(catalogue);
        var id = LessonCheckIds.First(lesson.Id, 1);
        var answered = lesson.History[^1];
        var due = lesson.CheckDate.AddDays(28);
        yield return new CardSample("lessoncheck.check", LessonCheckCard.Create(culture, lesson, Bucket, id, second: false, canSnooze: true));
        yield return new CardSample("lessoncheck.check.second", LessonCheckCard.Create(culture, lesson, Bucket, LessonCheckIds.Second(lesson.Id, 1), second: true, canSnooze: false));
        yield return new CardSample("lessoncheck.check.no-score", LessonCheckCard.Create(culture, lesson with { ActionPlan = null }, Bucket, id, second: false, canSnooze: false, FollowUpStrings.ScoreMissing(culture)));
        yield return new CardSample("lessoncheck.thanks.keep", LessonCheckResultCards.Thanks(culture, lesson with { CheckDate = due, Check = new LessonCheckState { Round = 2, ClosedRound = 1 } }, answered));
        yield return new CardSample("lessoncheck.thanks.stop", LessonCheckResultCards.Thanks(culture, lesson with { Type = LessonTypes.NietMeerDoen, Check = new LessonCheckState { Round = 1, ClosedRound = 1, Stopped = true } },
            answered with { Outcome = LessonCheckOutcomes.Stop, Score = 1, Note = null }));
        yield return new CardSample("lessoncheck.snoozed", LessonCheckResultCards.Snoozed(culture, due));
        yield return new CardSample("lessoncheck.refused", LessonCheckResultCards.Refused(culture));
        yield return new CardSample("lessoncheck.closed", LessonCheckResultCards.Closed(culture));
        yield return new CardSample("lessoncheck.adjust", LessonCheckResultCards.AdjustForm(culture, LessonDraft.FromLesson(lesson), catalogue, Bucket, id));
        yield return new CardSample("lessoncheck.adjusted", LessonCheckResultCards.Adjusted(culture, lesson with { CheckDate = due }, catalogue));
        yield return new CardSample("lessoncheck.privacy", PrivacyCard.Create(culture, new GuardResult([new IdentifierFinding(IdentifierKind.Phone, 12, 11)], false),
            LessonCheckCard.NoteInput, FollowUpStrings.NoteLabel(culture), "Gebeld op 06-12345678 ...", LessonCheckCard.AnswerVerb, LessonCheckCard.Payload(Bucket, id, LessonCheckOutcomes.Keep)));
        yield return new CardSample("lessoncheck.digest", TeamDigestCard.Create(culture, new TeamDigest(7, 23, 14, 11, 6, 3, [("schulden", 8), ("taal", 4), ("gespreksvoering", 3)]), []));
        yield return new CardSample("lessoncheck.digest.small", TeamDigestCard.Create(culture, new TeamDigest(2, 4, 2, 2, 1, 0, []) { UpcomingChecks = [new DateOnly(2027, 1, 12), new DateOnly(2027, 1, 26)] }, [new DateOnly(2026, 12, 15), new DateOnly(2027, 1, 5)]));
        yield return new CardSample("lessoncheck.digest.not-teamleider", NoticeCard.Create(culture, FollowUpStrings.DigestNotTeamleiderTitle(culture), FollowUpStrings.DigestNotTeamleiderBody(culture), TextColor.Attention));
        yield return new CardSample("lessoncheck.digest.not-in-team", NoticeCard.Create(culture, FollowUpStrings.DigestNotInTeamTitle(culture), FollowUpStrings.DigestNotInTeamBody(culture)));
    }
}
