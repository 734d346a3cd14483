using System.Globalization;
using System.Resources;
using IntervisieBot.Localization;

namespace IntervisieBot.Features.Teams;

/// <summary>Typed access to <c>TeamsStrings.resx</c> (Dutch) and <c>TeamsStrings.en.resx</c>.</summary>
public static class TeamsStrings
{
    public static LocalizedText Text { get; } = new(new ResourceManager(typeof(TeamsStrings)));

    public static string WelcomeTitle(CultureInfo c) => Text.Get(nameof(WelcomeTitle), c);
    public static string WelcomeIntro(CultureInfo c) => Text.Get(nameof(WelcomeIntro), c);
    public static string WelcomePrivacy(CultureInfo c) => Text.Get(nameof(WelcomePrivacy), c);
    public static string WelcomeTeamHint(CultureInfo c) => Text.Get(nameof(WelcomeTeamHint), c);
    public static string WelcomePersonalHint(CultureInfo c) => Text.Get(nameof(WelcomePersonalHint), c);
    public static string WelcomeStart(CultureInfo c) => Text.Get(nameof(WelcomeStart), c);
    public static string HelpButton(CultureInfo c) => Text.Get(nameof(HelpButton), c);
    public static string HelpCommand(CultureInfo c) => Text.Get(nameof(HelpCommand), c);
    public static string HelpTitle(CultureInfo c) => Text.Get(nameof(HelpTitle), c);
    public static string HelpFooter(CultureInfo c) => Text.Get(nameof(HelpFooter), c);
    public static string HelpEntryHelp(CultureInfo c) => Text.Get(nameof(HelpEntryHelp), c);
    public static string HelpIntroPersonal(CultureInfo c) => Text.Get(nameof(HelpIntroPersonal), c);
    public static string HelpIntroTeam(CultureInfo c) => Text.Get(nameof(HelpIntroTeam), c);
    public static string HelpAsTeamleider(CultureInfo c) => Text.Get(nameof(HelpAsTeamleider), c);
    public static string HelpAsKennismakelaar(CultureInfo c) => Text.Get(nameof(HelpAsKennismakelaar), c);
    public static string HelpElsewhereTeam(CultureInfo c) => Text.Get(nameof(HelpElsewhereTeam), c);
    public static string HelpElsewherePersonal(CultureInfo c) => Text.Get(nameof(HelpElsewherePersonal), c);
    public static string RunDone(CultureInfo c) => Text.Get(nameof(RunDone), c);
}
