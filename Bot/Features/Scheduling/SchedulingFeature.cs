using IntervisieBot.Cards;
using IntervisieBot.Features.Reminders.Domain;
using IntervisieBot.Features.Reminders.Handlers;
using IntervisieBot.Features.Reminders.Storage;
using IntervisieBot.Features.Scheduling.Calendar;
using IntervisieBot.Features.Scheduling.Cards;
using IntervisieBot.Features.Scheduling.Domain;
using IntervisieBot.Features.Scheduling.Handlers;
using IntervisieBot.Features.Scheduling.Storage;
using IntervisieBot.Features.Shared;
using IntervisieBot.Protocol.Turns;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace IntervisieBot.Features.Scheduling;

public static class SchedulingFeature
{
    /// <summary>
    /// Planned intervisie series: <c>plan intervisie</c> / <c>stop de reeks</c> / <c>reeks status</c>, <c>afwezig &lt;datum&gt;</c>, the session events
    /// (three reminder kinds on the reminder engine), help, card samples, personal data and retention. The team calendar is
    /// <see cref="NoTeamCalendar"/> unless a Graph implementation registered <see cref="ITeamCalendar"/> first or replaces it.
    /// Needs AddReminders, AddIntervisieRounds and AddLessonsFeature.
    /// </summary>
    public static IServiceCollection AddScheduling(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configuration);
        services.AddOptions<SchedulingOptions>()
            .Bind(configuration.GetSection(SchedulingOptions.SectionName))
            .Validate(o => o.AnnounceWorkingDays is >= 1 and <= 10 && o.PrepareWorkingDays is >= 0 and <= 10 && o.PrepareWorkingDays <= o.AnnounceWorkingDays,
                "Scheduling: AnnounceWorkingDays 1..10, PrepareWorkingDays 0..AnnounceWorkingDays.")
            .Validate(o => o.ProposalRetentionDays is >= 0 and <= 365, "Scheduling:ProposalRetentionDays must be 0..365.")
            .ValidateOnStart();
        services.TryAddSingleton<ITeamCalendar, NoTeamCalendar>();
        services.TryAddSingleton<SeriesStore>();
        services.TryAddSingleton<SessionEventScheduler>();
        services.TryAddSingleton<SessionService>();
        services.TryAddSingleton<SeriesService>();
        services.AddSingleton<Lessons.FollowUp.Domain.IPlannedSessionsSource, SchedulingPlannedSessions>();
        foreach (var sessionEvent in Enum.GetValues<SessionEvent>())
        {
            services.AddSingleton<IReminderKind>(sp => ActivatorUtilities.CreateInstance<SessionReminderKind>(sp, sessionEvent));
        }
        services.AddSingleton<IRouteContributor, SchedulingRoutes>();
        services.AddSingleton<IRouteContributor, AwayRoutes>();
        services.AddSingleton<IRouteContributor, MeetingRoutes>();
        services.AddSingleton<IHelpEntrySource, SchedulingHelpEntries>();
        services.AddSingleton<Privacy.Rights.IPersonalDataContributor, SchedulingPersonalData>();
        services.AddSingleton<Privacy.Retention.IRetentionParticipant, SchedulingRetention>();
        services.AddCardSampleSource<SchedulingCardSamples>();
        return services;
    }
}
