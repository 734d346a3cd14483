using System.Globalization;
using System.Resources;
using IntervisieBot.Localization;

namespace IntervisieBot.Features.Lessons.FollowUp.Cards;

/// <summary>Typed access to <c>FollowUpStrings.resx</c> (Dutch) and <c>FollowUpStrings.en.resx</c>.</summary>
public static class FollowUpStrings
{
    public static LocalizedText Text { get; } = new(new ResourceManager(typeof(FollowUpStrings)));

    public static string CheckTitle(CultureInfo c) => Text.Get(nameof(CheckTitle), c);
    public static string CheckTitleSecond(CultureInfo c) => Text.Get(nameof(CheckTitleSecond), c);
    public static string CheckIntro(CultureInfo c) => Text.Get(nameof(CheckIntro), c);
    public static string CheckIntroSecond(CultureInfo c) => Text.Get(nameof(CheckIntroSecond), c);
    public static string ActionPlanHeading(CultureInfo c) => Text.Get(nameof(ActionPlanHeading), c);
    public static string ScoreLabel(CultureInfo c) => Text.Get(nameof(ScoreLabel), c);
    public static string ScoreRequired(CultureInfo c) => Text.Get(nameof(ScoreRequired), c);
    public static string NoteLabel(CultureInfo c) => Text.Get(nameof(NoteLabel), c);
    public static string NotePlaceholder(CultureInfo c) => Text.Get(nameof(NotePlaceholder), c);
    public static string DecisionHeading(CultureInfo c) => Text.Get(nameof(DecisionHeading), c);
    public static string ActionKeep(CultureInfo c) => Text.Get(nameof(ActionKeep), c);
    public static string ActionAdjust(CultureInfo c) => Text.Get(nameof(ActionAdjust), c);
    public static string ActionStop(CultureInfo c) => Text.Get(nameof(ActionStop), c);
    public static string ActionSnooze(CultureInfo c) => Text.Get(nameof(ActionSnooze), c);
    public static string ScoreMissing(CultureInfo c) => Text.Get(nameof(ScoreMissing), c);
    public static string SnoozeUsed(CultureInfo c) => Text.Get(nameof(SnoozeUsed), c);
    public static string ThanksTitle(CultureInfo c) => Text.Get(nameof(ThanksTitle), c);
    public static string FactLesson(CultureInfo c) => Text.Get(nameof(FactLesson), c);
    public static string FactScore(CultureInfo c) => Text.Get(nameof(FactScore), c);
    public static string FactDecision(CultureInfo c) => Text.Get(nameof(FactDecision), c);
    public static string FactNote(CultureInfo c) => Text.Get(nameof(FactNote), c);
    public static string ThanksNextCheck(CultureInfo c, string a0) => Text.Format(nameof(ThanksNextCheck), c, a0);
    public static string ThanksStopped(CultureInfo c) => Text.Get(nameof(ThanksStopped), c);
    public static string ThanksHistory(CultureInfo c) => Text.Get(nameof(ThanksHistory), c);
    public static string SnoozedTitle(CultureInfo c) => Text.Get(nameof(SnoozedTitle), c);
    public static string SnoozedBody(CultureInfo c, string a0) => Text.Format(nameof(SnoozedBody), c, a0);
    public static string RefusedTitle(CultureInfo c) => Text.Get(nameof(RefusedTitle), c);
    public static string RefusedBody(CultureInfo c) => Text.Get(nameof(RefusedBody), c);
    public static string ClosedTitle(CultureInfo c) => Text.Get(nameof(ClosedTitle), c);
    public static string ClosedBody(CultureInfo c) => Text.Get(nameof(ClosedBody), c);
    public static string AdjustIntro(CultureInfo c) => Text.Get(nameof(AdjustIntro), c);
    public static string AdjustSaved(CultureInfo c, string a0) => Text.Format(nameof(AdjustSaved), c, a0);
    public static string DigestTitle(CultureInfo c) => Text.Get(nameof(DigestTitle), c);
    public static string DigestIntro(CultureInfo c) => Text.Get(nameof(DigestIntro), c);
    public static string DigestLessons90(CultureInfo c, int a0) => Text.Format(nameof(DigestLessons90), c, a0);
    public static string DigestLessonsTotal(CultureInfo c) => Text.Get(nameof(DigestLessonsTotal), c);
    public static string DigestChecksAsked(CultureInfo c) => Text.Get(nameof(DigestChecksAsked), c);
    public static string DigestChecksAnswered(CultureInfo c) => Text.Get(nameof(DigestChecksAnswered), c);
    public static string DigestShareOften(CultureInfo c) => Text.Get(nameof(DigestShareOften), c);
    public static string DigestNoAnswer(CultureInfo c) => Text.Get(nameof(DigestNoAnswer), c);
    public static string DigestTopTags(CultureInfo c) => Text.Get(nameof(DigestTopTags), c);
    public static string DigestNoTags(CultureInfo c) => Text.Get(nameof(DigestNoTags), c);
    public static string DigestHidden(CultureInfo c) => Text.Get(nameof(DigestHidden), c);
    public static string DigestNone(CultureInfo c) => Text.Get(nameof(DigestNone), c);
    public static string DigestWhenTitle(CultureInfo c) => Text.Get(nameof(DigestWhenTitle), c);
    public static string DigestNextSessions(CultureInfo c, string dates) => Text.Format(nameof(DigestNextSessions), c, dates);
    public static string DigestNoSessions(CultureInfo c) => Text.Get(nameof(DigestNoSessions), c);
    public static string DigestNextChecks(CultureInfo c, string dates) => Text.Format(nameof(DigestNextChecks), c, dates);
    public static string DigestNoChecks(CultureInfo c) => Text.Get(nameof(DigestNoChecks), c);
    public static string DigestDateFormat(CultureInfo c) => Text.Get(nameof(DigestDateFormat), c);
    public static string DigestPercent(CultureInfo c, int a0) => Text.Format(nameof(DigestPercent), c, a0);
    public static string DigestNotTeamleiderTitle(CultureInfo c) => Text.Get(nameof(DigestNotTeamleiderTitle), c);
    public static string DigestNotTeamleiderBody(CultureInfo c) => Text.Get(nameof(DigestNotTeamleiderBody), c);
    public static string DigestNotInTeamTitle(CultureInfo c) => Text.Get(nameof(DigestNotInTeamTitle), c);
    public static string DigestNotInTeamBody(CultureInfo c) => Text.Get(nameof(DigestNotInTeamBody), c);
    public static string CommandTeamOverzicht(CultureInfo c) => Text.Get(nameof(CommandTeamOverzicht), c);
    public static string HelpTeamOverzicht(CultureInfo c) => Text.Get(nameof(HelpTeamOverzicht), c);
    public static string ExportMeasure(CultureInfo c) => Text.Get(nameof(ExportMeasure), c);
    public static string ExportValue(CultureInfo c) => Text.Get(nameof(ExportValue), c);
}
