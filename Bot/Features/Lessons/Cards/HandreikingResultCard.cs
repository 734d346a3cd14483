using System.Globalization;
using IntervisieBot.Cards;
using IntervisieBot.Features.Handreikingen.Domain;

namespace IntervisieBot.Features.Lessons.Cards;

/// <summary>A handreiking as a messaging-extension search result (inserted into the conversation): title, publisher, summary, link.</summary>
public static class HandreikingResultCard
{
    public static AdaptiveCard Create(CultureInfo culture, Handreiking handreiking)
    {
        List<CardElement> body =
        [
            new TextBlock { Text = LessonsStrings.HandreikingLabel(culture, handreiking.Publisher), IsSubtle = true, Wrap = true },
            new TextBlock { Text = handreiking.Title, Weight = TextWeight.Bolder, Size = TextSize.Medium, Wrap = true },
            new TextBlock { Text = string.Join("\n", handreiking.Summary.Select(line => "- " + line)), Wrap = true },
        ];
        List<CardAction>? actions = Uri.TryCreate(handreiking.Url, UriKind.Absolute, out var url) && url.Scheme == Uri.UriSchemeHttps
            ? [new OpenUrlAction { Title = LessonsStrings.HandreikingOpen(culture), Url = url }]
            : null;
        return new AdaptiveCard { Body = body, Actions = actions, FallbackText = handreiking.Title, Lang = culture.TwoLetterISOLanguageName };
    }
}
