using System.Globalization;
using System.Resources;
using IntervisieBot.Localization;

namespace IntervisieBot.Features.Handreikingen.Cards;

/// <summary>Typed access to <c>CurationStrings.resx</c> (Dutch) and <c>CurationStrings.en.resx</c>.</summary>
public static class CurationStrings
{
    public static LocalizedText Text { get; } = new(new ResourceManager(typeof(CurationStrings)));

    public static string ManageTitle(CultureInfo c) => Text.Get(nameof(ManageTitle), c);
    public static string ManagePick(CultureInfo c) => Text.Get(nameof(ManagePick), c);
    public static string ManagePickRequired(CultureInfo c) => Text.Get(nameof(ManagePickRequired), c);
    public static string Edit(CultureInfo c) => Text.Get(nameof(Edit), c);
    public static string Retire(CultureInfo c) => Text.Get(nameof(Retire), c);
    public static string New(CultureInfo c) => Text.Get(nameof(New), c);
    public static string EditTitle(CultureInfo c) => Text.Get(nameof(EditTitle), c);
    public static string NewTitle(CultureInfo c) => Text.Get(nameof(NewTitle), c);
    public static string FieldId(CultureInfo c) => Text.Get(nameof(FieldId), c);
    public static string FieldTitle(CultureInfo c) => Text.Get(nameof(FieldTitle), c);
    public static string FieldOfficialTitle(CultureInfo c) => Text.Get(nameof(FieldOfficialTitle), c);
    public static string FieldPublisher(CultureInfo c) => Text.Get(nameof(FieldPublisher), c);
    public static string FieldUrl(CultureInfo c) => Text.Get(nameof(FieldUrl), c);
    public static string FieldSummary(CultureInfo c) => Text.Get(nameof(FieldSummary), c);
    public static string FieldTags(CultureInfo c) => Text.Get(nameof(FieldTags), c);
    public static string FieldStep(CultureInfo c) => Text.Get(nameof(FieldStep), c);
    public static string FieldEvidence(CultureInfo c) => Text.Get(nameof(FieldEvidence), c);
    public static string FieldAudience(CultureInfo c) => Text.Get(nameof(FieldAudience), c);
    public static string Step1(CultureInfo c) => Text.Get(nameof(Step1), c);
    public static string Step2(CultureInfo c) => Text.Get(nameof(Step2), c);
    public static string Step3(CultureInfo c) => Text.Get(nameof(Step3), c);
    public static string Step4(CultureInfo c) => Text.Get(nameof(Step4), c);
    public static string Save(CultureInfo c) => Text.Get(nameof(Save), c);
    public static string Required(CultureInfo c) => Text.Get(nameof(Required), c);
    public static string Invalid(CultureInfo c) => Text.Get(nameof(Invalid), c);
    public static string SavedTitle(CultureInfo c) => Text.Get(nameof(SavedTitle), c);
    public static string SavedBody(CultureInfo c) => Text.Get(nameof(SavedBody), c);
    public static string RetiredTitle(CultureInfo c) => Text.Get(nameof(RetiredTitle), c);
    public static string RetiredBody(CultureInfo c) => Text.Get(nameof(RetiredBody), c);
    public static string UnknownEntryTitle(CultureInfo c) => Text.Get(nameof(UnknownEntryTitle), c);
    public static string UnknownEntryBody(CultureInfo c) => Text.Get(nameof(UnknownEntryBody), c);
    public static string OnlyKennismakelaarTitle(CultureInfo c) => Text.Get(nameof(OnlyKennismakelaarTitle), c);
    public static string OnlyKennismakelaarBody(CultureInfo c) => Text.Get(nameof(OnlyKennismakelaarBody), c);
    public static string HelpEntry(CultureInfo c) => Text.Get(nameof(HelpEntry), c);
    public static string Command(CultureInfo c) => Text.Get(nameof(Command), c);
    public static string ManageIntro(CultureInfo c, int active, int retired) => Text.Format(nameof(ManageIntro), c, Text.Plural("ManageActive", active, c), retired);
}
