using IntervisieBot.Cards;
using IntervisieBot.Features.Teams;
using IntervisieBot.Privacy.Retention;
using IntervisieBot.Privacy.Rights;
using IntervisieBot.Protocol.Turns;

namespace IntervisieBot.Privacy;

public static class PersonalDataRightsServiceCollectionExtensions
{
    /// <summary>"mijn gegevens", "verwijder mijn gegevens", the privacy card samples and the retention job.</summary>
    public static IServiceCollection AddPersonalDataRights(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddPrivacyGuard();
        services.AddCardSampleSource<PrivacyCardSamples>();
        services.AddSingleton<IRouteContributor, MyDataRoutes>();
        services.AddSingleton<IHelpEntrySource, MyDataHelpEntries>();
        services.AddSingleton<Features.Export.IExportSource, MyDataExport>();
        services.AddCardSampleSource<MyDataCardSamples>();
        services.AddOptions<RetentionOptions>()
            .Bind(configuration.GetSection(RetentionOptions.Section))
            .Validate(o => o.SessionTextDays >= 1 && o.ReminderDays >= 1 && o.Interval > TimeSpan.Zero, "Retention:SessionTextDays and Retention:ReminderDays must be at least 1 and Retention:Interval positive.")
            .ValidateOnStart();
        services.AddSingleton<RetentionService>();
        services.AddHostedService(sp => sp.GetRequiredService<RetentionService>());
        return services;
    }
}
