using System.Globalization;
using System.Resources;
using IntervisieBot.Localization;

namespace IntervisieBot.Features.Teams.Roles;

/// <summary>Typed access to <c>RolesStrings.resx</c> (Dutch) and <c>RolesStrings.en.resx</c>.</summary>
public static class RolesStrings
{
    public static LocalizedText Text { get; } = new(new ResourceManager(typeof(RolesStrings)));

    public static string RolesTitle(CultureInfo c) => Text.Get(nameof(RolesTitle), c);
    public static string RolesIntro(CultureInfo c) => Text.Get(nameof(RolesIntro), c);
    public static string RolesTeamleiders(CultureInfo c) => Text.Get(nameof(RolesTeamleiders), c);
    public static string RolesKennismakelaars(CultureInfo c) => Text.Get(nameof(RolesKennismakelaars), c);
    public static string RolesSave(CultureInfo c) => Text.Get(nameof(RolesSave), c);
    public static string RolesNeedTeamleider(CultureInfo c) => Text.Get(nameof(RolesNeedTeamleider), c);
    public static string RolesNeedTeamleiderTitle(CultureInfo c) => Text.Get(nameof(RolesNeedTeamleiderTitle), c);
    public static string RolesOnlyInTeamTitle(CultureInfo c) => Text.Get(nameof(RolesOnlyInTeamTitle), c);
    public static string RolesOnlyInTeamBody(CultureInfo c) => Text.Get(nameof(RolesOnlyInTeamBody), c);
    public static string NotAllowedTitle(CultureInfo c) => Text.Get(nameof(NotAllowedTitle), c);
    public static string NotAllowedBody(CultureInfo c) => Text.Get(nameof(NotAllowedBody), c);
    public static string UnknownMemberTitle(CultureInfo c) => Text.Get(nameof(UnknownMemberTitle), c);
    public static string UnknownMemberBody(CultureInfo c) => Text.Get(nameof(UnknownMemberBody), c);
    public static string HelpEntryRoles(CultureInfo c) => Text.Get(nameof(HelpEntryRoles), c);
    public static string RolesCommand(CultureInfo c) => Text.Get(nameof(RolesCommand), c);
    public static string RolesSaved(CultureInfo c, int teamleiders, int kennismakelaars) => Text.Format(nameof(RolesSaved), c,
        Text.Plural("RolesSavedTeamleiders", teamleiders, c), Text.Plural("RolesSavedKennismakelaars", kennismakelaars, c));
    public static string GrantsNoTeamleider(CultureInfo c) => Text.Get(nameof(GrantsNoTeamleider), c);
    public static string GrantsOneTeamleider(CultureInfo c, string name) => Text.Format(nameof(GrantsOneTeamleider), c, name);
    public static string GrantsTeamleiders(CultureInfo c, string names) => Text.Format(nameof(GrantsTeamleiders), c, names);
    public static string OnlyTeamleiderWarningOne(CultureInfo c) => Text.Get(nameof(OnlyTeamleiderWarningOne), c);
    public static string OnlyTeamleiderWarningMany(CultureInfo c, int teams) => Text.Format(nameof(OnlyTeamleiderWarningMany), c, teams);
    public static string NoTeamleiderTitle(CultureInfo c) => Text.Get(nameof(NoTeamleiderTitle), c);
    public static string NoTeamleiderBody(CultureInfo c) => Text.Get(nameof(NoTeamleiderBody), c);
    public static string ClaimButton(CultureInfo c) => Text.Get(nameof(ClaimButton), c);
    public static string ClaimedTitle(CultureInfo c, string name) => Text.Format(nameof(ClaimedTitle), c, name);
    public static string ClaimedBody(CultureInfo c) => Text.Get(nameof(ClaimedBody), c);
    public static string ClaimedBySomeone(CultureInfo c) => Text.Get(nameof(ClaimedBySomeone), c);
    public static string AlreadyTeamleiderTitle(CultureInfo c) => Text.Get(nameof(AlreadyTeamleiderTitle), c);
    public static string RolesTooMany(CultureInfo c, int max) => Text.Format(nameof(RolesTooMany), c, max);
}
