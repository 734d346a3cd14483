using System.Globalization;
using IntervisieBot.Cards;
using IntervisieBot.Features.Scheduling.Domain;

namespace IntervisieBot.Features.Scheduling.Cards;

/// <summary>
/// After saving: the rhythm, the next sessions (holiday shifts and skips marked), what the bot will do, and what happened
/// with the team calendar (a friendly sentence for every calendar outcome, plus a retry button when worth it).
/// </summary>
public static class PlanSavedCard
{
    public const int SessionsShown = 6;

    /// <param name="calendarNotice">The calendar outcome in words, or null when there is nothing to say.</param>
    /// <param name="offerRetry">Show "try the calendar again" (throttled or failed).</param>
    public static AdaptiveCard Create(
        CultureInfo culture,
        SeriesPlan plan,
        string methodName,
        IReadOnlyList<SessionOccurrence> upcoming,
        bool updated,
        string? calendarNotice,
        bool offerRetry,
        Uri? joinUrl)
    {
        ArgumentNullException.ThrowIfNull(plan);
        ArgumentNullException.ThrowIfNull(upcoming);
        var title = updated ? SchedulingStrings.UpdatedTitle(culture) : SchedulingStrings.SavedTitle(culture);
        List<CardElement> body =
        [
            new TextBlock { Text = title, Weight = TextWeight.Bolder, Size = TextSize.Medium, Wrap = true, Color = TextColor.Good },
            new TextBlock { Text = SchedulingText.Rhythm(plan, culture), Wrap = true },
            new TextBlock { Text = SchedulingStrings.MethodLine(culture, methodName), Wrap = true, IsSubtle = true },
            new TextBlock { Text = SchedulingStrings.NextSessions(culture), Weight = TextWeight.Bolder, Wrap = true },
        ];
        foreach (var occurrence in upcoming.Take(SessionsShown))
        {
            body.Add(new TextBlock
            {
                Text = "- " + SchedulingText.OccurrenceLine(occurrence, plan, culture),
                Wrap = true,
                Spacing = Spacing.None,
                Color = occurrence.IsSkipped || occurrence.IsMoved ? TextColor.Warning : null,
            });
        }
        body.Add(new TextBlock { Text = SchedulingStrings.EventsNote(culture), Wrap = true, IsSubtle = true });
        if (calendarNotice is not null)
        {
            body.Add(new TextBlock { Text = calendarNotice, Wrap = true, Color = offerRetry ? TextColor.Warning : null });
        }

        List<CardAction> actions = [];
        if (joinUrl is not null) actions.Add(new OpenUrlAction { Title = SchedulingStrings.JoinButton(culture), Url = joinUrl });
        if (offerRetry) actions.Add(CardActions.Execute(SchedulingStrings.CalendarRetryButton(culture), SchedulingVerbs.RetryCalendar, associatedInputs: AssociatedInputs.None));
        actions.Add(CardActions.Execute(SchedulingStrings.ChangeButton(culture), SchedulingVerbs.Show, associatedInputs: AssociatedInputs.None));
        actions.Add(CardActions.Execute(SchedulingStrings.StatusButton(culture), SchedulingVerbs.Status, associatedInputs: AssociatedInputs.None));
        return new AdaptiveCard
        {
            Body = body,
            Actions = actions,
            FallbackText = title,
            Lang = culture.TwoLetterISOLanguageName,
            MsTeams = TeamsCardProperties.Full,
        };
    }
}
