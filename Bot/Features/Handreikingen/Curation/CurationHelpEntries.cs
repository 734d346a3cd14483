using IntervisieBot.Features.Teams.Roles;
using System.Globalization;
using IntervisieBot.Features.Teams;

namespace IntervisieBot.Features.Handreikingen.Curation;

public sealed class CurationHelpEntries : IHelpEntrySource
{
    public IEnumerable<HelpEntry> GetEntries(CultureInfo culture) =>
        [new HelpEntry(CurationStrings.Command(culture), CurationStrings.HelpEntry(culture), Order: 810, Role: TeamRole.Kennismakelaar, Run: "catalogus")];
}
