using System.Globalization;
using IntervisieBot.Cards;
using IntervisieBot.Features.Handreikingen.Domain;

namespace IntervisieBot.Features.Handreikingen.Cards;

/// <summary>The cards of the casus → handreikingen flow: ask, suggestions (short and suggested, never prescribed), nothing found.</summary>
public static class CasusCards
{
    public const string SuggestVerb = "casus.suggest";
    public const string FeedbackVerb = "handreiking.feedback";
    public const string CasusInput = "casus";

    public static AdaptiveCard Ask(CultureInfo culture)
    {
        var title = CasusStrings.AskTitle(culture);
        return new AdaptiveCard
        {
            Body =
            [
                new TextBlock { Text = title, Weight = TextWeight.Bolder, Size = TextSize.Medium, Wrap = true },
                new TextBlock { Text = CasusStrings.AskBody(culture), Wrap = true },
                new InputText { Id = CasusInput, Label = CasusStrings.AskLabel(culture), IsMultiline = true, IsRequired = true, ErrorMessage = CasusStrings.AskRequired(culture), MaxLength = 4000 },
            ],
            Actions = [CardActions.Execute(CasusStrings.AskButton(culture), SuggestVerb)],
            FallbackText = title,
            Lang = culture.TwoLetterISOLanguageName,
        };
    }

    /// <summary>
    /// The suggestions for a casus. With a crisis signal the crisis card comes first, always; <paramref name="context"/> (for
    /// a suggestion pushed after a round) says which round and casus the card belongs to.
    /// </summary>
    public static AdaptiveCard Suggestions(CultureInfo culture, Recommendation recommendation, string? context = null)
    {
        if (recommendation.NothingFound) return NothingFound(culture);
        var title = recommendation.HasCrisis ? CasusStrings.CrisisTitle(culture) : CasusStrings.SuggestTitle(culture);
        List<CardElement> body = [];
        if (context is not null)
        {
            body.Add(new TextBlock { Text = context, Wrap = true, IsSubtle = true, Size = TextSize.Small });
        }

        if (recommendation.HasCrisis)
        {
            body.Add(CrisisCard.Create(culture, recommendation.Crisis, recommendation.CrisisProtocol));
        }

        if (recommendation.Handreikingen.Count > 0)
        {
            body.Add(new TextBlock { Text = CasusStrings.SuggestTitle(culture), Weight = TextWeight.Bolder, Size = TextSize.Medium, Wrap = true, Spacing = recommendation.HasCrisis ? Spacing.Large : null });
            body.Add(new TextBlock { Text = CasusStrings.SuggestIntro(culture), Wrap = true, IsSubtle = true, Size = TextSize.Small });
        }

        var index = 0;
        foreach (var suggestion in recommendation.Handreikingen)
        {
            body.Add(Entry(culture, suggestion, index++));
        }
        if (recommendation.Lessons.Count > 0)
        {
            body.Add(new TextBlock { Text = CasusStrings.LessonsTitle(culture), Weight = TextWeight.Bolder, Wrap = true, Separator = true, Spacing = Spacing.Medium });
            foreach (var lesson in recommendation.Lessons)
            {
                body.Add(new TextBlock { Text = "- " + lesson.Lesson.Text, Wrap = true });
                body.Add(new TextBlock { Text = lesson.Why, Wrap = true, IsSubtle = true, Size = TextSize.Small, Spacing = Spacing.None });
            }
        }
        return new AdaptiveCard { Body = body, FallbackText = title, Lang = culture.TwoLetterISOLanguageName };
    }

    public static AdaptiveCard NothingFound(CultureInfo culture)
    {
        var title = CasusStrings.NothingTitle(culture);
        return new AdaptiveCard
        {
            Body =
            [
                new TextBlock { Text = title, Weight = TextWeight.Bolder, Size = TextSize.Medium, Wrap = true },
                new TextBlock { Text = CasusStrings.NothingBody(culture), Wrap = true },
            ],
            FallbackText = title,
            Lang = culture.TwoLetterISOLanguageName,
        };
    }

    /// <summary>
    /// "official title · publisher · evidence level · peildatum", without repeating a publisher that is also the title;
    /// a gemeente's own entry says so.
    /// </summary>
    internal static string Source(CultureInfo culture, Handreiking entry) =>
        string.Join(" · ", new[]
            {
                entry.OfficialTitle, entry.Publisher, CasusStrings.EvidenceName(entry.Evidence, culture),
                entry.Local ? CasusStrings.LocalEntry(culture) : null,
                entry.Peildatum is { } checkedOn ? CasusStrings.Peildatum(culture, checkedOn.ToString("d MMMM yyyy", culture)) : null,
            }
            .Where(part => !string.IsNullOrWhiteSpace(part)).Distinct(StringComparer.OrdinalIgnoreCase));

    /// <summary>
    /// One suggestion: tapping it opens the summary in place; at most two buttons (Openen when there is a link, and the
    /// nuttig / niet nuttig pair as one compact control).
    /// </summary>
    private static Container Entry(CultureInfo culture, RecommendedHandreiking suggestion, int index)
    {
        var entry = suggestion.Entry;
        var summaryId = $"summary-{index}";
        var toggle = new ToggleVisibilityAction { Title = CasusStrings.ShowSummary(culture), TargetElements = [new TargetElement(summaryId)] };
        List<Column> buttons = [];
        if (Uri.TryCreate(entry.Url, UriKind.Absolute, out var url) && url.Scheme == Uri.UriSchemeHttps)
        {
            buttons.Add(new Column { Width = ColumnWidth.Auto, Items = [new ActionSet { Actions = [new OpenUrlAction { Title = CasusStrings.Open(culture), Url = url }] }], VerticalContentAlignment = VerticalContentAlignment.Center });
        }

        buttons.Add(FeedbackColumn(CasusStrings.Useful(culture), entry.Id, useful: true));
        buttons.Add(FeedbackColumn(CasusStrings.NotUseful(culture), entry.Id, useful: false));
        return new Container
        {
            Separator = true,
            Spacing = Spacing.Medium,
            Items =
            [
                new Container
                {
                    SelectAction = toggle,
                    Items =
                    [
                        new TextBlock { Text = entry.Title, Weight = TextWeight.Bolder, Wrap = true },
                        new TextBlock { Text = Source(culture, entry), Wrap = true, IsSubtle = true, Size = TextSize.Small, Spacing = Spacing.None },
                        new TextBlock { Text = suggestion.Why, Wrap = true, Size = TextSize.Small },
                        new TextBlock { Text = CasusStrings.ShowSummaryHint(culture), Wrap = true, Size = TextSize.Small, Color = TextColor.Accent, Spacing = Spacing.Small },
                    ],
                },
                new Container { Id = summaryId, IsVisible = false, Items = [new TextBlock { Text = string.Join("\n", entry.Summary.Select(line => "- " + line)), Wrap = true }] },
                new ColumnSet { Columns = buttons },
            ],
        };
    }

    private static Column FeedbackColumn(string title, string entryId, bool useful) => new()
    {
        Width = ColumnWidth.Auto,
        VerticalContentAlignment = VerticalContentAlignment.Center,
        SelectAction = CardActions.Execute(title, FeedbackVerb, new { entryId, useful }),
        Items = [new TextBlock { Text = title, Size = TextSize.Small, Color = TextColor.Accent }],
    };
}
