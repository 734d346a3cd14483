using IntervisieBot.Cards;
using IntervisieBot.Features.Intervisie.Cards;
using IntervisieBot.Features.Intervisie.Storage;
using IntervisieBot.Features.Intervisie.Teams;
using IntervisieBot.Features.Lessons.FollowUp.Domain;
using IntervisieBot.Features.Lessons.Handlers;
using IntervisieBot.Features.Shared;
using IntervisieBot.Protocol.Turns;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace IntervisieBot.Features.Intervisie;

public static class IntervisieRoundsServiceCollectionExtensions
{
    /// <summary>
    /// Intervisie rounds in Teams: storage, the <c>start intervisie</c> command and round card verbs, the spread-mode
    /// deadlines (a kind of the reminders outbox), the lesson prefill source, help and card samples. Needs <see cref="IntervisieDomainServiceCollectionExtensions.AddIntervisieDomain"/>.
    /// </summary>
    public static IServiceCollection AddIntervisieRounds(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configuration);
        services.AddIntervisieDomain(configuration);
        services.AddOptions<RoundCardUpdateOptions>()
            .Bind(configuration.GetSection(RoundCardUpdateOptions.SectionName))
            .Validate(o => o.CoalesceWindow >= TimeSpan.Zero && o.CoalesceWindow <= TimeSpan.FromSeconds(5),
                "Intervisie:CardUpdates:CoalesceWindow must be between 0 and 5 seconds.")
            .ValidateOnStart();
        services.TryAddSingleton<RoundCardUpdates>();
        services.TryAddSingleton<RoundRepository>();
        services.TryAddSingleton<RoundService>();
        services.TryAddSingleton<TijdbewakerNudges>();
        services.AddSingleton<IntervisieBot.Features.Reminders.Handlers.IReminderKind, TijdbewakerNudgeKind>();
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
        services.AddSingleton<IntervisieBot.Features.Reminders.Handlers.IReminderKind, RoundDeadlineAction>();
        return services;
    }
}
