using System.Globalization;
using IntervisieBot.Features.Shared;

namespace IntervisieBot.Features.Teams.Roles;

public sealed class RolesHelpEntries : IHelpEntrySource
{
    public IEnumerable<HelpEntry> GetEntries(CultureInfo culture) =>
        [new HelpEntry(RolesStrings.RolesCommand(culture), RolesStrings.HelpEntryRoles(culture), Order: 900, HelpPlace.Team, TeamRole.Teamleider, Run: "rollen")];
}
