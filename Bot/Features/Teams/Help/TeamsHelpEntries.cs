using System.Globalization;
using IntervisieBot.Features.Shared;

namespace IntervisieBot.Features.Teams.Help;

public sealed class TeamsHelpEntries : IHelpEntrySource
{
    public IEnumerable<HelpEntry> GetEntries(CultureInfo culture) =>
        [new HelpEntry(TeamsStrings.HelpCommand(culture), TeamsStrings.HelpEntryHelp(culture), Order: 1000)];
}
