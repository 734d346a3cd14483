using IntervisieBot.Features.Shared;
using System.Globalization;

namespace IntervisieBot.Features.Handreikingen.Cards;

public sealed class CasusHelpEntries : IHelpEntrySource
{
    public IEnumerable<HelpEntry> GetEntries(CultureInfo culture) =>
    [
        new HelpEntry(CasusStrings.CasusCommand(culture), CasusStrings.HelpEntryCasus(culture), Order: 210,
            Input: new HelpInput(CasusCards.CasusInput, CasusStrings.AskLabel(culture), CasusCards.SuggestVerb, CasusStrings.AskButton(culture))),
        new HelpEntry(CasusStrings.OverviewCommand(culture), CasusStrings.HelpEntryOverview(culture), Order: 800, Role: TeamRole.Kennismakelaar, Run: "handreikingen overzicht"),
    ];
}
