using System.Globalization;
using IntervisieBot.Cards;
using IntervisieBot.Features.Shared;
using IntervisieBot.Features.Teams.Welcome;

namespace IntervisieBot.Features.Teams.Help;

public sealed class TeamsCardSamples(IEnumerable<IHelpEntrySource> helpSources) : ICardSampleSource
{
    public IEnumerable<CardSample> GetSamples(CultureInfo culture)
    {
        var entries = helpSources.SelectMany(s => s.GetEntries(culture)).ToList();
        yield return new CardSample("teams.welcome-personal", WelcomeCard.Create(culture, isPersonal: true, entries));
        yield return new CardSample("teams.welcome-team", WelcomeCard.Create(culture, isPersonal: false, entries));
        yield return new CardSample("teams.help", HelpCard.Create(culture, entries, HelpViewer.PersonalChat));
        yield return new CardSample("teams.help-team", HelpCard.Create(culture, entries, HelpViewer.TeamMember));
        yield return new CardSample("teams.help-teamleider", HelpCard.Create(culture, entries, new HelpViewer(HelpPlace.Team, TeamRole.Teamleider | TeamRole.Kennismakelaar)));
    }
}
