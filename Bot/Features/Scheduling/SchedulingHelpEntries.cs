using System.Globalization;
using IntervisieBot.Features.Teams;

namespace IntervisieBot.Features.Scheduling;

public sealed class SchedulingHelpEntries : IHelpEntrySource
{
    public IEnumerable<HelpEntry> GetEntries(CultureInfo culture) =>
    [
        new HelpEntry(SchedulingStrings.HelpPlanCommand(culture), SchedulingStrings.HelpPlanDescription(culture), Order: 110),
        new HelpEntry(SchedulingStrings.HelpStatusCommand(culture), SchedulingStrings.HelpStatusDescription(culture), Order: 111),
        new HelpEntry(SchedulingStrings.HelpStopCommand(culture), SchedulingStrings.HelpStopDescription(culture), Order: 112),
        new HelpEntry(SchedulingStrings.HelpAwayCommand(culture), SchedulingStrings.HelpAwayDescription(culture), Order: 113),
        new HelpEntry(SchedulingStrings.HelpBackCommand(culture), SchedulingStrings.HelpBackDescription(culture), Order: 114),
    ];
}
