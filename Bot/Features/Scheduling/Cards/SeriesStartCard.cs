using System.Globalization;
using IntervisieBot.Cards;

namespace IntervisieBot.Features.Scheduling.Cards;

/// <summary>
/// The start card posted at session time: the round's own gathering card (opened through the rounds feature's start path,
/// so taking part works exactly like <c>start intervisie</c>), with the session line and the team's casus proposals under
/// its title. The rounds feature updates the card in place as people join; from then on it is the round's card alone.
/// </summary>
public static class SeriesStartCard
{
    public static AdaptiveCard Create(CultureInfo culture, AdaptiveCard roundCard, string when, IReadOnlyList<string> proposals)
    {
        ArgumentNullException.ThrowIfNull(roundCard);
        ArgumentNullException.ThrowIfNull(proposals);
        List<CardElement> intro = [new TextBlock { Text = SchedulingStrings.StartFromSeries(culture, when), Wrap = true, Color = TextColor.Accent }];
        if (proposals.Count > 0)
        {
            intro.Add(new TextBlock { Text = SchedulingStrings.StartProposals(culture, proposals.Count), Wrap = true, Weight = TextWeight.Bolder });
            intro.AddRange(proposals.Take(PreparationCard.TitlesShown).Select(p => (CardElement)new TextBlock { Text = "- " + p, Wrap = true, Spacing = Spacing.None }));
        }
        var body = roundCard.Body.ToList();
        body.InsertRange(Math.Min(1, body.Count), intro);
        return roundCard with { Body = body };
    }
}
