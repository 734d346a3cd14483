using IntervisieBot.Cards;
using IntervisieBot.Features.Shared;
using IntervisieBot.Features.Teams.Help;
using IntervisieBot.Features.Teams.Language;
using IntervisieBot.Features.Teams.Roles;
using IntervisieBot.Features.Teams.Welcome;
using IntervisieBot.Localization;
using IntervisieBot.Protocol.Turns;

namespace IntervisieBot.Features.Teams;

/// <summary>
/// The Teams feature: roles (<c>Roles/</c>), the language choice (<c>Language/</c>), the welcome (<c>Welcome/</c>) and the
/// help card with the unknown-command hint and the friendly error card (<c>Help/</c>). The contracts and helpers every
/// feature uses (team scope, roles, access control, help entries, private cards) live in <c>Features/Shared</c>.
/// </summary>
public static class TeamsFeature
{
    public static IServiceCollection AddTeamsFeature(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<RoleOptions>().Bind(configuration.GetSection(RoleOptions.Section));
        services.AddSingleton<RoleStore>();
        services.AddSingleton<TeamRoster>();
        services.AddSingleton<IRouteContributor>(sp => sp.GetRequiredService<TeamRoster>()); // conversationUpdate: forget the roster
        services.AddSingleton<ITeamRoles, TeamRoles>();
        services.AddSingleton<AccessControl>();
        services.AddSingleton<IRouteContributor, RolesRoutes>();
        services.AddSingleton<IntervisieBot.Privacy.Rights.IPersonalDataContributor, RolesPersonalData>();
        services.AddSingleton<IHelpEntrySource, RolesHelpEntries>();
        services.AddCardSampleSource<RolesCardSamples>();
        services.AddOptions<LocalizationOptions>()
            .Bind(configuration.GetSection(LocalizationOptions.Section))
            .Validate(o => BotCulture.FromLanguage(o.DefaultLanguage) is not null, "Localization:DefaultLanguage must be nl or en.")
            .ValidateOnStart();
        services.AddSingleton<LanguagePreferenceStore>();
        services.AddSingleton<ITurnInitializer, LanguageTurnInitializer>();
        services.AddSingleton<IRouteContributor, LanguageRoutes>();
        services.AddSingleton<IntervisieBot.Privacy.Rights.IPersonalDataContributor, LanguagePersonalData>();
        services.AddSingleton<IntervisieBot.Privacy.Rights.IPersonalDataContributor, PersonalChatData>();
        services.AddSingleton<IHelpEntrySource, LanguageHelpEntries>();
        services.AddCardSampleSource<LanguageCardSamples>();
        services.AddSingleton<WelcomeRegistry>();
        services.AddSingleton<IHelpEntrySource, TeamsHelpEntries>();
        services.AddSingleton<IRouteContributor, WelcomeRoutes>();
        services.AddSingleton<IRouteContributor, HelpRoutes>();
        services.AddSingleton<ITurnErrorResponder, TeamsErrorResponder>();
        services.AddCardSampleSource<TeamsCardSamples>();
        return services;
    }
}
