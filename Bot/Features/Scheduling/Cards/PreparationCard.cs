using System.Globalization;
using IntervisieBot.Cards;
using IntervisieBot.Features.Scheduling.Domain;
using IntervisieBot.Features.Scheduling.Storage;

namespace IntervisieBot.Features.Scheduling.Cards;

/// <summary>
/// Two working days before a session: "Wie heeft een casus?" Members add a short, privacy-checked title; the team sees how
/// many proposals there are and their titles (no names), so the round can start with the choice of casus ready.
/// </summary>
public static class PreparationCard
{
    public const int TitlesShown = 20;

    public static AdaptiveCard Create(CultureInfo culture, SeriesPlan plan, DateOnly date, IReadOnlyList<string> proposalTitles, string? notice = null)
    {
        ArgumentNullException.ThrowIfNull(plan);
        ArgumentNullException.ThrowIfNull(proposalTitles);
        var title = SchedulingStrings.PrepareTitle(culture, SchedulingText.When(date, plan, culture));
        List<CardElement> body = [];
        if (notice is not null) body.Add(new TextBlock { Text = notice, Wrap = true, Color = TextColor.Attention, Weight = TextWeight.Bolder });
        body.Add(new TextBlock { Text = title, Weight = TextWeight.Bolder, Size = TextSize.Medium, Wrap = true });
        body.Add(new TextBlock { Text = SchedulingStrings.PrepareIntro(culture), Wrap = true });
        body.AddRange(Proposals(culture, proposalTitles));
        body.Add(new InputText
        {
            Id = SchedulingVerbs.ProposalInput,
            Label = SchedulingStrings.ProposalLabel(culture),
            Placeholder = SchedulingStrings.ProposalPlaceholder(culture),
            MaxLength = SchedulingVerbs.ProposalMaxLength,
        });
        return new AdaptiveCard
        {
            Body = body,
            Actions =
            [
                CardActions.Execute(SchedulingStrings.ProposeButton(culture), SchedulingVerbs.Propose,
                    new Dictionary<string, string> { [SchedulingVerbs.DateData] = SeriesKeys.DateKey(date) }),
            ],
            FallbackText = title,
            Lang = culture.TwoLetterISOLanguageName,
            MsTeams = TeamsCardProperties.Full,
        };
    }

    /// <summary>The count and the titles (also shown on the start card).</summary>
    public static IEnumerable<CardElement> Proposals(CultureInfo culture, IReadOnlyList<string> titles)
    {
        ArgumentNullException.ThrowIfNull(titles);
        if (titles.Count == 0)
        {
            yield return new TextBlock { Text = SchedulingStrings.ProposalsNone(culture), Wrap = true, IsSubtle = true };
            yield break;
        }
        yield return new TextBlock { Text = SchedulingStrings.ProposalsCount(culture, titles.Count), Wrap = true, Weight = TextWeight.Bolder };
        foreach (var title in titles.Take(TitlesShown))
        {
            yield return new TextBlock { Text = "- " + title, Wrap = true, Spacing = Spacing.None };
        }
    }
}
