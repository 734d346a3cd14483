using IntervisieBot.Cards;
using IntervisieBot.Features.Handreikingen.Domain;
using IntervisieBot.Features.Lessons.Cards;
using IntervisieBot.Features.Lessons.Domain;
using IntervisieBot.Features.Lessons.Handlers;
using IntervisieBot.Features.Lessons.Storage;
using IntervisieBot.Features.Shared;
using IntervisieBot.Protocol.Turns;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace IntervisieBot.Features.Lessons;

public static class LessonsFeature
{
    /// <summary>
    /// Lessons: storage, search, the <c>les</c>/<c>lessen</c>/<c>curatie</c> routes, the messaging extension and the lesson
    /// source for the handreikingen recommender. Needs the privacy guard, the Teams feature (roles) and handreikingen.
    /// </summary>
    public static IServiceCollection AddLessonsFeature(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<LessonsOptions>().Bind(configuration.GetSection(LessonsOptions.Section)).ValidateDataAnnotations().ValidateOnStart();
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton(_ => HandreikingCatalogue.LoadEmbedded());
        services.TryAddSingleton(_ => DomainLexicon.LoadEmbedded());
        services.AddSingleton<LessonStore>();
        services.AddSingleton<ILessonSourceCounts, LessonSourceCounts>();
        services.AddSingleton<LessonTagSuggester>();
        services.AddSingleton<LessonSearchEngine>();
        services.AddSingleton<LessonLibrary>();
        services.AddSingleton<LessonCapture>();
        services.AddSingleton<CurationService>();
        services.AddSingleton<IRouteContributor, CurationRoutes>();
        services.AddSingleton<ILessonCandidateSource, StoredLessonCandidateSource>();
        services.AddSingleton<IRouteContributor, LessonsRoutes>();
        services.AddSingleton<IRouteContributor, LessonsMessagingExtension>();
        services.AddSingleton<IHelpEntrySource, LessonsHelpEntries>();
        services.AddSingleton<IntervisieBot.Privacy.Rights.IPersonalDataContributor, LessonsPersonalData>();
        services.AddSingleton<Export.Domain.IExportSource>(sp => new LessonLibraryExport(sp.GetRequiredService<LessonStore>(), LessonLibraryExport.Format.Csv));
        services.AddSingleton<Export.Domain.IExportSource>(sp => new LessonLibraryExport(sp.GetRequiredService<LessonStore>(), LessonLibraryExport.Format.Markdown));
        services.AddCardSampleSource<LessonCardSamples>();
        return services;
    }
}
