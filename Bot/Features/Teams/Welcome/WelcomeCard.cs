using System.Globalization;
using IntervisieBot.Cards;
using IntervisieBot.Features.Shared;
using IntervisieBot.Features.Teams.Help;

namespace IntervisieBot.Features.Teams.Welcome;

/// <summary>
/// The short welcome posted when the bot is added to a team, group chat or personal chat: the few things everyone can
/// do in that place, with a button for each that one click does, and the way to the full help.
/// </summary>
public static class WelcomeCard
{
    /// <summary>The welcome lists at most this many commands.</summary>
    public const int MaxCommands = 5;

    public static AdaptiveCard Create(CultureInfo culture, bool isPersonal, IEnumerable<HelpEntry> entries)
    {
        var title = TeamsStrings.WelcomeTitle(culture);
        var viewer = isPersonal ? HelpViewer.PersonalChat : HelpViewer.TeamMember;
        var here = entries.Where(e => viewer.May(e) && (e.Where & viewer.Here) != 0 && e.Command != TeamsStrings.HelpCommand(culture))
            .OrderBy(e => e.Order).Take(MaxCommands).ToList();
        List<CardElement> body =
        [
            new TextBlock { Text = title, Weight = TextWeight.Bolder, Size = TextSize.Large, Wrap = true },
            new TextBlock { Text = TeamsStrings.WelcomeIntro(culture), Wrap = true },
            new TextBlock { Text = TeamsStrings.WelcomeStart(culture), Weight = TextWeight.Bolder, Wrap = true, Spacing = Spacing.Medium },
            new TextBlock { Text = isPersonal ? TeamsStrings.WelcomePersonalHint(culture) : TeamsStrings.WelcomeTeamHint(culture), Wrap = true },
            new FactSet { Facts = [.. here.Select(e => new CardFact(e.Command, e.Description))] },
            new TextBlock { Text = TeamsStrings.WelcomePrivacy(culture), Wrap = true, IsSubtle = true, Size = TextSize.Small },
        ];
        return new AdaptiveCard
        {
            Body = body,
            Actions = [.. HelpCard.Buttons(here).Take(HelpCard.MaxButtons - 1), CardActions.RunCommand(TeamsStrings.HelpButton(culture), TeamsStrings.HelpCommand(culture))],
            FallbackText = title,
            Lang = culture.TwoLetterISOLanguageName,
        };
    }
}
