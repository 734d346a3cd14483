using System.Globalization;
using IntervisieBot.Cards;
using IntervisieBot.Features.Lessons.Cards;

namespace IntervisieBot.Features.Scheduling.Cards;

/// <summary>
/// Sent privately to the inbrenger when a planned intervisie meeting ends: "Leg een les vast", the lessons feature's
/// <c>lessons.new</c> with the round as its source (kind and id as the rounds feature gives them), so the lesson form
/// opens in their personal chat prefilled from the round, as from the round's summary.
/// </summary>
public static class MeetingLessonPromptCard
{
    public static AdaptiveCard Create(CultureInfo culture, string casusTitle, string sourceKind, string sourceId)
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
                CardActions.Execute(title, LessonListCard.NewVerb,
                    new Dictionary<string, object> { [LessonFormCard.SourceKindData] = sourceKind, [LessonFormCard.SourceIdData] = sourceId }),
            ],
            FallbackText = title,
            Lang = culture.TwoLetterISOLanguageName,
        };
    }
}
