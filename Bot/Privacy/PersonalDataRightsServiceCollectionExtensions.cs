using IntervisieBot.Cards;
using IntervisieBot.Privacy.Retention;

namespace IntervisieBot.Privacy;

public static class PersonalDataRightsServiceCollectionExtensions
{
    /// <summary>The guard, the privacy card samples and the retention job (the rights commands are the MyData feature).</summary>
    public static IServiceCollection AddPersonalDataRights(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddPrivacyGuard();
        services.AddCardSampleSource<PrivacyCardSamples>();
        services.AddOptions<RetentionOptions>()
            .Bind(configuration.GetSection(RetentionOptions.Section))
            .Validate(o => o.SessionTextDays >= 1 && o.ReminderDays >= 1 && o.Interval > TimeSpan.Zero, "Retention:SessionTextDays and Retention:ReminderDays must be at least 1 and Retention:Interval positive.")
            .ValidateOnStart();
        services.AddSingleton<RetentionService>();
        services.AddHostedService(sp => sp.GetRequiredService<RetentionService>());
        return services;
    }
}
