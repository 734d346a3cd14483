using System.Globalization;
using IntervisieBot.Features.Teams;

namespace IntervisieBot.Features.Lessons;

public sealed class LessonsHelpEntries : IHelpEntrySource
{
    public IEnumerable<HelpEntry> GetEntries(CultureInfo culture) =>
    [
        new HelpEntry(LessonsStrings.CommandLes(culture), LessonsStrings.HelpLes(culture), Order: 300),
        new HelpEntry(LessonsStrings.CommandLessen(culture), LessonsStrings.HelpLessen(culture), Order: 310),
        new HelpEntry(LessonsStrings.CommandCuratie(culture), LessonsStrings.HelpCuratie(culture), Order: 320),
    ];
}
