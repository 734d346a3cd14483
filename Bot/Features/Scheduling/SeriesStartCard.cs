using System.Globalization;
using IntervisieBot.Cards;
using IntervisieBot.Features.Intervisie.Cards;
using IntervisieBot.Features.Intervisie.Methods;

namespace IntervisieBot.Features.Scheduling;

/// <summary>
/// The start card posted at session time: the rounds feature's own <see cref="StartCard"/> (so starting works exactly like
/// <c>start intervisie</c>), with the planned method and the proposed roles preselected and the session line and the
/// team's casus proposals under the title.
/// </summary>
public static class SeriesStartCard
{
    public static AdaptiveCard Create(
        CultureInfo culture,
        IReadOnlyList<MethodDefinition> methods,
        IReadOnlyList<(string Key, string Name)> members,
        string? inbrenger,
        string? gespreksleider,
        string methodId,
        string when,
        IReadOnlyList<string> proposals)
    {
        ArgumentNullException.ThrowIfNull(methods);
        ArgumentNullException.ThrowIfNull(members);
        ArgumentNullException.ThrowIfNull(proposals);
        var card = StartCard.Create(culture, methods, members, inbrenger, members.Count == 1 ? inbrenger : gespreksleider);
        List<CardElement> intro = [new TextBlock { Text = SchedulingStrings.StartFromSeries(culture, when), Wrap = true, Color = TextColor.Accent }];
        if (proposals.Count > 0)
        {
            intro.Add(new TextBlock { Text = SchedulingStrings.StartProposals(culture, proposals.Count), Wrap = true, Weight = TextWeight.Bolder });
            intro.AddRange(proposals.Take(PreparationCard.TitlesShown).Select(p => (CardElement)new TextBlock { Text = "- " + p, Wrap = true, Spacing = Spacing.None }));
        }
        var known = methods.Any(m => m.Id == methodId);
        var body = card.Body
            .Select(e => known && e is InputChoiceSet { Id: RoundVerbs.MethodInput } choice ? choice with { Value = methodId } : e)
            .ToList();
        body.InsertRange(Math.Min(1, body.Count), intro);
        return card with { Body = body };
    }
}
