using System.Globalization;
using System.Text.Json.Nodes;
using IntervisieBot.Cards;
using IntervisieBot.Features.Handreikingen.Domain;

namespace IntervisieBot.Features.Handreikingen.Cards;

/// <summary>The kennismakelaar's catalogue cards: pick an entry, edit or add one.</summary>
public static class CurationCards
{
    public const string EditVerb = "catalogue.edit";
    public const string NewVerb = "catalogue.new";
    public const string RetireVerb = "catalogue.retire";
    public const string SaveVerb = "catalogue.save";
    public const string EntryInput = "entryId";

    /// <summary>The inputs of the edit card (an edit keeps the stored value of any the save does not carry).</summary>
    public static IReadOnlyList<string> InputIds { get; } = ["id", "title", "officialTitle", "publisher", "url", "summary", "tags", "step", "evidence", "audience"];

    public static AdaptiveCard Manage(CultureInfo culture, CatalogueSnapshot snapshot)
    {
        var title = CurationStrings.ManageTitle(culture);
        var choices = HandreikingPicker.Choices(snapshot.Catalogue.Entries, culture);
        return new AdaptiveCard
        {
            Body =
            [
                new TextBlock { Text = title, Weight = TextWeight.Bolder, Size = TextSize.Medium, Wrap = true },
                new TextBlock { Text = CurationStrings.ManageIntro(culture, snapshot.Catalogue.Entries.Count, snapshot.Retired.Count), Wrap = true },
                new InputChoiceSet
                {
                    Id = EntryInput, Label = CurationStrings.ManagePick(culture), Choices = choices, ChoicesData = HandreikingPicker.Query,
                    Style = ChoiceInputStyle.Filtered, IsRequired = true, ErrorMessage = CurationStrings.ManagePickRequired(culture),
                },
            ],
            Actions =
            [
                CardActions.Execute(CurationStrings.Edit(culture), EditVerb),
                CardActions.Execute(CurationStrings.Retire(culture), RetireVerb),
                CardActions.Execute(CurationStrings.New(culture), NewVerb, associatedInputs: AssociatedInputs.None),
            ],
            FallbackText = title,
            Lang = culture.TwoLetterISOLanguageName,
        };
    }

    /// <param name="entry">The entry to edit, or null for a new one.</param>
    /// <param name="errors">Problems of a previous attempt, shown above the fields.</param>
    public static AdaptiveCard Edit(CultureInfo culture, Handreiking? entry, IReadOnlyList<string>? errors = null)
    {
        var title = entry is null ? CurationStrings.NewTitle(culture) : CurationStrings.EditTitle(culture);
        List<CardElement> body = [new TextBlock { Text = title, Weight = TextWeight.Bolder, Size = TextSize.Medium, Wrap = true }];
        if (errors is { Count: > 0 })
        {
            body.Add(new TextBlock { Text = CurationStrings.Invalid(culture), Color = TextColor.Attention, Weight = TextWeight.Bolder, Wrap = true });
            body.Add(new TextBlock { Text = string.Join("\n", errors.Take(8).Select(e => "- " + e)), Color = TextColor.Attention, Wrap = true });
        }
        var required = CurationStrings.Required(culture);
        body.AddRange(
        [
            new InputText { Id = "id", Label = CurationStrings.FieldId(culture), Value = entry?.Id, IsRequired = true, ErrorMessage = required, MaxLength = 80 },
            new InputText { Id = "title", Label = CurationStrings.FieldTitle(culture), Value = entry?.Title, IsRequired = true, ErrorMessage = required, MaxLength = 200 },
            new InputText { Id = "officialTitle", Label = CurationStrings.FieldOfficialTitle(culture), Value = entry?.OfficialTitle, IsRequired = true, ErrorMessage = required, MaxLength = 200 },
            new InputText { Id = "publisher", Label = CurationStrings.FieldPublisher(culture), Value = entry?.Publisher, IsRequired = true, ErrorMessage = required, MaxLength = 120 },
            new InputText { Id = "url", Label = CurationStrings.FieldUrl(culture), Value = entry?.Url, MaxLength = 400 },
            new InputText { Id = "summary", Label = CurationStrings.FieldSummary(culture), Value = entry is null ? null : string.Join("\n", entry.Summary), IsMultiline = true, IsRequired = true, ErrorMessage = required, MaxLength = 1500 },
            new InputChoiceSet
            {
                Id = "tags", Label = CurationStrings.FieldTags(culture), IsMultiSelect = true, Style = ChoiceInputStyle.Compact, IsRequired = true, ErrorMessage = required,
                Choices = [.. TagTaxonomy.All.Select(t => new Choice(t, t))], Value = entry is null ? null : string.Join(',', entry.Tags),
            },
            new InputChoiceSet
            {
                Id = "step", Label = CurationStrings.FieldStep(culture), Style = ChoiceInputStyle.Compact, Value = (entry?.Step ?? 1).ToString(CultureInfo.InvariantCulture),
                Choices = [new Choice(CurationStrings.Step1(culture), "1"), new Choice(CurationStrings.Step2(culture), "2"), new Choice(CurationStrings.Step3(culture), "3"), new Choice(CurationStrings.Step4(culture), "4")],
            },
            new InputChoiceSet
            {
                Id = "evidence", Label = CurationStrings.FieldEvidence(culture), Style = ChoiceInputStyle.Compact, Value = entry?.Evidence ?? EvidenceLevels.Praktijkervaring,
                Choices = [.. EvidenceLevels.All.Select(e => new Choice(CasusStrings.EvidenceName(e, culture), e))],
            },
            new InputText { Id = "audience", Label = CurationStrings.FieldAudience(culture), Value = entry?.Audience ?? "klantmanagers", IsRequired = true, ErrorMessage = required, MaxLength = 120 },
        ]);
        return new AdaptiveCard
        {
            Body = body,
            Actions = [CardActions.Execute(CurationStrings.Save(culture), SaveVerb, new JsonObject().WithShown(InputIds))],
            FallbackText = title,
            Lang = culture.TwoLetterISOLanguageName,
        };
    }
}
