using IntervisieBot.Cards;
using IntervisieBot.Protocol.Turns;

namespace IntervisieBot.Features.Teams;

public static class TeamsServiceCollectionExtensions
{
    public static IServiceCollection AddTeamsFeature(this IServiceCollection services)
    {
        services.AddSingleton<WelcomeRegistry>();
        services.AddSingleton<IHelpEntrySource, TeamsHelpEntries>();
        services.AddSingleton<IRouteContributor, TeamsRoutes>();
        services.AddSingleton<ITurnErrorResponder, TeamsErrorResponder>();
        services.AddCardSampleSource<TeamsCardSamples>();
        return services;
    }
}
