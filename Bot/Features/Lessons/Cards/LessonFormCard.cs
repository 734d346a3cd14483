using System.Globalization;
using System.Text.Json.Nodes;
using IntervisieBot.Cards;
using IntervisieBot.Features.Handreikingen.Domain;
using IntervisieBot.Features.Lessons.Domain;

namespace IntervisieBot.Features.Lessons.Cards;

/// <summary>
/// The lesson card to fill in: one required sentence, everything else a choice with a sensible default, so it takes about a
/// minute. In a personal chat there is no visibility choice (the lesson is personal).
/// </summary>
public static class LessonFormCard
{
    public const string SaveVerb = "lessons.save";
    public const string LessonInput = "lesson";
    public const string TagsInput = "tags";
    public const string ActionPlanInput = "actionPlan";
    public const string CopingPlanInput = "copingPlan";
    public const string TypeInput = "type";
    public const string EvidenceInput = "evidence";
    public const string HandreikingenInput = "handreikingen";
    public const string CheckWeeksInput = "checkWeeks";
    public const string VisibilityInput = "visibility";
    public const string LessonIdData = "lessonId";
    public const string SourceKindData = "sourceKind";
    public const string SourceIdData = "sourceId";

    /// <param name="hasTeam">The form is in a team or group chat, so the lesson can be shared with the team.</param>
    /// <param name="notice">A line above the inputs (validation problem, where the prefill came from); already localized.</param>
    public static AdaptiveCard Create(CultureInfo culture, LessonDraft draft, bool hasTeam, HandreikingCatalogue catalogue,
        LessonFormMode mode = LessonFormMode.Conversation, string? notice = null, bool noticeIsWarning = false)
    {
        var title = draft.LessonId is null ? LessonsStrings.FormTitleNew(culture) : LessonsStrings.FormTitleEdit(culture);
        List<CardElement> body =
        [
            new TextBlock { Text = title, Weight = TextWeight.Bolder, Size = TextSize.Medium, Wrap = true },
            new TextBlock { Text = LessonsStrings.FormIntro(culture), Wrap = true, IsSubtle = true, Spacing = Spacing.None },
        ];
        if (notice is not null)
            body.Add(new TextBlock { Text = notice, Wrap = true, Color = noticeIsWarning ? TextColor.Attention : TextColor.Accent });
        body.Add(new InputText
        {
            Id = LessonInput,
            Label = LessonsStrings.FormLessonLabel(culture),
            Placeholder = LessonsStrings.FormLessonPlaceholder(culture),
            IsMultiline = true,
            IsRequired = true,
            ErrorMessage = LessonsStrings.FormLessonRequired(culture),
            MaxLength = LessonDraftReader.MaxLessonLength,
            Value = Empty(draft.Text),
        });
        body.Add(new InputChoiceSet
        {
            Id = TypeInput,
            Label = LessonsStrings.FormTypeLabel(culture),
            Style = ChoiceInputStyle.Expanded,
            Choices = [.. LessonTypes.All.Select(t => new Choice(LessonsStrings.Type(culture, t), t))],
            Value = draft.Type,
        });
        body.Add(new InputChoiceSet
        {
            Id = TagsInput,
            Label = LessonsStrings.FormTagsLabel(culture),
            Style = ChoiceInputStyle.Compact,
            IsMultiSelect = true,
            Choices = TagChoices(culture),
            Value = Empty(string.Join(',', draft.Tags)),
        });
        if (draft.Tags.Count > 0 && draft.LessonId is null)
            body.Add(new TextBlock { Text = LessonsStrings.FormTagsSuggested(culture), Wrap = true, IsSubtle = true, Spacing = Spacing.None });
        body.Add(new InputText
        {
            Id = ActionPlanInput,
            Label = LessonsStrings.FormActionPlanLabel(culture),
            IsMultiline = true,
            MaxLength = LessonDraftReader.MaxPlanLength,
            Value = Empty(draft.ActionPlan),
        });
        body.Add(new InputText
        {
            Id = CopingPlanInput,
            Label = LessonsStrings.FormCopingPlanLabel(culture),
            IsMultiline = true,
            MaxLength = LessonDraftReader.MaxPlanLength,
            Value = Empty(draft.CopingPlan),
        });
        body.Add(new InputChoiceSet
        {
            Id = EvidenceInput,
            Label = LessonsStrings.FormEvidenceLabel(culture),
            Style = ChoiceInputStyle.Compact,
            Choices = [.. LessonEvidence.All.Select(e => new Choice(LessonsStrings.Evidence(culture, e), e))],
            Value = draft.Evidence,
        });
        body.Add(new TextBlock { Text = LessonsStrings.FormEvidenceHint(culture), Wrap = true, IsSubtle = true, Spacing = Spacing.None });
        body.Add(new InputChoiceSet
        {
            Id = HandreikingenInput,
            Label = LessonsStrings.FormHandreikingenLabel(culture),
            Style = ChoiceInputStyle.Filtered,
            IsMultiSelect = true,
            Choices = HandreikingPicker.Choices(catalogue.Entries, culture),
            ChoicesData = HandreikingPicker.Query,
            Value = Empty(string.Join(',', draft.Handreikingen)),
        });
        body.Add(new InputChoiceSet
        {
            Id = CheckWeeksInput,
            Label = LessonsStrings.FormCheckLabel(culture),
            Style = ChoiceInputStyle.Expanded,
            Choices = [.. CheckPeriods.Weeks.Select(w => new Choice(LessonsStrings.FormCheckWeeks(culture, w), w.ToString(CultureInfo.InvariantCulture)))],
            Value = draft.CheckWeeks.ToString(CultureInfo.InvariantCulture),
        });
        if (hasTeam)
        {
            body.Add(new InputChoiceSet
            {
                Id = VisibilityInput,
                Label = LessonsStrings.FormVisibilityLabel(culture),
                Style = ChoiceInputStyle.Expanded,
                Choices = [.. LessonVisibility.All.Select(v => new Choice(LessonsStrings.Visibility(culture, v), v))],
                Value = draft.Visibility,
            });
        }
        else
        {
            body.Add(new TextBlock { Text = LessonsStrings.FormPersonalOnly(culture), Wrap = true, IsSubtle = true });
        }

        var hidden = HiddenData(draft, hasTeam);
        CardAction save = mode == LessonFormMode.Dialog
            ? new SubmitAction { Title = LessonsStrings.FormSave(culture), Data = hidden }
            : CardActions.Execute(LessonsStrings.FormSave(culture), SaveVerb, hidden);
        return new AdaptiveCard
        {
            Body = body,
            Actions = [save],
            FallbackText = title,
            Lang = culture.TwoLetterISOLanguageName,
        };
    }

    /// <summary>The ids the save action carries besides the inputs, and which inputs the form shows (the visibility only in a team).</summary>
    public static JsonObject HiddenData(LessonDraft draft, bool hasTeam)
    {
        var data = new JsonObject();
        if (draft.LessonId is not null) data[LessonIdData] = draft.LessonId;
        if (draft.SourceKind is not null) data[SourceKindData] = draft.SourceKind;
        if (draft.SourceId is not null) data[SourceIdData] = draft.SourceId;
        return data.WithShown(LessonDraft.InputIds.Where(i => hasTeam || i != VisibilityInput));
    }

    public static IReadOnlyList<Choice> TagChoices(CultureInfo culture) =>
        [.. TagTaxonomy.All.Select(t => new Choice(LessonsStrings.Tag(culture, t), t))];

    private static string? Empty(string value) => value.Length == 0 ? null : value;
}
