using System.Globalization;
using System.Resources;
using IntervisieBot.Features.Lessons.Domain;
using IntervisieBot.Localization;

namespace IntervisieBot.Features.Lessons.Cards;

/// <summary>Typed access to <c>LessonsStrings.resx</c> (Dutch) and <c>LessonsStrings.en.resx</c>.</summary>
public static class LessonsStrings
{
    public static LocalizedText Text { get; } = new(new ResourceManager(typeof(LessonsStrings)));

    // Keyed by stable ids; internal so the generic accessor test skips them (LessonsStringsTests covers every id).
    /// <summary>Display name of a taxonomy tag id.</summary>
    internal static string Tag(CultureInfo c, string tag) => Handreikingen.Cards.TagLabels.Label(tag, c);

    internal static string Type(CultureInfo c, string type) => Text.Get("Type_" + type.Replace('-', '_'), c);

    internal static string Evidence(CultureInfo c, string evidence) => Text.Get("Evidence_" + evidence.Replace('-', '_'), c);

    internal static string Visibility(CultureInfo c, string visibility) => Text.Get("Visibility_" + visibility.Replace('-', '_'), c);

    internal static string HistoryKind(CultureInfo c, string kind) => Text.Get("History_" + kind.Replace('-', '_'), c);

    internal static string CheckOutcome(CultureInfo c, string outcome) => Text.Get("CheckOutcome_" + outcome, c);

    internal static string Score(CultureInfo c, int score) => Text.Get("Score_" + Math.Clamp(score, 1, 5).ToString(CultureInfo.InvariantCulture), c);

    public static string CheckStopped(CultureInfo c) => Text.Get(nameof(CheckStopped), c);
    public static string CommandLes(CultureInfo c) => Text.Get(nameof(CommandLes), c);
    public static string CommandLessen(CultureInfo c) => Text.Get(nameof(CommandLessen), c);
    public static string CommandCuratie(CultureInfo c) => Text.Get(nameof(CommandCuratie), c);
    public static string HelpLes(CultureInfo c) => Text.Get(nameof(HelpLes), c);
    public static string HelpLessen(CultureInfo c) => Text.Get(nameof(HelpLessen), c);
    public static string HelpCuratie(CultureInfo c) => Text.Get(nameof(HelpCuratie), c);
    public static string FormTitleNew(CultureInfo c) => Text.Get(nameof(FormTitleNew), c);
    public static string FormTitleEdit(CultureInfo c) => Text.Get(nameof(FormTitleEdit), c);
    public static string FormIntro(CultureInfo c) => Text.Get(nameof(FormIntro), c);
    public static string FormLessonLabel(CultureInfo c) => Text.Get(nameof(FormLessonLabel), c);
    public static string FormLessonPlaceholder(CultureInfo c) => Text.Get(nameof(FormLessonPlaceholder), c);
    public static string FormLessonRequired(CultureInfo c) => Text.Get(nameof(FormLessonRequired), c);
    public static string FormTagsLabel(CultureInfo c) => Text.Get(nameof(FormTagsLabel), c);
    public static string FormTagsSuggested(CultureInfo c) => Text.Get(nameof(FormTagsSuggested), c);
    public static string FormTypeLabel(CultureInfo c) => Text.Get(nameof(FormTypeLabel), c);
    public static string FormActionPlanLabel(CultureInfo c) => Text.Get(nameof(FormActionPlanLabel), c);
    public static string FormCopingPlanLabel(CultureInfo c) => Text.Get(nameof(FormCopingPlanLabel), c);
    public static string FormEvidenceLabel(CultureInfo c) => Text.Get(nameof(FormEvidenceLabel), c);
    public static string FormEvidenceHint(CultureInfo c) => Text.Get(nameof(FormEvidenceHint), c);
    public static string FormHandreikingenLabel(CultureInfo c) => Text.Get(nameof(FormHandreikingenLabel), c);
    public static string FormCheckLabel(CultureInfo c) => Text.Get(nameof(FormCheckLabel), c);
    public static string FormCheckWeeks(CultureInfo c, int a0) => Text.Format(nameof(FormCheckWeeks), c, a0);
    public static string FormVisibilityLabel(CultureInfo c) => Text.Get(nameof(FormVisibilityLabel), c);
    public static string FormPersonalOnly(CultureInfo c) => Text.Get(nameof(FormPersonalOnly), c);
    public static string FormSave(CultureInfo c) => Text.Get(nameof(FormSave), c);
    public static string FormMessageNotTaken(CultureInfo c) => Text.Get(nameof(FormMessageNotTaken), c);
    public static string FormFromMessage(CultureInfo c) => Text.Get(nameof(FormFromMessage), c);
    public static string FormFromSource(CultureInfo c) => Text.Get(nameof(FormFromSource), c);
    public static string FormFromSourceWriteLesson(CultureInfo c) => Text.Get(nameof(FormFromSourceWriteLesson), c);
    public static string ProblemLessonRequired(CultureInfo c) => Text.Get(nameof(ProblemLessonRequired), c);
    public static string ProblemLessonTooLong(CultureInfo c) => Text.Get(nameof(ProblemLessonTooLong), c);
    public static string ProblemPlanTooLong(CultureInfo c) => Text.Get(nameof(ProblemPlanTooLong), c);
    public static string CardTitle(CultureInfo c) => Text.Get(nameof(CardTitle), c);
    public static string CardTitlePublished(CultureInfo c) => Text.Get(nameof(CardTitlePublished), c);
    public static string CardSaved(CultureInfo c, int a0) => Text.Format(nameof(CardSaved), c, a0);
    public static string CardSavedShared(CultureInfo c) => Text.Get(nameof(CardSavedShared), c);
    public static string CardUpdated(CultureInfo c) => Text.Get(nameof(CardUpdated), c);
    public static string CardTagsAuto(CultureInfo c) => Text.Get(nameof(CardTagsAuto), c);
    public static string FactType(CultureInfo c) => Text.Get(nameof(FactType), c);
    public static string FactTags(CultureInfo c) => Text.Get(nameof(FactTags), c);
    public static string FactEvidence(CultureInfo c) => Text.Get(nameof(FactEvidence), c);
    public static string FactCheck(CultureInfo c) => Text.Get(nameof(FactCheck), c);
    public static string FactVisibility(CultureInfo c) => Text.Get(nameof(FactVisibility), c);
    public static string FactStatus(CultureInfo c) => Text.Get(nameof(FactStatus), c);
    public static string FactAuthor(CultureInfo c) => Text.Get(nameof(FactAuthor), c);
    public static string FactReview(CultureInfo c) => Text.Get(nameof(FactReview), c);
    public static string NoTags(CultureInfo c) => Text.Get(nameof(NoTags), c);
    public static string Anonymous(CultureInfo c) => Text.Get(nameof(Anonymous), c);
    public static string ActionPlanHeading(CultureInfo c) => Text.Get(nameof(ActionPlanHeading), c);
    public static string CopingPlanHeading(CultureInfo c) => Text.Get(nameof(CopingPlanHeading), c);
    public static string HandreikingenHeading(CultureInfo c) => Text.Get(nameof(HandreikingenHeading), c);
    public static string HistoryHeading(CultureInfo c) => Text.Get(nameof(HistoryHeading), c);
    public static string HistoryScore(CultureInfo c, string a0) => Text.Format(nameof(HistoryScore), c, a0);
    public static string ActionEdit(CultureInfo c) => Text.Get(nameof(ActionEdit), c);
    public static string ActionPropose(CultureInfo c) => Text.Get(nameof(ActionPropose), c);
    public static string ProposeIntro(CultureInfo c) => Text.Get(nameof(ProposeIntro), c);
    public static string ProposeNamed(CultureInfo c) => Text.Get(nameof(ProposeNamed), c);
    public static string ProposeSend(CultureInfo c) => Text.Get(nameof(ProposeSend), c);
    public static string ActionBackToList(CultureInfo c) => Text.Get(nameof(ActionBackToList), c);
    public static string ActionNewLesson(CultureInfo c) => Text.Get(nameof(ActionNewLesson), c);
    public static string ListTitleTeam(CultureInfo c) => Text.Get(nameof(ListTitleTeam), c);
    public static string ListTitlePersonal(CultureInfo c) => Text.Get(nameof(ListTitlePersonal), c);
    public static string ListEmpty(CultureInfo c) => Text.Get(nameof(ListEmpty), c);
    public static string ListEmptyFiltered(CultureInfo c) => Text.Get(nameof(ListEmptyFiltered), c);
    public static string ListFilterTag(CultureInfo c) => Text.Get(nameof(ListFilterTag), c);
    public static string ListFilterType(CultureInfo c) => Text.Get(nameof(ListFilterType), c);
    public static string ListAllTags(CultureInfo c) => Text.Get(nameof(ListAllTags), c);
    public static string ListAllTypes(CultureInfo c) => Text.Get(nameof(ListAllTypes), c);
    public static string ListFilter(CultureInfo c) => Text.Get(nameof(ListFilter), c);
    public static string ListLine(CultureInfo c, string a0, string a1, string a2) => Text.Format(nameof(ListLine), c, a0, a1, a2);
    public static string ListPersonalHint(CultureInfo c) => Text.Get(nameof(ListPersonalHint), c);
    public static string NotFoundTitle(CultureInfo c) => Text.Get(nameof(NotFoundTitle), c);
    public static string NotFoundBody(CultureInfo c) => Text.Get(nameof(NotFoundBody), c);
    public static string NotOwnerTitle(CultureInfo c) => Text.Get(nameof(NotOwnerTitle), c);
    public static string NotOwnerBody(CultureInfo c) => Text.Get(nameof(NotOwnerBody), c);
    public static string OnlyInTeamTitle(CultureInfo c) => Text.Get(nameof(OnlyInTeamTitle), c);
    public static string OnlyInTeamBody(CultureInfo c) => Text.Get(nameof(OnlyInTeamBody), c);
    public static string CannotProposeTitle(CultureInfo c) => Text.Get(nameof(CannotProposeTitle), c);
    public static string CannotProposeBody(CultureInfo c) => Text.Get(nameof(CannotProposeBody), c);
    public static string ProposedTitle(CultureInfo c) => Text.Get(nameof(ProposedTitle), c);
    public static string ProposedBody(CultureInfo c) => Text.Get(nameof(ProposedBody), c);
    public static string MeTitle(CultureInfo c) => Text.Get(nameof(MeTitle), c);
    public static string MeSaved(CultureInfo c) => Text.Get(nameof(MeSaved), c);
    public static string MeSearchPrivacy(CultureInfo c) => Text.Get(nameof(MeSearchPrivacy), c);
    public static string MeNoResults(CultureInfo c) => Text.Get(nameof(MeNoResults), c);
    public static string MePreviewPublished(CultureInfo c) => Text.Get(nameof(MePreviewPublished), c);
    public static string MePreviewMine(CultureInfo c) => Text.Get(nameof(MePreviewMine), c);
    public static string MePreviewTeam(CultureInfo c) => Text.Get(nameof(MePreviewTeam), c);
    public static string HandreikingLabel(CultureInfo c, string a0) => Text.Format(nameof(HandreikingLabel), c, a0);
    public static string HandreikingOpen(CultureInfo c) => Text.Get(nameof(HandreikingOpen), c);
    public static string PersonalDataArea(CultureInfo c) => Text.Get(nameof(PersonalDataArea), c);
    public static string PersonalDataPersonal(CultureInfo c) => Text.Get(nameof(PersonalDataPersonal), c);
    public static string PersonalDataTeam(CultureInfo c) => Text.Get(nameof(PersonalDataTeam), c);
    public static string PersonalDataPublished(CultureInfo c) => Text.Get(nameof(PersonalDataPublished), c);
    public static string PersonalDataRemains(CultureInfo c) => Text.Get(nameof(PersonalDataRemains), c);
    public static string QueueTitle(CultureInfo c) => Text.Get(nameof(QueueTitle), c);
    public static string QueueIntro(CultureInfo c) => Text.Get(nameof(QueueIntro), c);
    public static string QueueEmpty(CultureInfo c) => Text.Get(nameof(QueueEmpty), c);
    public static string QueueReview(CultureInfo c) => Text.Get(nameof(QueueReview), c);
    public static string QueueDueHeading(CultureInfo c) => Text.Get(nameof(QueueDueHeading), c);
    public static string QueueConfirm(CultureInfo c) => Text.Get(nameof(QueueConfirm), c);
    public static string QueueRetire(CultureInfo c) => Text.Get(nameof(QueueRetire), c);
    public static string InsightsHeading(CultureInfo c) => Text.Get(nameof(InsightsHeading), c);
    public static string InsightsGrowing(CultureInfo c, int a0, string a1) => Text.Format(nameof(InsightsGrowing), c, a0, a1);
    public static string InsightsNeeds(CultureInfo c, int a0, string a1) => Text.Format(nameof(InsightsNeeds), c, a0, a1);
    public static string InsightsNone(CultureInfo c) => Text.Get(nameof(InsightsNone), c);
    public static string InsightItem(CultureInfo c, string a0, int a1) => Text.Format(nameof(InsightItem), c, a0, a1);
    public static string InsightGrowth(CultureInfo c, string a0, int a1, int a2) => Text.Format(nameof(InsightGrowth), c, a0, a1, a2);
    public static string ReviewTitle(CultureInfo c) => Text.Get(nameof(ReviewTitle), c);
    public static string ReviewTitleLabel(CultureInfo c) => Text.Get(nameof(ReviewTitleLabel), c);
    public static string ReviewTitleRequired(CultureInfo c) => Text.Get(nameof(ReviewTitleRequired), c);
    public static string ReviewTagsLabel(CultureInfo c) => Text.Get(nameof(ReviewTagsLabel), c);
    public static string ReviewMergeLabel(CultureInfo c) => Text.Get(nameof(ReviewMergeLabel), c);
    public static string ReviewMergeNone(CultureInfo c) => Text.Get(nameof(ReviewMergeNone), c);
    public static string ReviewNoteLabel(CultureInfo c) => Text.Get(nameof(ReviewNoteLabel), c);
    public static string ReviewApprove(CultureInfo c) => Text.Get(nameof(ReviewApprove), c);
    public static string ReviewMerge(CultureInfo c) => Text.Get(nameof(ReviewMerge), c);
    public static string ReviewSendBack(CultureInfo c) => Text.Get(nameof(ReviewSendBack), c);
    public static string ReviewReject(CultureInfo c) => Text.Get(nameof(ReviewReject), c);
    public static string ReviewAuthorNamed(CultureInfo c) => Text.Get(nameof(ReviewAuthorNamed), c);
    public static string ReviewAuthorAnonymous(CultureInfo c) => Text.Get(nameof(ReviewAuthorAnonymous), c);
    public static string NotKennismakelaarTitle(CultureInfo c) => Text.Get(nameof(NotKennismakelaarTitle), c);
    public static string NotKennismakelaarBody(CultureInfo c) => Text.Get(nameof(NotKennismakelaarBody), c);
    public static string CurationDoneTitle(CultureInfo c) => Text.Get(nameof(CurationDoneTitle), c);
    public static string CurationPublished(CultureInfo c) => Text.Get(nameof(CurationPublished), c);
    public static string CurationMerged(CultureInfo c) => Text.Get(nameof(CurationMerged), c);
    public static string CurationSentBack(CultureInfo c) => Text.Get(nameof(CurationSentBack), c);
    public static string CurationRejected(CultureInfo c) => Text.Get(nameof(CurationRejected), c);
    public static string CurationNotProposedTitle(CultureInfo c) => Text.Get(nameof(CurationNotProposedTitle), c);
    public static string CurationNotProposedBody(CultureInfo c) => Text.Get(nameof(CurationNotProposedBody), c);
    public static string CurationNoteRequired(CultureInfo c) => Text.Get(nameof(CurationNoteRequired), c);
    public static string CurationMergeTargetMissing(CultureInfo c) => Text.Get(nameof(CurationMergeTargetMissing), c);
    public static string ReviewConfirmed(CultureInfo c, string a0) => Text.Format(nameof(ReviewConfirmed), c, a0);
    public static string ReviewRetired(CultureInfo c) => Text.Get(nameof(ReviewRetired), c);
    public static string OutcomeTitle(CultureInfo c) => Text.Get(nameof(OutcomeTitle), c);
    public static string OutcomeLesson(CultureInfo c, string a0) => Text.Format(nameof(OutcomeLesson), c, a0);

    internal static string Curation(CultureInfo c, CurationStatus status, string? note) =>
        status == CurationStatus.SentBack ? Text.Format("Curation_SentBack", c, note ?? "") : Text.Get("Curation_" + status, c);

    internal static string Outcome(CultureInfo c, CurationStatus status, string detail) => Text.Format("Outcome_" + status, c, detail);

    public static string ExportTitle(CultureInfo c) => Text.Get(nameof(ExportTitle), c);
    public static string ExportLesson(CultureInfo c) => Text.Get(nameof(ExportLesson), c);
    public static string ExportActionPlan(CultureInfo c) => Text.Get(nameof(ExportActionPlan), c);
    public static string ExportCopingPlan(CultureInfo c) => Text.Get(nameof(ExportCopingPlan), c);
    public static string ExportHandreikingen(CultureInfo c) => Text.Get(nameof(ExportHandreikingen), c);
    public static string ExportAuthor(CultureInfo c) => Text.Get(nameof(ExportAuthor), c);
    public static string ExportPublished(CultureInfo c) => Text.Get(nameof(ExportPublished), c);
    public static string ExportReview(CultureInfo c) => Text.Get(nameof(ExportReview), c);
    public static string ExportMarkdownTitle(CultureInfo c) => Text.Get(nameof(ExportMarkdownTitle), c);
    public static string ExportMarkdownIntro(CultureInfo c, int a0, string a1) => Text.Format(nameof(ExportMarkdownIntro), c, a0, a1);
}
