using System.Globalization;

namespace IntervisieBot.Features.Teams;

public sealed class TeamsHelpEntries : IHelpEntrySource
{
    public IEnumerable<HelpEntry> GetEntries(CultureInfo culture) =>
        [new HelpEntry(TeamsStrings.HelpCommand(culture), TeamsStrings.HelpEntryHelp(culture), Order: 1000)];
}
