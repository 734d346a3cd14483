using System.Globalization;
using IntervisieBot.Cards;
using IntervisieBot.Cards.Common;

namespace IntervisieBot.Features.Scheduling.Cards;

/// <summary>"stop de reeks": the confirmation question and the result.</summary>
public static class StopCards
{
    public static AdaptiveCard Confirm(CultureInfo culture, bool hasCalendarEvent)
    {
        var body = hasCalendarEvent
            ? SchedulingStrings.StopBody(culture) + " " + SchedulingStrings.StopBodyCalendar(culture)
            : SchedulingStrings.StopBody(culture);
        return NoticeCard.Create(culture, SchedulingStrings.StopTitle(culture), body, TextColor.Warning) with
        {
            Actions =
            [
                CardActions.Execute(SchedulingStrings.StopConfirmButton(culture), SchedulingVerbs.StopConfirm, associatedInputs: AssociatedInputs.None),
                CardActions.Execute(SchedulingStrings.StopKeepButton(culture), SchedulingVerbs.Show, associatedInputs: AssociatedInputs.None),
            ],
        };
    }

    public static AdaptiveCard Stopped(CultureInfo culture, string? calendarNotice)
    {
        var body = calendarNotice is null ? SchedulingStrings.StoppedBody(culture) : SchedulingStrings.StoppedBody(culture) + " " + calendarNotice;
        return NoticeCard.Create(culture, SchedulingStrings.StoppedTitle(culture), body);
    }
}
