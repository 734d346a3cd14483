using System.Globalization;

namespace IntervisieBot.Cards.Common;

/// <summary>
/// "Something went wrong": what a user sees instead of an exception. Never carries exception text; at most an
/// opaque reference (an activity or trace id) that support can look up in the logs.
/// </summary>
public static class ErrorCard
{
    public static AdaptiveCard Create(CultureInfo culture, string? reference = null)
    {
        ArgumentNullException.ThrowIfNull(culture);
        var title = CommonCardsStrings.ErrorTitle(culture);
        List<CardElement> body =
        [
            new TextBlock { Text = title, Weight = TextWeight.Bolder, Size = TextSize.Medium, Color = TextColor.Attention, Wrap = true },
            new TextBlock { Text = CommonCardsStrings.ErrorBody(culture), Wrap = true },
        ];
        if (!string.IsNullOrWhiteSpace(reference))
        {
            body.Add(new TextBlock
            {
                Text = CommonCardsStrings.ErrorReference(culture, reference),
                IsSubtle = true,
                Size = TextSize.Small,
                Wrap = true,
                Spacing = Spacing.Medium,
            });
        }

        return new AdaptiveCard
        {
            Body = body,
            FallbackText = title,
            Lang = culture.TwoLetterISOLanguageName,
        };
    }
}
