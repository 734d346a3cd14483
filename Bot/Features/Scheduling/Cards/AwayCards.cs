using System.Globalization;
using IntervisieBot.Cards;
using IntervisieBot.Cards.Common;

namespace IntervisieBot.Features.Scheduling.Cards;

/// <summary>The answers to <c>afwezig &lt;datum&gt;</c>: noted, or in words why not (with the next sessions when that helps).</summary>
public static class AwayCards
{
    public static AdaptiveCard Noted(CultureInfo culture, DateOnly date, bool rolesReproposed) =>
        NoticeCard.Create(culture, SchedulingStrings.AwayTitle(culture), rolesReproposed
            ? SchedulingStrings.AwayNotedRoles(culture, SchedulingText.LongDate(date, culture))
            : SchedulingStrings.AwayNoted(culture, SchedulingText.LongDate(date, culture)), TextColor.Good);

    public static AdaptiveCard Back(CultureInfo culture, DateOnly date) =>
        NoticeCard.Create(culture, SchedulingStrings.AwayTitle(culture), SchedulingStrings.BackNoted(culture, SchedulingText.LongDate(date, culture)), TextColor.Good);

    public static AdaptiveCard NotAway(CultureInfo culture, DateOnly date) =>
        NoticeCard.Create(culture, SchedulingStrings.AwayTitle(culture), SchedulingStrings.BackNotAway(culture, SchedulingText.LongDate(date, culture)));

    public static AdaptiveCard Already(CultureInfo culture, DateOnly date) =>
        NoticeCard.Create(culture, SchedulingStrings.AwayTitle(culture), SchedulingStrings.AwayAlready(culture, SchedulingText.LongDate(date, culture)));

    /// <summary>No date, or one that could not be read: how to write it, with the next session as the example.</summary>
    public static AdaptiveCard Usage(CultureInfo culture, bool unreadable, DateOnly example, IReadOnlyList<DateOnly> next, bool back = false) =>
        Refusal(culture, (unreadable ? SchedulingStrings.AwayNotADate(culture) + " " : "")
            + (back ? SchedulingStrings.BackUsage(culture, Example(example)) : SchedulingStrings.AwayUsage(culture, Example(example))), next);

    public static AdaptiveCard Past(CultureInfo culture, IReadOnlyList<DateOnly> next) => Refusal(culture, SchedulingStrings.AwayPast(culture), next);

    public static AdaptiveCard NotASession(CultureInfo culture, DateOnly date, IReadOnlyList<DateOnly> next) =>
        Refusal(culture, SchedulingStrings.AwayNotASession(culture, SchedulingText.LongDate(date, culture)), next);

    public static AdaptiveCard Simple(CultureInfo culture, string body) => NoticeCard.Create(culture, SchedulingStrings.AwayTitle(culture), body, TextColor.Attention);

    /// <summary>The date as the examples write it: day-month-year, which the parser reads in every culture.</summary>
    public static string Example(DateOnly date) => date.ToString("d-M-yyyy", CultureInfo.InvariantCulture);

    private static AdaptiveCard Refusal(CultureInfo culture, string body, IReadOnlyList<DateOnly> next)
    {
        var text = next.Count == 0
            ? body
            : body + " " + SchedulingStrings.AwayNextSessions(culture, string.Join(", ", next.Select(d => SchedulingText.LongDate(d, culture))));
        return NoticeCard.Create(culture, SchedulingStrings.AwayTitle(culture), text, TextColor.Attention);
    }
}
