using IntervisieBot.Cards;
using IntervisieBot.Features.Intervisie.Handlers;
using IntervisieBot.Features.Lessons.FollowUp.Cards;
using IntervisieBot.Features.Lessons.FollowUp.Domain;
using IntervisieBot.Features.Lessons.FollowUp.Handlers;
using IntervisieBot.Features.Lessons.FollowUp.Storage;
using IntervisieBot.Features.Lessons.Handlers;
using IntervisieBot.Features.Reminders;
using IntervisieBot.Features.Reminders.Domain;
using IntervisieBot.Features.Reminders.Handlers;
using IntervisieBot.Features.Reminders.Storage;
using IntervisieBot.Features.Shared;
using IntervisieBot.Features.Teams;
using IntervisieBot.Protocol.Turns;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace IntervisieBot.Features.Lessons.FollowUp;

public static class FollowUpFeature
{
    /// <summary>
    /// The lesson follow-up loop: check reminders scheduled when a lesson is saved (<see cref="ILessonObserver"/>), the
    /// <c>lesson-check</c> and <c>lesson-check-expire</c> reminder kinds, the answer verbs, <c>team overzicht</c>, the round
    /// look back (replaces <see cref="NoRoundLookBack"/>), help and card samples. Needs AddLessonsFeature, AddReminders,
    /// AddTeamsFeature and AddIntervisieRounds (any order: the look back is a replace).
    /// </summary>
    public static IServiceCollection AddLessonFollowUp(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        services.AddMetrics();
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<FollowUpMetrics>();
        services.TryAddSingleton<LessonCheckScheduler>();
        services.AddSingleton<Export.Domain.IExportSource, TeamDigestExport>();
        services.AddSingleton<ILessonObserver, LessonCheckObserver>();
        services.AddSingleton<IReminderKind, LessonCheckKind>();
        services.AddSingleton<IReminderKind, LessonCheckExpireKind>();
        services.AddSingleton<IRouteContributor, LessonCheckRoutes>();
        services.AddSingleton<IHelpEntrySource, FollowUpHelpEntries>();
        services.Replace(ServiceDescriptor.Singleton<IRoundLookBackSource, LessonCheckLookBack>());
        services.AddCardSampleSource<FollowUpCardSamples>();
        return services;
    }
}
