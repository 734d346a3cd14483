using System.Globalization;
using IntervisieBot.Features.Intervisie.Cards;
using IntervisieBot.Features.Shared;

namespace IntervisieBot.Features.Intervisie.Cards;

public sealed class IntervisieHelpEntries : IHelpEntrySource
{
    public IEnumerable<HelpEntry> GetEntries(CultureInfo culture) =>
        [new HelpEntry(RoundCardStrings.HelpStartCommand(culture), RoundCardStrings.HelpStartDescription(culture), Order: 100, HelpPlace.Team, Run: "start intervisie")];
}
