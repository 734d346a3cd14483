using IntervisieBot.Features.Reminders.Domain;
using IntervisieBot.Features.Reminders.Handlers;
using IntervisieBot.Features.Reminders.Storage;
using IntervisieBot.Protocol.Connector;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace IntervisieBot.Features.Reminders;

/// <summary>
/// Reminders, the one mechanism for timed work: the working-day calendar and pacing (<c>Domain/</c>), the outbox, its
/// scheduler and the tenant budget leases (<c>Storage/</c>), and delivery through the connector (<c>Handlers/</c>: the
/// engine, the background service, <see cref="IReminderKind"/> that each feature implements).
/// </summary>
public static class RemindersFeature
{
    /// <summary>
    /// The reminder delivery engine: working-day calendar, outbox, pacer, scheduler API (<see cref="ReminderScheduler"/>)
    /// and the background delivery service. Features add kinds with <c>services.AddSingleton&lt;IReminderKind, X&gt;()</c>.
    /// Needs AddBotConnector and AddTableStorage first (it adds a 429 observer to the connector's HTTP pipeline).
    /// </summary>
    public static IServiceCollection AddReminders(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<ReminderOptions>()
            .Bind(configuration.GetSection(ReminderOptions.SectionName))
            .Validate(o => o.PollInterval > TimeSpan.Zero, "Reminders:PollInterval must be positive.")
            .Validate(o => o.ClaimTimeout > o.ClaimSafetyMargin && o.ClaimSafetyMargin >= TimeSpan.Zero, "Reminders:ClaimTimeout must exceed ClaimSafetyMargin.")
            .Validate(o => o.BatchSize > 0 && o.MaxParallelSends > 0 && o.MaxAttempts > 0, "Reminders:BatchSize, MaxParallelSends and MaxAttempts must be positive.")
            .Validate(o => o.ConversationPerSecond > 0 && o.ConversationPer30Seconds > 0 && o.TenantPerSecond > 0, "Reminders pacing rates must be positive.")
            .Validate(o => o.PacingMargin >= TimeSpan.Zero && o.PacingMargin < TimeSpan.FromSeconds(1), "Reminders:PacingMargin must be between 0 and 1 second.")
            .Validate(o => o.BudgetRefreshInterval > TimeSpan.Zero && o.BudgetLeaseTime >= 2 * o.BudgetRefreshInterval, "Reminders:BudgetRefreshInterval must be positive and BudgetLeaseTime at least twice as long.")
            .ValidateOnStart();
        services.AddOptions<WorkingDayCalendarOptions>()
            .Bind(configuration.GetSection(WorkingDayCalendarOptions.SectionName))
            .Validate(o => o.WindowStart < o.WindowEnd, "Reminders:Calendar:WindowStart must be before WindowEnd.")
            .Validate(o => TimeZoneInfo.TryFindSystemTimeZoneById(o.TimeZoneId, out _), "Reminders:Calendar:TimeZoneId is not a known time zone.")
            .ValidateOnStart();

        services.AddMetrics();
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton(sp => new WorkingDayCalendar(sp.GetRequiredService<IOptions<WorkingDayCalendarOptions>>()));
        services.TryAddSingleton<ReminderMetrics>();
        services.TryAddSingleton<ReminderDeliveryMetrics>();
        services.TryAddSingleton<ReminderInstanceName>();
        services.TryAddSingleton<TenantBudgetShare>();
        services.TryAddSingleton<ReminderPacer>();
        services.TryAddSingleton<ReminderOutbox>();
        services.TryAddSingleton<ReminderScheduler>();
        services.TryAddSingleton<ReminderEngine>();
        services.TryAddTransient<ReminderThrottleHandler>();
        // Same named client as AddBotConnector's typed IConnectorClient: adds the 429 observer to its pipeline.
        services.AddHttpClient(nameof(IConnectorClient)).AddHttpMessageHandler<ReminderThrottleHandler>();
        services.AddHostedService<ReminderDeliveryService>();
        services.AddSingleton<Privacy.Rights.IPersonalDataContributor, RemindersPersonalData>();
        services.AddSingleton<Privacy.Retention.IRetentionParticipant, RemindersRetention>();
        return services;
    }
}
