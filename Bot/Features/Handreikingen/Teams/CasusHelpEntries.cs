using System.Globalization;
using IntervisieBot.Features.Teams;

namespace IntervisieBot.Features.Handreikingen.Teams;

public sealed class CasusHelpEntries : IHelpEntrySource
{
    public IEnumerable<HelpEntry> GetEntries(CultureInfo culture) =>
    [
        new HelpEntry(CasusStrings.CasusCommand(culture), CasusStrings.HelpEntryCasus(culture), Order: 300),
        new HelpEntry(CasusStrings.OverviewCommand(culture), CasusStrings.HelpEntryOverview(culture), Order: 800),
    ];
}
