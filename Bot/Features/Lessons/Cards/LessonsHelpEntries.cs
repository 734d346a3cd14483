using IntervisieBot.Features.Shared;
using System.Globalization;

namespace IntervisieBot.Features.Lessons.Cards;

public sealed class LessonsHelpEntries : IHelpEntrySource
{
    public IEnumerable<HelpEntry> GetEntries(CultureInfo culture) =>
    [
        new HelpEntry(LessonsStrings.CommandLes(culture), LessonsStrings.HelpLes(culture), Order: 200, Run: "les"),
        new HelpEntry(LessonsStrings.CommandLessen(culture), LessonsStrings.HelpLessen(culture), Order: 310, Run: "lessen"),
        new HelpEntry(LessonsStrings.CommandCuratie(culture), LessonsStrings.HelpCuratie(culture), Order: 320, Role: TeamRole.Kennismakelaar, Run: "lessen beoordelen"),
    ];
}
