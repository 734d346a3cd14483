using IntervisieBot.Features.Shared;
using System.Globalization;

namespace IntervisieBot.Features.Lessons.FollowUp.Cards;

public sealed class FollowUpHelpEntries : IHelpEntrySource
{
    public IEnumerable<HelpEntry> GetEntries(CultureInfo culture) =>
    [
        new HelpEntry(FollowUpStrings.CommandTeamOverzicht(culture), FollowUpStrings.HelpTeamOverzicht(culture), Order: 330, HelpPlace.Team, TeamRole.Teamleider, Run: "team overzicht"),
    ];
}
