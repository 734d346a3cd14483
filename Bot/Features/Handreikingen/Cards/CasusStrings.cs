using System.Globalization;
using System.Resources;
using IntervisieBot.Features.Handreikingen.Domain;
using IntervisieBot.Localization;

namespace IntervisieBot.Features.Handreikingen.Cards;

/// <summary>Typed access to <c>CasusStrings.resx</c> (Dutch) and <c>CasusStrings.en.resx</c>.</summary>
public static class CasusStrings
{
    public static LocalizedText Text { get; } = new(new ResourceManager(typeof(CasusStrings)));

    public static string SuggestTitle(CultureInfo c) => Text.Get(nameof(SuggestTitle), c);
    public static string SuggestIntro(CultureInfo c) => Text.Get(nameof(SuggestIntro), c);
    public static string ShowSummary(CultureInfo c) => Text.Get(nameof(ShowSummary), c);
    public static string Open(CultureInfo c) => Text.Get(nameof(Open), c);
    public static string Useful(CultureInfo c) => Text.Get(nameof(Useful), c);
    public static string NotUseful(CultureInfo c) => Text.Get(nameof(NotUseful), c);
    public static string LessonsTitle(CultureInfo c) => Text.Get(nameof(LessonsTitle), c);
    public static string NothingTitle(CultureInfo c) => Text.Get(nameof(NothingTitle), c);
    public static string NothingBody(CultureInfo c) => Text.Get(nameof(NothingBody), c);
    public static string AskTitle(CultureInfo c) => Text.Get(nameof(AskTitle), c);
    public static string AskBody(CultureInfo c) => Text.Get(nameof(AskBody), c);
    public static string AskLabel(CultureInfo c) => Text.Get(nameof(AskLabel), c);
    public static string AskRequired(CultureInfo c) => Text.Get(nameof(AskRequired), c);
    public static string AskButton(CultureInfo c) => Text.Get(nameof(AskButton), c);
    public static string FeedbackThanks(CultureInfo c) => Text.Get(nameof(FeedbackThanks), c);
    public static string FeedbackUnknown(CultureInfo c) => Text.Get(nameof(FeedbackUnknown), c);
    public static string OverviewTitle(CultureInfo c) => Text.Get(nameof(OverviewTitle), c);
    public static string OverviewFeedback(CultureInfo c) => Text.Get(nameof(OverviewFeedback), c);
    public static string OverviewNeeds(CultureInfo c) => Text.Get(nameof(OverviewNeeds), c);
    public static string OverviewNoFeedback(CultureInfo c) => Text.Get(nameof(OverviewNoFeedback), c);
    public static string OverviewNoNeeds(CultureInfo c) => Text.Get(nameof(OverviewNoNeeds), c);
    public static string OverviewOnlyKennismakelaar(CultureInfo c) => Text.Get(nameof(OverviewOnlyKennismakelaar), c);
    public static string OverviewOnlyKennismakelaarTitle(CultureInfo c) => Text.Get(nameof(OverviewOnlyKennismakelaarTitle), c);
    public static string HelpEntryCasus(CultureInfo c) => Text.Get(nameof(HelpEntryCasus), c);
    public static string HelpEntryOverview(CultureInfo c) => Text.Get(nameof(HelpEntryOverview), c);
    public static string CasusCommand(CultureInfo c) => Text.Get(nameof(CasusCommand), c);
    public static string OverviewCommand(CultureInfo c) => Text.Get(nameof(OverviewCommand), c);
    public static string ReviewDigestTitle(CultureInfo c) => Text.Get(nameof(ReviewDigestTitle), c);
    public static string ReviewDigestHowTo(CultureInfo c) => Text.Get(nameof(ReviewDigestHowTo), c);
    public static string RightsArea(CultureInfo c) => Text.Get(nameof(RightsArea), c);
    public static string RightsRatings(CultureInfo c) => Text.Get(nameof(RightsRatings), c);
    public static string CrisisTitle(CultureInfo c) => Text.Get(nameof(CrisisTitle), c);
    public static string CrisisIntro(CultureInfo c, string value) => Text.Format(nameof(CrisisIntro), c, value);
    public static string CrisisAskDirectly(CultureInfo c) => Text.Get(nameof(CrisisAskDirectly), c);
    public static string CrisisNotAlone(CultureInfo c) => Text.Get(nameof(CrisisNotAlone), c);
    public static string CrisisHuisarts(CultureInfo c) => Text.Get(nameof(CrisisHuisarts), c);
    public static string Crisis113(CultureInfo c) => Text.Get(nameof(Crisis113), c);
    public static string Crisis113Button(CultureInfo c) => Text.Get(nameof(Crisis113Button), c);
    public static string CrisisVeiligThuis(CultureInfo c) => Text.Get(nameof(CrisisVeiligThuis), c);
    public static string CrisisVeiligThuisButton(CultureInfo c) => Text.Get(nameof(CrisisVeiligThuisButton), c);
    public static string CrisisOwnSafety(CultureInfo c) => Text.Get(nameof(CrisisOwnSafety), c);
    public static string Crisis112(CultureInfo c) => Text.Get(nameof(Crisis112), c);
    public static string CrisisProtocol(CultureInfo c, string value) => Text.Format(nameof(CrisisProtocol), c, value);
    public static string CrisisProtocolButton(CultureInfo c) => Text.Get(nameof(CrisisProtocolButton), c);
    public static string ShowSummaryHint(CultureInfo c) => Text.Get(nameof(ShowSummaryHint), c);
    public static string LocalEntry(CultureInfo c) => Text.Get(nameof(LocalEntry), c);
    public static string Peildatum(CultureInfo c, string value) => Text.Format(nameof(Peildatum), c, value);
    public static string OverviewReview(CultureInfo c) => Text.Get(nameof(OverviewReview), c);
    public static string OverviewNoReview(CultureInfo c) => Text.Get(nameof(OverviewNoReview), c);
    public static string OverviewLegal(CultureInfo c) => Text.Get(nameof(OverviewLegal), c);
    public static string SuggestContext(CultureInfo c, string a, string b) => Text.Format(nameof(SuggestContext), c, a, b);
    public static string RightsNeedsRemain(CultureInfo c) => Text.Get(nameof(RightsNeedsRemain), c);
    public static string EvidencePraktijkervaring(CultureInfo c) => Text.Get(nameof(EvidencePraktijkervaring), c);
    public static string EvidenceOnderbouwd(CultureInfo c) => Text.Get(nameof(EvidenceOnderbouwd), c);
    public static string EvidenceBewezenEffectief(CultureInfo c) => Text.Get(nameof(EvidenceBewezenEffectief), c);

    public static string EvidenceName(string evidence, CultureInfo c) => evidence switch
    {
        EvidenceLevels.Onderbouwd => EvidenceOnderbouwd(c),
        EvidenceLevels.BewezenEffectief => EvidenceBewezenEffectief(c),
        _ => EvidencePraktijkervaring(c),
    };

}
