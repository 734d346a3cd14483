using System.Globalization;
using IntervisieBot.Cards;
using IntervisieBot.Cards.Common;
using IntervisieBot.Features.Handreikingen.Domain;
using IntervisieBot.Features.Lessons.Cards;
using IntervisieBot.Features.Lessons.Domain;

namespace IntervisieBot.Features.Lessons.FollowUp.Cards;

/// <summary>What replaces the check card: the thank-you summary, the snooze confirmation, refusals, and the adjust form.</summary>
public static class LessonCheckResultCards
{
    /// <summary>The summary of an answer (the latest follow-up entry), with what happens next.</summary>
    public static AdaptiveCard Thanks(CultureInfo culture, Lesson lesson, LessonHistoryEntry answer)
    {
        var title = FollowUpStrings.ThanksTitle(culture);
        List<CardFact> facts = [new(FollowUpStrings.FactLesson(culture), lesson.Heading)];
        if (answer.Score is { } score) facts.Add(new(FollowUpStrings.FactScore(culture), LessonsStrings.Score(culture, score)));
        if (LessonCheckOutcomes.IsKnown(answer.Outcome)) facts.Add(new(FollowUpStrings.FactDecision(culture), LessonsStrings.CheckOutcome(culture, answer.Outcome!)));
        if (!string.IsNullOrWhiteSpace(answer.Note)) facts.Add(new(FollowUpStrings.FactNote(culture), answer.Note!));
        var next = lesson.Check.Stopped
            ? FollowUpStrings.ThanksStopped(culture)
            : lesson.Check.IsOpen ? FollowUpStrings.ThanksNextCheck(culture, LessonCard.FormatDate(culture, lesson.CheckDate)) : FollowUpStrings.ThanksHistory(culture);
        return new AdaptiveCard
        {
            Body =
            [
                new TextBlock { Text = title, Weight = TextWeight.Bolder, Size = TextSize.Medium, Color = TextColor.Good, Wrap = true },
                new FactSet { Facts = facts },
                new TextBlock { Text = next, Wrap = true },
            ],
            FallbackText = title,
            Lang = culture.TwoLetterISOLanguageName,
        };
    }

    public static AdaptiveCard Snoozed(CultureInfo culture, DateTimeOffset due) =>
        NoticeCard.Create(culture, FollowUpStrings.SnoozedTitle(culture), FollowUpStrings.SnoozedBody(culture, LessonCard.FormatDate(culture, due)), TextColor.Good);

    public static AdaptiveCard Refused(CultureInfo culture) =>
        NoticeCard.Create(culture, FollowUpStrings.RefusedTitle(culture), FollowUpStrings.RefusedBody(culture), TextColor.Attention);

    public static AdaptiveCard Closed(CultureInfo culture) =>
        NoticeCard.Create(culture, FollowUpStrings.ClosedTitle(culture), FollowUpStrings.ClosedBody(culture));

    /// <summary>
    /// The lessons feature's form for this lesson, saved through <see cref="LessonCheckCard.SaveVerb"/> (which finds the lesson
    /// through the reminder, also a team lesson from the 1:1 chat). Visibility is not changed here, so the form shows no choice.
    /// </summary>
    public static AdaptiveCard AdjustForm(CultureInfo culture, LessonDraft draft, HandreikingCatalogue catalogue, string bucket, string reminderId, string? notice = null, bool warning = false)
    {
        var form = LessonFormCard.Create(culture, draft, hasTeam: false, catalogue, LessonFormMode.Conversation, notice ?? FollowUpStrings.AdjustIntro(culture), warning);
        var personalOnly = LessonsStrings.FormPersonalOnly(culture);
        var payload = LessonFormCard.HiddenData(draft, hasTeam: false);
        payload[LessonCheckCard.BucketData] = bucket;
        payload[LessonCheckCard.ReminderData] = reminderId;
        return form with
        {
            Body = [.. form.Body.Where(e => e is not TextBlock { } t || t.Text != personalOnly)],
            Actions = [CardActions.Execute(LessonsStrings.FormSave(culture), LessonCheckCard.SaveVerb, payload)],
        };
    }

    /// <summary>After the adjust form was saved: the lesson with its history and the next check date.</summary>
    public static AdaptiveCard Adjusted(CultureInfo culture, Lesson lesson, HandreikingCatalogue catalogue) =>
        LessonCard.Create(culture, lesson, catalogue, new LessonCardView(FollowUpStrings.AdjustSaved(culture, LessonCard.FormatDate(culture, lesson.CheckDate))));
}
