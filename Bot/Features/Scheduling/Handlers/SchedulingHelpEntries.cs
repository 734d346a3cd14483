using System.Globalization;
using IntervisieBot.Features.Scheduling.Cards;
using IntervisieBot.Features.Shared;
using IntervisieBot.Features.Teams.Roles;

namespace IntervisieBot.Features.Scheduling.Handlers;

public sealed class SchedulingHelpEntries : IHelpEntrySource
{
    public IEnumerable<HelpEntry> GetEntries(CultureInfo culture) =>
    [
        new HelpEntry(SchedulingStrings.HelpPlanCommand(culture), SchedulingStrings.HelpPlanDescription(culture), Order: 110, HelpPlace.Team, TeamRole.Teamleider, Run: "plan intervisie"),
        new HelpEntry(SchedulingStrings.HelpStatusCommand(culture), SchedulingStrings.HelpStatusDescription(culture), Order: 111, HelpPlace.Team, TeamRole.Teamleider, Run: "reeks status"),
        new HelpEntry(SchedulingStrings.HelpStopCommand(culture), SchedulingStrings.HelpStopDescription(culture), Order: 112, HelpPlace.Team, TeamRole.Teamleider),
        new HelpEntry(SchedulingStrings.HelpAwayCommand(culture), SchedulingStrings.HelpAwayDescription(culture), Order: 113, HelpPlace.Team),
        new HelpEntry(SchedulingStrings.HelpBackCommand(culture), SchedulingStrings.HelpBackDescription(culture), Order: 114, HelpPlace.Team),
    ];
}
