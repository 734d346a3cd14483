using System.Globalization;

namespace IntervisieBot.Cards.Common;

/// <summary>A short titled notice: a polite refusal, a confirmation, an explanation. Texts come localized from the caller.</summary>
public static class NoticeCard
{
    public static AdaptiveCard Create(CultureInfo culture, string title, string body, TextColor? titleColor = null) => new()
    {
        Body =
        [
            new TextBlock { Text = title, Weight = TextWeight.Bolder, Size = TextSize.Medium, Color = titleColor, Wrap = true },
            new TextBlock { Text = body, Wrap = true },
        ],
        FallbackText = title,
        Lang = culture.TwoLetterISOLanguageName,
    };
}
