using System.Globalization;
using IntervisieBot.Cards;
using IntervisieBot.Features.Scheduling.Storage;

namespace IntervisieBot.Features.Scheduling.Cards;

/// <summary>
/// Three working days before a session, in the channel: the proposed inbrenger and gespreksleider and one-tap buttons
/// (confirm, can't make it, swap, take over a role). The same card is updated in place after every tap.
/// </summary>
public static class AnnouncementCard
{
    public static AdaptiveCard Create(CultureInfo culture, SessionCardModel model, string? notice = null)
    {
        ArgumentNullException.ThrowIfNull(model);
        var date = model.Occurrence.Date ?? model.Occurrence.RegularDate;
        var title = SchedulingStrings.AnnounceTitle(culture, SchedulingText.When(date, model.Plan, culture));
        List<CardElement> body = [];
        if (notice is not null) body.Add(new TextBlock { Text = notice, Wrap = true, Color = TextColor.Attention, Weight = TextWeight.Bolder });
        body.Add(new TextBlock { Text = title, Weight = TextWeight.Bolder, Size = TextSize.Medium, Wrap = true });
        if (model.Occurrence.IsMoved && model.Occurrence.Holiday is { } holiday)
        {
            body.Add(new TextBlock { Text = SchedulingStrings.MovedLine(culture, SchedulingText.Date(model.Occurrence.RegularDate, culture), SchedulingStrings.Holiday(holiday, culture)), Wrap = true, Color = TextColor.Warning });
        }
        body.Add(new TextBlock { Text = SchedulingStrings.MethodLine(culture, model.MethodName), Wrap = true, IsSubtle = true });
        body.Add(new TextBlock { Text = SchedulingStrings.AnnounceIntro(culture), Wrap = true });
        body.Add(new FactSet
        {
            Facts =
            [
                new CardFact(SchedulingStrings.RoleInbrenger(culture), Role(culture, model.InbrengerName, model.InbrengerAccepted)),
                new CardFact(SchedulingStrings.RoleGespreksleider(culture), Role(culture, model.GespreksleiderName, model.GespreksleiderAccepted)),
            ],
        });
        if (model.AwayCount > 0) body.Add(new TextBlock { Text = SchedulingStrings.AwayCount(culture, model.AwayCount), Wrap = true, IsSubtle = true });
        body.Add(new TextBlock { Text = SchedulingStrings.AnnounceHint(culture), Wrap = true, IsSubtle = true, Size = TextSize.Small });

        var data = new Dictionary<string, string> { [SchedulingVerbs.DateData] = SeriesKeys.DateKey(date) };
        body.Add(new ActionSet
        {
            Actions =
            [
                CardActions.Execute(SchedulingStrings.AcceptButton(culture), SchedulingVerbs.Accept, data, AssociatedInputs.None),
                CardActions.Execute(SchedulingStrings.SwapButton(culture), SchedulingVerbs.Swap, data, AssociatedInputs.None),
                CardActions.Execute(SchedulingStrings.AwayButton(culture), SchedulingVerbs.Away, data, AssociatedInputs.None),
            ],
        });
        body.Add(new ActionSet
        {
            Actions =
            [
                CardActions.Execute(SchedulingStrings.TakeInbrengerButton(culture), SchedulingVerbs.TakeInbrenger, data, AssociatedInputs.None),
                CardActions.Execute(SchedulingStrings.TakeGespreksleiderButton(culture), SchedulingVerbs.TakeGespreksleider, data, AssociatedInputs.None),
                CardActions.Execute(SchedulingStrings.BackButton(culture), SchedulingVerbs.Back, data, AssociatedInputs.None),
            ],
        });
        return new AdaptiveCard
        {
            Body = body,
            FallbackText = title,
            Lang = culture.TwoLetterISOLanguageName,
            MsTeams = TeamsCardProperties.Full,
        };
    }

    private static string Role(CultureInfo culture, string? name, bool accepted) =>
        name is null ? SchedulingStrings.RoleOpen(culture) : accepted ? SchedulingStrings.RoleAccepted(culture, name) : name;
}
