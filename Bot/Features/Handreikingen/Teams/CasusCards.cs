using System.Globalization;
using IntervisieBot.Cards;

namespace IntervisieBot.Features.Handreikingen.Teams;

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

    public static AdaptiveCard Suggestions(CultureInfo culture, Recommendation recommendation)
    {
        if (recommendation.NothingFound) return NothingFound(culture);
        var title = CasusStrings.SuggestTitle(culture);
        List<CardElement> body =
        [
            new TextBlock { Text = title, Weight = TextWeight.Bolder, Size = TextSize.Medium, Wrap = true },
            new TextBlock { Text = CasusStrings.SuggestIntro(culture), Wrap = true, IsSubtle = true, Size = TextSize.Small },
        ];
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

    /// <summary>"official title · publisher · evidence level", without repeating a publisher that is also the title.</summary>
    private static string Source(CultureInfo culture, Handreiking entry) =>
        string.Join(" · ", new[] { entry.OfficialTitle, entry.Publisher, CasusStrings.EvidenceName(entry.Evidence, culture) }
            .Where(part => !string.IsNullOrWhiteSpace(part)).Distinct(StringComparer.OrdinalIgnoreCase));

    private static Container Entry(CultureInfo culture, RecommendedHandreiking suggestion, int index)
    {
        var entry = suggestion.Entry;
        var summaryId = $"summary-{index}";
        List<CardAction> actions =
        [
            new ToggleVisibilityAction { Title = CasusStrings.ShowSummary(culture), TargetElements = [new TargetElement(summaryId)] },
        ];
        if (Uri.TryCreate(entry.Url, UriKind.Absolute, out var url) && url.Scheme == Uri.UriSchemeHttps)
            actions.Add(new OpenUrlAction { Title = CasusStrings.Open(culture), Url = url });
        actions.Add(CardActions.Execute(CasusStrings.Useful(culture), FeedbackVerb, new { entryId = entry.Id, useful = true }));
        actions.Add(CardActions.Execute(CasusStrings.NotUseful(culture), FeedbackVerb, new { entryId = entry.Id, useful = false }));
        return new Container
        {
            Separator = true,
            Spacing = Spacing.Medium,
            Items =
            [
                new TextBlock { Text = entry.Title, Weight = TextWeight.Bolder, Wrap = true },
                new TextBlock { Text = Source(culture, entry), Wrap = true, IsSubtle = true, Size = TextSize.Small, Spacing = Spacing.None },
                new TextBlock { Text = suggestion.Why, Wrap = true, Size = TextSize.Small },
                new Container { Id = summaryId, IsVisible = false, Items = [new TextBlock { Text = string.Join("\n", entry.Summary.Select(line => "- " + line)), Wrap = true }] },
                new ActionSet { Actions = actions },
            ],
        };
    }
}
