using IntervisieBot.Features.Shared;
using System.Globalization;

namespace IntervisieBot.Features.Handreikingen.Cards;

public sealed class CurationHelpEntries : IHelpEntrySource
{
    public IEnumerable<HelpEntry> GetEntries(CultureInfo culture) =>
        [new HelpEntry(CurationStrings.Command(culture), CurationStrings.HelpEntry(culture), Order: 810, Role: TeamRole.Kennismakelaar, Run: "catalogus")];
}
