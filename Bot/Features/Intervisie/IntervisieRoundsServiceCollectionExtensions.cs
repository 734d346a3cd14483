using IntervisieBot.Cards;
using IntervisieBot.Features.Intervisie.Cards;
using IntervisieBot.Features.Intervisie.Storage;
using IntervisieBot.Features.Intervisie.Teams;
using IntervisieBot.Features.Lessons;
using IntervisieBot.Features.Lessons.FollowUp;
using IntervisieBot.Features.Teams;
using IntervisieBot.Protocol.Turns;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace IntervisieBot.Features.Intervisie;

public static class IntervisieRoundsServiceCollectionExtensions
{
    /// <summary>
    /// Intervisie rounds in Teams: storage, the <c>start intervisie</c> command and round card verbs, the spread-mode
    /// scheduler, the lesson prefill source, help and card samples. Needs <see cref="IntervisieDomainServiceCollectionExtensions.AddIntervisieDomain"/>.
    /// </summary>
    public static IServiceCollection AddIntervisieRounds(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configuration);
        services.AddIntervisieDomain(configuration);
        services.AddOptions<IntervisieSchedulerOptions>()
            .Bind(configuration.GetSection(IntervisieSchedulerOptions.SectionName))
            .Validate(o => o.Interval > TimeSpan.Zero && o.Lease > TimeSpan.Zero && o.LookbackDays is >= 0 and <= 60 && o.BatchSize > 0,
                "Intervisie:Scheduler needs a positive Interval and Lease, LookbackDays 0..60 and a positive BatchSize.")
            .ValidateOnStart();
        services.TryAddSingleton<RoundRepository>();
        services.TryAddSingleton<RoundService>();
        services.TryAddSingleton<RoundTextEraser>();
        services.TryAddSingleton<GroupAgreementStore>();
        services.TryAddSingleton<RoundOpener>();
        services.TryAddSingleton<IRoundStarter>(sp => sp.GetRequiredService<RoundOpener>());
        services.TryAddSingleton<IRoundQueries, IntervisieRoundQueries>();
        services.AddSingleton<IntervisieBot.Privacy.Retention.IRetentionParticipant, IntervisieRetention>();
        services.AddSingleton<IntervisieBot.Privacy.Rights.IPersonalDataContributor, IntervisiePersonalData>();
        services.TryAddSingleton<IRoundLookBackSource, NoRoundLookBack>();
        services.AddSingleton<IRouteContributor, IntervisieRoutes>();
        services.AddSingleton<ILessonPrefillSource, IntervisieLessonPrefillSource>();
        services.AddSingleton<IHelpEntrySource, IntervisieHelpEntries>();
        services.AddCardSampleSource<IntervisieCardSamples>();
        services.AddHostedService<IntervisieScheduler>();
        return services;
    }
}
