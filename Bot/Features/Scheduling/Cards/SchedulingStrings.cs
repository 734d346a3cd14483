using System.Globalization;
using System.Resources;
using IntervisieBot.Features.Reminders.Domain;
using IntervisieBot.Features.Reminders.Handlers;
using IntervisieBot.Features.Reminders.Storage;
using IntervisieBot.Features.Scheduling.Domain;
using IntervisieBot.Localization;

namespace IntervisieBot.Features.Scheduling.Cards;

/// <summary>Typed access to <c>SchedulingStrings.resx</c> (Dutch) and <c>SchedulingStrings.en.resx</c>.</summary>
public static class SchedulingStrings
{
    public static LocalizedText Text { get; } = new(new ResourceManager(typeof(SchedulingStrings)));

    public static string PlanTitle(CultureInfo c) => Text.Get(nameof(PlanTitle), c);
    public static string PlanIntro(CultureInfo c) => Text.Get(nameof(PlanIntro), c);
    public static string PlanCurrent(CultureInfo c, string a0) => Text.Format(nameof(PlanCurrent), c, a0);
    public static string PlanErrors(CultureInfo c) => Text.Get(nameof(PlanErrors), c);
    public static string LabelCadence(CultureInfo c) => Text.Get(nameof(LabelCadence), c);
    public static string CadenceWeekly(CultureInfo c) => Text.Get(nameof(CadenceWeekly), c);
    public static string CadenceTwoWeeks(CultureInfo c) => Text.Get(nameof(CadenceTwoWeeks), c);
    public static string CadenceFourWeeks(CultureInfo c) => Text.Get(nameof(CadenceFourWeeks), c);
    public static string RhythmEvery1(CultureInfo c) => Text.Get(nameof(RhythmEvery1), c);
    public static string RhythmEvery2(CultureInfo c) => Text.Get(nameof(RhythmEvery2), c);
    public static string RhythmEvery4(CultureInfo c) => Text.Get(nameof(RhythmEvery4), c);
    public static string LabelWeekday(CultureInfo c) => Text.Get(nameof(LabelWeekday), c);
    public static string LabelStart(CultureInfo c) => Text.Get(nameof(LabelStart), c);
    public static string LabelDuration(CultureInfo c) => Text.Get(nameof(LabelDuration), c);
    public static string ShorterThanMethod(CultureInfo c, string a0, int a1, int a2) => Text.Format(nameof(ShorterThanMethod), c, a0, a1, a2);
    public static string DurationOption(CultureInfo c, int a0) => Text.Format(nameof(DurationOption), c, a0);
    public static string LabelMethod(CultureInfo c) => Text.Get(nameof(LabelMethod), c);
    public static string LabelFirst(CultureInfo c) => Text.Get(nameof(LabelFirst), c);
    public static string LabelEnd(CultureInfo c) => Text.Get(nameof(LabelEnd), c);
    public static string LabelHolidays(CultureInfo c) => Text.Get(nameof(LabelHolidays), c);
    public static string HolidaysMove(CultureInfo c) => Text.Get(nameof(HolidaysMove), c);
    public static string HolidaysSkip(CultureInfo c) => Text.Get(nameof(HolidaysSkip), c);
    public static string Required(CultureInfo c) => Text.Get(nameof(Required), c);
    public static string SaveButton(CultureInfo c) => Text.Get(nameof(SaveButton), c);
    public static string StopButton(CultureInfo c) => Text.Get(nameof(StopButton), c);
    public static string StatusButton(CultureInfo c) => Text.Get(nameof(StatusButton), c);
    public static string ChangeButton(CultureInfo c) => Text.Get(nameof(ChangeButton), c);
    public static string Rhythm(CultureInfo c, string a0, string a1, string a2, int a3, string a4) => Text.Format(nameof(Rhythm), c, a0, a1, a2, a3, a4);
    public static string RhythmUntil(CultureInfo c, string a0, string a1) => Text.Format(nameof(RhythmUntil), c, a0, a1);
    public static string SavedTitle(CultureInfo c) => Text.Get(nameof(SavedTitle), c);
    public static string UpdatedTitle(CultureInfo c) => Text.Get(nameof(UpdatedTitle), c);
    public static string NextSessions(CultureInfo c) => Text.Get(nameof(NextSessions), c);
    public static string SessionMoved(CultureInfo c, string a0, string a1, string a2) => Text.Format(nameof(SessionMoved), c, a0, a1, a2);
    public static string SessionSkipped(CultureInfo c, string a0, string a1) => Text.Format(nameof(SessionSkipped), c, a0, a1);
    public static string EventsNote(CultureInfo c) => Text.Get(nameof(EventsNote), c);
    public static string CalendarCreated(CultureInfo c) => Text.Get(nameof(CalendarCreated), c);
    public static string CalendarUpdated(CultureInfo c) => Text.Get(nameof(CalendarUpdated), c);
    public static string CalendarNotConfigured(CultureInfo c) => Text.Get(nameof(CalendarNotConfigured), c);
    public static string CalendarNoGroup(CultureInfo c) => Text.Get(nameof(CalendarNoGroup), c);
    public static string CalendarPermissionMissing(CultureInfo c, string a0) => Text.Format(nameof(CalendarPermissionMissing), c, a0);
    public static string CalendarThrottled(CultureInfo c) => Text.Get(nameof(CalendarThrottled), c);
    public static string CalendarFailed(CultureInfo c) => Text.Get(nameof(CalendarFailed), c);
    public static string CalendarRetryButton(CultureInfo c) => Text.Get(nameof(CalendarRetryButton), c);
    public static string CalendarCancelled(CultureInfo c) => Text.Get(nameof(CalendarCancelled), c);
    public static string CalendarCancelFailed(CultureInfo c) => Text.Get(nameof(CalendarCancelFailed), c);
    public static string JoinButton(CultureInfo c) => Text.Get(nameof(JoinButton), c);
    public static string CalendarSubject(CultureInfo c) => Text.Get(nameof(CalendarSubject), c);
    public static string CalendarBody(CultureInfo c, string a0) => Text.Format(nameof(CalendarBody), c, a0);
    public static string CalendarCancelComment(CultureInfo c) => Text.Get(nameof(CalendarCancelComment), c);
    public static string StopTitle(CultureInfo c) => Text.Get(nameof(StopTitle), c);
    public static string StopBody(CultureInfo c) => Text.Get(nameof(StopBody), c);
    public static string StopBodyCalendar(CultureInfo c) => Text.Get(nameof(StopBodyCalendar), c);
    public static string StopConfirmButton(CultureInfo c) => Text.Get(nameof(StopConfirmButton), c);
    public static string StopKeepButton(CultureInfo c) => Text.Get(nameof(StopKeepButton), c);
    public static string StoppedTitle(CultureInfo c) => Text.Get(nameof(StoppedTitle), c);
    public static string StoppedBody(CultureInfo c) => Text.Get(nameof(StoppedBody), c);
    public static string NoSeriesTitle(CultureInfo c) => Text.Get(nameof(NoSeriesTitle), c);
    public static string NoSeriesBody(CultureInfo c) => Text.Get(nameof(NoSeriesBody), c);
    public static string OnlyTeamleiderTitle(CultureInfo c) => Text.Get(nameof(OnlyTeamleiderTitle), c);
    public static string OnlyTeamleiderBody(CultureInfo c) => Text.Get(nameof(OnlyTeamleiderBody), c);
    public static string PersonalChatTitle(CultureInfo c) => Text.Get(nameof(PersonalChatTitle), c);
    public static string PersonalChatBody(CultureInfo c) => Text.Get(nameof(PersonalChatBody), c);
    public static string StaleTitle(CultureInfo c) => Text.Get(nameof(StaleTitle), c);
    /// <summary>What the actor is told about their action on a session.</summary>
    public static string Notice(SessionNotice notice, CultureInfo culture) => notice switch
    {
        SessionNotice.NoRole => NoticeNoRole(culture),
        SessionNotice.Accepted => NoticeAccepted(culture),
        SessionNotice.Away => NoticeAway(culture),
        SessionNotice.Back => NoticeBack(culture),
        SessionNotice.Swapped => NoticeSwapped(culture),
        SessionNotice.AwayFirst => NoticeAwayFirst(culture),
        _ => NoticeTookOver(culture),
    };

    public static string StaleBody(CultureInfo c) => Text.Get(nameof(StaleBody), c);
    public static string SessionOver(CultureInfo c) => Text.Get(nameof(SessionOver), c);
    public static string DateFormat(CultureInfo c) => Text.Get(nameof(DateFormat), c);
    public static string DateFormatLong(CultureInfo c) => Text.Get(nameof(DateFormatLong), c);
    public static string SessionWhen(CultureInfo c, string a0, string a1, string a2) => Text.Format(nameof(SessionWhen), c, a0, a1, a2);
    public static string AnnounceTitle(CultureInfo c, string a0) => Text.Format(nameof(AnnounceTitle), c, a0);
    public static string AnnounceIntro(CultureInfo c) => Text.Get(nameof(AnnounceIntro), c);
    public static string RoleInbrenger(CultureInfo c) => Text.Get(nameof(RoleInbrenger), c);
    public static string RoleGespreksleider(CultureInfo c) => Text.Get(nameof(RoleGespreksleider), c);
    public static string RoleAccepted(CultureInfo c, string a0) => Text.Format(nameof(RoleAccepted), c, a0);
    public static string RoleOpen(CultureInfo c) => Text.Get(nameof(RoleOpen), c);
    public static string MethodLine(CultureInfo c, string a0) => Text.Format(nameof(MethodLine), c, a0);
    public static string MovedLine(CultureInfo c, string a0, string a1) => Text.Format(nameof(MovedLine), c, a0, a1);
    public static string AwayCount(CultureInfo c, int a0) => Text.Format(nameof(AwayCount), c, a0);
    public static string AnnounceHint(CultureInfo c) => Text.Get(nameof(AnnounceHint), c);
    public static string AcceptButton(CultureInfo c) => Text.Get(nameof(AcceptButton), c);
    public static string AwayButton(CultureInfo c) => Text.Get(nameof(AwayButton), c);
    public static string BackButton(CultureInfo c) => Text.Get(nameof(BackButton), c);
    public static string SwapButton(CultureInfo c) => Text.Get(nameof(SwapButton), c);
    public static string TakeInbrengerButton(CultureInfo c) => Text.Get(nameof(TakeInbrengerButton), c);
    public static string TakeGespreksleiderButton(CultureInfo c) => Text.Get(nameof(TakeGespreksleiderButton), c);
    public static string NoticeAccepted(CultureInfo c) => Text.Get(nameof(NoticeAccepted), c);
    public static string NoticeAway(CultureInfo c) => Text.Get(nameof(NoticeAway), c);
    public static string NoticeBack(CultureInfo c) => Text.Get(nameof(NoticeBack), c);
    public static string NoticeSwapped(CultureInfo c) => Text.Get(nameof(NoticeSwapped), c);
    public static string NoticeTookOver(CultureInfo c) => Text.Get(nameof(NoticeTookOver), c);
    public static string NoticeNoRole(CultureInfo c) => Text.Get(nameof(NoticeNoRole), c);
    public static string NoticeAwayFirst(CultureInfo c) => Text.Get(nameof(NoticeAwayFirst), c);
    public static string NoticeNotMember(CultureInfo c) => Text.Get(nameof(NoticeNotMember), c);
    public static string UnknownPerson(CultureInfo c) => Text.Get(nameof(UnknownPerson), c);
    public static string PrepareTitle(CultureInfo c, string a0) => Text.Format(nameof(PrepareTitle), c, a0);
    public static string PrepareIntro(CultureInfo c) => Text.Get(nameof(PrepareIntro), c);
    public static string ProposalLabel(CultureInfo c) => Text.Get(nameof(ProposalLabel), c);
    public static string ProposalPlaceholder(CultureInfo c) => Text.Get(nameof(ProposalPlaceholder), c);
    public static string ProposeButton(CultureInfo c) => Text.Get(nameof(ProposeButton), c);
    public static string ProposalsNone(CultureInfo c) => Text.Get(nameof(ProposalsNone), c);
    public static string ProposalsCount(CultureInfo c, int a0) => Text.Format(nameof(ProposalsCount), c, a0);
    public static string NoticeProposed(CultureInfo c) => Text.Get(nameof(NoticeProposed), c);
    public static string NoticeProposalEmpty(CultureInfo c) => Text.Get(nameof(NoticeProposalEmpty), c);
    public static string StartFromSeries(CultureInfo c, string a0) => Text.Format(nameof(StartFromSeries), c, a0);
    public static string StartProposals(CultureInfo c, int a0) => Text.Format(nameof(StartProposals), c, a0);
    public static string HealthTitle(CultureInfo c) => Text.Get(nameof(HealthTitle), c);
    public static string HealthIntro(CultureInfo c) => Text.Get(nameof(HealthIntro), c);
    public static string HealthPlanned(CultureInfo c) => Text.Get(nameof(HealthPlanned), c);
    public static string HealthHeld(CultureInfo c) => Text.Get(nameof(HealthHeld), c);
    public static string HealthAttendance(CultureInfo c) => Text.Get(nameof(HealthAttendance), c);
    public static string HealthLessons(CultureInfo c) => Text.Get(nameof(HealthLessons), c);
    public static string HealthLessonsTotal(CultureInfo c) => Text.Get(nameof(HealthLessonsTotal), c);
    public static string HealthNone(CultureInfo c) => Text.Get(nameof(HealthNone), c);
    public static string HealthNote(CultureInfo c) => Text.Get(nameof(HealthNote), c);
    public static string HelpPlanCommand(CultureInfo c) => Text.Get(nameof(HelpPlanCommand), c);
    public static string HelpPlanDescription(CultureInfo c) => Text.Get(nameof(HelpPlanDescription), c);
    public static string HelpStatusCommand(CultureInfo c) => Text.Get(nameof(HelpStatusCommand), c);
    public static string HelpStatusDescription(CultureInfo c) => Text.Get(nameof(HelpStatusDescription), c);
    public static string HelpStopCommand(CultureInfo c) => Text.Get(nameof(HelpStopCommand), c);
    public static string HelpStopDescription(CultureInfo c) => Text.Get(nameof(HelpStopDescription), c);
    public static string RightsArea(CultureInfo c) => Text.Get(nameof(RightsArea), c);
    public static string RightsAway(CultureInfo c) => Text.Get(nameof(RightsAway), c);
    public static string RightsRoles(CultureInfo c) => Text.Get(nameof(RightsRoles), c);
    public static string RightsProposals(CultureInfo c) => Text.Get(nameof(RightsProposals), c);
    public static string RightsRemains(CultureInfo c) => Text.Get(nameof(RightsRemains), c);

    /// <summary>The friendly text for a refused plan field (keys <c>Error…</c>); <paramref name="args"/> fill its placeholders.</summary>
    public static string Error(PlanError error, CultureInfo c, params object?[] args) => Text.Format("Error" + error, c, args);

    /// <summary>The holiday's name (keys <c>Holiday…</c>).</summary>
    public static string Holiday(DutchHoliday holiday, CultureInfo c) => Text.Get("Holiday" + holiday, c);
    public static string AwayTitle(CultureInfo c) => Text.Get(nameof(AwayTitle), c);
    public static string AwayNoted(CultureInfo c, string a0) => Text.Format(nameof(AwayNoted), c, a0);
    public static string AwayNotedRoles(CultureInfo c, string a0) => Text.Format(nameof(AwayNotedRoles), c, a0);
    public static string AwayAlready(CultureInfo c, string a0) => Text.Format(nameof(AwayAlready), c, a0);
    public static string AwayUsage(CultureInfo c, string a0) => Text.Format(nameof(AwayUsage), c, a0);
    public static string AwayNotADate(CultureInfo c) => Text.Get(nameof(AwayNotADate), c);
    public static string AwayPast(CultureInfo c) => Text.Get(nameof(AwayPast), c);
    public static string AwayNotASession(CultureInfo c, string a0) => Text.Format(nameof(AwayNotASession), c, a0);
    public static string AwayNextSessions(CultureInfo c, string a0) => Text.Format(nameof(AwayNextSessions), c, a0);
    public static string AwayNoMoreSessions(CultureInfo c) => Text.Get(nameof(AwayNoMoreSessions), c);
    public static string AwayPersonalChat(CultureInfo c) => Text.Get(nameof(AwayPersonalChat), c);
    public static string AwayNotMember(CultureInfo c) => Text.Get(nameof(AwayNotMember), c);
    public static string BackNoted(CultureInfo c, string a0) => Text.Format(nameof(BackNoted), c, a0);
    public static string BackNotAway(CultureInfo c, string a0) => Text.Format(nameof(BackNotAway), c, a0);
    public static string BackUsage(CultureInfo c, string a0) => Text.Format(nameof(BackUsage), c, a0);
    public static string HelpBackCommand(CultureInfo c) => Text.Get(nameof(HelpBackCommand), c);
    public static string HelpBackDescription(CultureInfo c) => Text.Get(nameof(HelpBackDescription), c);
    public static string HelpAwayCommand(CultureInfo c) => Text.Get(nameof(HelpAwayCommand), c);
    public static string HelpAwayDescription(CultureInfo c) => Text.Get(nameof(HelpAwayDescription), c);
    public static string MeetingRoundOpenTitle(CultureInfo c) => Text.Get(nameof(MeetingRoundOpenTitle), c);
    public static string MeetingRoundOpenBody(CultureInfo c) => Text.Get(nameof(MeetingRoundOpenBody), c);
    public static string MeetingLessonTitle(CultureInfo c) => Text.Get(nameof(MeetingLessonTitle), c);
    public static string MeetingLessonBody(CultureInfo c, string a0) => Text.Format(nameof(MeetingLessonBody), c, a0);
}
