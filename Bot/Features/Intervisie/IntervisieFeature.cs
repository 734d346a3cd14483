using IntervisieBot.Cards;
using IntervisieBot.Features.Intervisie.Cards;
using IntervisieBot.Features.Intervisie.Domain;
using IntervisieBot.Features.Intervisie.Handlers;
using IntervisieBot.Features.Intervisie.Methods;
using IntervisieBot.Features.Intervisie.Storage;
using IntervisieBot.Features.Lessons.FollowUp.Domain;
using IntervisieBot.Features.Lessons.Handlers;
using IntervisieBot.Features.Shared;
using IntervisieBot.Protocol.Turns;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace IntervisieBot.Features.Intervisie;

public static class IntervisieFeature
{
    /// <summary>
    /// Intervisie rounds in Teams: storage, the <c>start intervisie</c> command and round card verbs, the spread-mode
    /// deadlines (a kind of the reminders outbox), the lesson prefill source, help and card samples. Needs <see cref="AddIntervisieDomain"/>.
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

    /// <summary>
    /// Registers the intervisie domain: the method registry (every definition file in the configured folders, validated
    /// at start-up) and the round engine. Registers <see cref="TimeProvider.System"/> unless a TimeProvider is already registered.
    /// </summary>
    public static IServiceCollection AddIntervisieDomain(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configuration);

        services.AddOptions<IntervisieDomainOptions>()
            .Bind(configuration.GetSection(IntervisieDomainOptions.SectionName))
            .ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<IntervisieDomainOptions>, IntervisieDomainOptionsValidator>());
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<IMethodRegistry>(sp =>
            MethodRegistry.LoadFromDirectories(sp.GetRequiredService<IOptions<IntervisieDomainOptions>>().Value.ResolveDirectories()));
        services.TryAddSingleton<RoundEngine>();
        return services;
    }
}
