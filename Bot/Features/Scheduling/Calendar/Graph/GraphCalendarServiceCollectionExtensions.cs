using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using Microsoft.Graph;
using Microsoft.Kiota.Http.HttpClientLibrary.Middleware;

namespace IntervisieBot.Features.Scheduling.Calendar.Graph;

public static class GraphCalendarServiceCollectionExtensions
{
    /// <summary>
    /// With <c>Graph:Enabled</c> true: binds and validates <see cref="GraphCalendarOptions"/> at startup (clear messages naming
    /// the setting), registers the Graph HTTP pipeline (the SDK's default handlers with <see cref="GraphRetryHandler"/> in place
    /// of its retry handler) and makes <see cref="GraphTeamCalendar"/> THE <see cref="ITeamCalendar"/>, replacing any earlier
    /// registration (e.g. a feature's TryAdd of <see cref="NoTeamCalendar"/>); later TryAdds are no-ops. Otherwise it only
    /// makes sure <see cref="NoTeamCalendar"/> is registered.
    /// </summary>
    public static IServiceCollection AddGraphCalendar(this IServiceCollection services, IConfiguration configuration)
    {
        var section = configuration.GetSection(GraphCalendarOptions.SectionName);
        if (!section.GetValue<bool>(nameof(GraphCalendarOptions.Enabled)))
        {
            services.TryAddSingleton<ITeamCalendar, NoTeamCalendar>();
            return services;
        }

        services.AddOptions<GraphCalendarOptions>().Bind(section).ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<GraphCalendarOptions>, GraphCalendarOptionsValidator>());
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddTransient<GraphRetryHandler>();

        services.AddHttpClient(GraphCredentialFactory.TokenHttpClientName)
            .ConfigurePrimaryHttpMessageHandler(() => new SocketsHttpHandler { AllowAutoRedirect = false, PooledConnectionLifetime = TimeSpan.FromMinutes(5) });
        services.AddHttpClient(GraphTeamCalendar.HttpClientName, client => client.Timeout = Timeout.InfiniteTimeSpan)
            .ConfigurePrimaryHttpMessageHandler(() => new SocketsHttpHandler { AllowAutoRedirect = false, PooledConnectionLifetime = TimeSpan.FromMinutes(5) })
            .ConfigureAdditionalHttpMessageHandlers((handlers, provider) =>
            {
                foreach (var handler in GraphClientFactory.CreateDefaultHandlers())
                {
                    handlers.Add(handler is RetryHandler ? provider.GetRequiredService<GraphRetryHandler>() : handler);
                }
            });

        services.RemoveAll<ITeamCalendar>();
        services.AddSingleton<ITeamCalendar, GraphTeamCalendar>();
        return services;
    }
}
