using System.Globalization;
using IntervisieBot.Cards;
using IntervisieBot.Features.Intervisie.Cards;

namespace IntervisieBot.Features.Scheduling;

/// <summary>
/// Sent privately to the inbrenger when a planned intervisie meeting ends: "Leg een les vast", with the same button as the
/// round's summary (<c>lessons.new</c>, the round as source), so the lesson form opens in their personal chat.
/// </summary>
public static class MeetingLessonPromptCard
{
    public static AdaptiveCard Create(CultureInfo culture, string casusTitle, string roundId)
    {
        var title = SchedulingStrings.MeetingLessonTitle(culture);
        return new AdaptiveCard
        {
            Body =
            [
                new TextBlock { Text = title, Weight = TextWeight.Bolder, Size = TextSize.Medium, Wrap = true },
                new TextBlock { Text = SchedulingStrings.MeetingLessonBody(culture, casusTitle), Wrap = true },
            ],
            Actions =
            [
                CardActions.Execute(title, RoundVerbs.NewLesson,
                    new Dictionary<string, object> { ["sourceKind"] = SummaryCard.SourceKind, ["sourceId"] = roundId }),
            ],
            FallbackText = title,
            Lang = culture.TwoLetterISOLanguageName,
        };
    }
}
