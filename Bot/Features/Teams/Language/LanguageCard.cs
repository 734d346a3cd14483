using System.Globalization;
using IntervisieBot.Cards;
using IntervisieBot.Localization;

namespace IntervisieBot.Features.Teams.Language;

/// <summary>The language card: the current language with a button per language, and the confirmation of a choice.</summary>
public static class LanguageCard
{
    /// <param name="notUnderstood">The person asked for a language the bot does not speak (or something unreadable).</param>
    public static AdaptiveCard Current(CultureInfo culture, bool notUnderstood)
    {
        var title = LanguageStrings.LanguageTitle(culture);
        List<CardElement> body =
        [
            new TextBlock { Text = title, Weight = TextWeight.Bolder, Size = TextSize.Medium, Wrap = true },
        ];
        if (notUnderstood) body.Add(new TextBlock { Text = LanguageStrings.LanguageUnknown(culture), Wrap = true, Color = TextColor.Warning });
        body.Add(new TextBlock { Text = LanguageStrings.LanguageCurrent(culture), Wrap = true });
        body.Add(new TextBlock { Text = LanguageStrings.LanguageKept(culture), Wrap = true, IsSubtle = true, Size = TextSize.Small });
        return new AdaptiveCard
        {
            Body = body,
            Actions =
            [
                CardActions.Execute(LanguageStrings.LanguageDutchButton(culture), LanguageRoutes.ChooseVerb, new { language = "nl" }),
                CardActions.Execute(LanguageStrings.LanguageEnglishButton(culture), LanguageRoutes.ChooseVerb, new { language = "en" }),
            ],
            FallbackText = title,
            Lang = culture.TwoLetterISOLanguageName,
        };
    }

    /// <summary>The confirmation, in the chosen language.</summary>
    public static AdaptiveCard Chosen(CultureInfo chosen)
    {
        var title = LanguageStrings.LanguageChosen(chosen);
        var other = chosen.Equals(BotCulture.English) ? BotCulture.Dutch : BotCulture.English;
        return new AdaptiveCard
        {
            Body =
            [
                new TextBlock { Text = title, Weight = TextWeight.Bolder, Size = TextSize.Medium, Wrap = true },
                new TextBlock { Text = LanguageStrings.LanguageKept(chosen), Wrap = true, IsSubtle = true, Size = TextSize.Small },
            ],
            Actions =
            [
                CardActions.Execute(other.Equals(BotCulture.English) ? LanguageStrings.LanguageEnglishButton(chosen) : LanguageStrings.LanguageDutchButton(chosen),
                    LanguageRoutes.ChooseVerb, new { language = other.TwoLetterISOLanguageName }),
            ],
            FallbackText = title,
            Lang = chosen.TwoLetterISOLanguageName,
        };
    }
}

public sealed class LanguageCardSamples : ICardSampleSource
{
    public IEnumerable<CardSample> GetSamples(CultureInfo culture)
    {
        yield return new CardSample("language.current", LanguageCard.Current(culture, notUnderstood: false));
        yield return new CardSample("language.unknown", LanguageCard.Current(culture, notUnderstood: true));
        yield return new CardSample("language.chosen", LanguageCard.Chosen(culture));
    }
}
