using Microsoft.Extensions.DependencyInjection.Extensions;

namespace IntervisieBot.Features.Handreikingen;

public static class HandreikingenServiceCollectionExtensions
{
    /// <summary>
    /// Registers the catalogue, the domain lexicon and the recommender as singletons (the index is built once, on first
    /// use; searching is thread-safe). Lesson sources are picked up from every registered <see cref="ILessonCandidateSource"/>.
    /// </summary>
    public static IServiceCollection AddHandreikingen(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<HandreikingenOptions>()
            .Bind(configuration.GetSection(HandreikingenOptions.SectionName))
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton(_ => HandreikingCatalogue.LoadEmbedded());
        services.TryAddSingleton(_ => DomainLexicon.LoadEmbedded());
        services.TryAddSingleton<HandreikingRecommender>();
        services.AddHttpClient(Curation.CatalogueLinkChecker.HttpClientName, client => client.DefaultRequestHeaders.UserAgent.ParseAdd("IntervisieBot-catalogue-check/1.0"));
        services.TryAddSingleton<Needs.InformationNeedStore>();
        return services;
    }
}
