using System.Globalization;
using IntervisieBot.Cards;
using IntervisieBot.Features.Scheduling.Domain;

namespace IntervisieBot.Features.Scheduling.Cards;

/// <summary>The teamleider's view of the series: counts only, never names or content.</summary>
public static class HealthCard
{
    public static AdaptiveCard Create(CultureInfo culture, SeriesPlan plan, SeriesHealth health)
    {
        ArgumentNullException.ThrowIfNull(plan);
        ArgumentNullException.ThrowIfNull(health);
        var none = SchedulingStrings.HealthNone(culture);
        var title = SchedulingStrings.HealthTitle(culture);
        return new AdaptiveCard
        {
            Body =
            [
                new TextBlock { Text = title, Weight = TextWeight.Bolder, Size = TextSize.Medium, Wrap = true },
                new TextBlock { Text = SchedulingText.Rhythm(plan, culture), Wrap = true, IsSubtle = true },
                new TextBlock { Text = SchedulingStrings.HealthIntro(culture), Wrap = true },
                new FactSet
                {
                    Facts =
                    [
                        new CardFact(SchedulingStrings.HealthPlanned(culture), health.SessionsPlanned.ToString(culture)),
                        new CardFact(SchedulingStrings.HealthHeld(culture), health.SessionsHeld.ToString(culture)),
                        new CardFact(SchedulingStrings.HealthAttendance(culture), health.AverageAttendance is { } a ? a.ToString("0.0", culture) : none),
                        new CardFact(SchedulingStrings.HealthLessons(culture), health.LessonsPerSession is { } l ? l.ToString("0.0", culture) : none),
                        new CardFact(SchedulingStrings.HealthLessonsTotal(culture), health.Lessons.ToString(culture)),
                    ],
                },
                new TextBlock { Text = SchedulingStrings.HealthNote(culture), Wrap = true, IsSubtle = true, Size = TextSize.Small },
            ],
            Actions = [CardActions.Execute(SchedulingStrings.ChangeButton(culture), SchedulingVerbs.Show, associatedInputs: AssociatedInputs.None)],
            FallbackText = title,
            Lang = culture.TwoLetterISOLanguageName,
        };
    }
}
