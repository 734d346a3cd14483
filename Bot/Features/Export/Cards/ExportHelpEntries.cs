using System.Globalization;
using IntervisieBot.Features.Export.Domain;
using IntervisieBot.Features.Shared;

namespace IntervisieBot.Features.Export.Cards;

public sealed class ExportHelpEntries : IHelpEntrySource
{
    public IEnumerable<HelpEntry> GetEntries(CultureInfo culture) =>
    [
        new HelpEntry(ExportStrings.CommandLibrary(culture), ExportStrings.HelpLibrary(culture), Order: 420, HelpPlace.Team, TeamRole.Kennismakelaar, Run: ExportCommands.Library[0]),
        new HelpEntry(ExportStrings.CommandTeam(culture), ExportStrings.HelpTeam(culture), Order: 335, HelpPlace.Team, TeamRole.Teamleider, Run: ExportCommands.TeamOverview[0]),
        new HelpEntry(ExportStrings.CommandMyData(culture), ExportStrings.HelpMyData(culture), Order: 952, HelpPlace.Personal, Run: ExportCommands.MyData[0]),
    ];
}
