using IntervisieBot.Cards;
using IntervisieBot.Features.Handreikingen.Curation;
using IntervisieBot.Features.Shared;
using IntervisieBot.Features.Teams.Help;
using IntervisieBot.Protocol.Turns;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace IntervisieBot.Features.Handreikingen.Teams;

public static class CasusServiceCollectionExtensions
{
    /// <summary>The Teams side of handreikingen: casus command and free-text casus, suggestions, feedback, information needs, and the kennismakelaars' catalogue.</summary>
    public static IServiceCollection AddCasusFeature(this IServiceCollection services)
    {
        services.AddSingleton<CasusStore>();
        services.AddSingleton<IntervisieBot.Privacy.Rights.IPersonalDataContributor, CasusPersonalData>();
        services.AddSingleton<IntervisieBot.Privacy.Retention.IRetentionParticipant, Needs.InformationNeedsRetention>();
        services.TryAddSingleton<OwnPostNotice>();
        services.AddSingleton<CasusRoutes>();
        services.AddSingleton<IRouteContributor>(sp => sp.GetRequiredService<CasusRoutes>());
        services.AddSingleton<IUnknownMessageInterpreter>(sp => sp.GetRequiredService<CasusRoutes>());
        services.AddSingleton<IHelpEntrySource, CasusHelpEntries>();
        services.AddCardSampleSource<CasusCardSamples>();
        services.AddSingleton<LiveCatalogue>();
        services.AddSingleton<IntervisieBot.Privacy.Rights.IPersonalDataContributor, Curation.CataloguePersonalData>();
        services.AddSingleton<ICasusSubmittedListener, InbrengerSuggestions>();
        services.AddSingleton<IRouteContributor, CurationRoutes>();
        services.AddSingleton<IRouteContributor, HandreikingSearchRoutes>();
        services.AddSingleton<IHelpEntrySource, CurationHelpEntries>();
        services.AddCardSampleSource<CurationCardSamples>();
        services.AddSingleton<Review.ReviewDigestScheduler>();
        services.AddSingleton<Review.ReviewDigestSubscriptions>();
        services.AddSingleton<IntervisieBot.Features.Teams.Roles.IRoleAssignmentListener>(sp => sp.GetRequiredService<Review.ReviewDigestSubscriptions>());
        services.AddSingleton<IntervisieBot.Features.Reminders.IReminderKind, Review.ReviewDigestKind>();
        services.AddCardSampleSource<Review.ReviewDigestCardSamples>();
        return services;
    }
}
