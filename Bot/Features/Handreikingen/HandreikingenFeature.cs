using IntervisieBot.Cards;
using IntervisieBot.Features.Handreikingen.Cards;
using IntervisieBot.Features.Handreikingen.Domain;
using IntervisieBot.Features.Handreikingen.Handlers;
using IntervisieBot.Features.Handreikingen.Storage;
using IntervisieBot.Features.Shared;
using IntervisieBot.Features.Teams.Help;
using IntervisieBot.Protocol.Turns;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace IntervisieBot.Features.Handreikingen;

/// <summary>
/// Handreikingen: the catalogue, lexicon and recommender (<c>Domain/</c>), its tables (<c>Storage/</c>: the catalogue
/// overlay, casus feedback, information needs), cards and strings (<c>Cards/</c>), and the routes, commands and review
/// digest (<c>Handlers/</c>).
/// </summary>
public static class HandreikingenFeature
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
        services.AddHttpClient(CatalogueLinkChecker.HttpClientName, client => client.DefaultRequestHeaders.UserAgent.ParseAdd("IntervisieBot-catalogue-check/1.0"));
        services.TryAddSingleton<InformationNeedStore>();
        services.TryAddSingleton<IInformationNeeds>(sp => sp.GetRequiredService<InformationNeedStore>());
        return services;
    }

    /// <summary>The Teams side of handreikingen: casus command and free-text casus, suggestions, feedback, information needs, and the kennismakelaars' catalogue.</summary>
    public static IServiceCollection AddCasusFeature(this IServiceCollection services)
    {
        services.AddSingleton<CasusStore>();
        services.AddSingleton<IntervisieBot.Privacy.Rights.IPersonalDataContributor, CasusPersonalData>();
        services.AddSingleton<IntervisieBot.Privacy.Retention.IRetentionParticipant, InformationNeedsRetention>();
        services.TryAddSingleton<OwnPostNotice>();
        services.AddSingleton<CasusRoutes>();
        services.AddSingleton<IRouteContributor>(sp => sp.GetRequiredService<CasusRoutes>());
        services.AddSingleton<IUnknownMessageInterpreter>(sp => sp.GetRequiredService<CasusRoutes>());
        services.AddSingleton<IHelpEntrySource, CasusHelpEntries>();
        services.AddCardSampleSource<CasusCardSamples>();
        services.AddSingleton<LiveCatalogue>();
        services.AddSingleton<ILiveCatalogue>(sp => sp.GetRequiredService<LiveCatalogue>());
        services.AddSingleton<IntervisieBot.Privacy.Rights.IPersonalDataContributor, CataloguePersonalData>();
        services.AddSingleton<ICasusSubmittedListener, InbrengerSuggestions>();
        services.AddSingleton<IRouteContributor, CurationRoutes>();
        services.AddSingleton<IRouteContributor, HandreikingSearchRoutes>();
        services.AddSingleton<IHelpEntrySource, CurationHelpEntries>();
        services.AddCardSampleSource<CurationCardSamples>();
        services.AddSingleton<ReviewDigestScheduler>();
        services.AddSingleton<ReviewDigestSubscriptions>();
        services.AddSingleton<IntervisieBot.Features.Teams.Roles.IRoleAssignmentListener>(sp => sp.GetRequiredService<ReviewDigestSubscriptions>());
        services.AddSingleton<IntervisieBot.Features.Reminders.Handlers.IReminderKind, ReviewDigestKind>();
        services.AddCardSampleSource<ReviewDigestCardSamples>();
        return services;
    }
}
