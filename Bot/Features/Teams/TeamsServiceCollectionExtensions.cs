using IntervisieBot.Cards;
using IntervisieBot.Features.Teams.Language;
using IntervisieBot.Features.Teams.Roles;
using IntervisieBot.Localization;
using IntervisieBot.Protocol.Turns;

namespace IntervisieBot.Features.Teams;

public static class TeamsServiceCollectionExtensions
{
    public static IServiceCollection AddTeamsFeature(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<RoleOptions>().Bind(configuration.GetSection(RoleOptions.Section));
        services.AddSingleton<RoleStore>();
        services.AddSingleton<TeamRoster>();
        services.AddSingleton<IRouteContributor>(sp => sp.GetRequiredService<TeamRoster>()); // conversationUpdate: forget the roster
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
        services.AddSingleton<IRouteContributor, TeamsRoutes>();
        services.AddSingleton<ITurnErrorResponder, TeamsErrorResponder>();
        services.AddCardSampleSource<TeamsCardSamples>();
        return services;
    }
}
