using IntervisieBot.Cards;
using IntervisieBot.Features.Teams.Roles;
using IntervisieBot.Protocol.Turns;

namespace IntervisieBot.Features.Teams;

public static class TeamsServiceCollectionExtensions
{
    public static IServiceCollection AddTeamsFeature(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<RoleOptions>().Bind(configuration.GetSection(RoleOptions.Section));
        services.AddSingleton<RoleStore>();
        services.AddSingleton<TeamRoster>();
        services.AddSingleton<AccessControl>();
        services.AddSingleton<IRouteContributor, RolesRoutes>();
        services.AddSingleton<IntervisieBot.Privacy.Rights.IPersonalDataContributor, RolesPersonalData>();
        services.AddSingleton<IHelpEntrySource, RolesHelpEntries>();
        services.AddCardSampleSource<RolesCardSamples>();
        services.AddSingleton<WelcomeRegistry>();
        services.AddSingleton<IHelpEntrySource, TeamsHelpEntries>();
        services.AddSingleton<IRouteContributor, TeamsRoutes>();
        services.AddSingleton<ITurnErrorResponder, TeamsErrorResponder>();
        services.AddCardSampleSource<TeamsCardSamples>();
        return services;
    }
}
