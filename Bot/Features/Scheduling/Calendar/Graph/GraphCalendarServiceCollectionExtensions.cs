using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using Microsoft.Graph;
using Microsoft.Kiota.Http.HttpClientLibrary.Middleware;

namespace IntervisieBot.Features.Scheduling.Calendar.Graph;

public static class GraphCalendarServiceCollectionExtensions
{
    /// <summary>
    /// Binds <see cref="GraphCalendarOptions"/> from <c>Graph</c> and validates them at startup when <c>Graph:Enabled</c> is
    /// true (clear messages naming the setting), registers the Graph HTTP pipeline (the SDK's default handlers with
    /// <see cref="GraphRetryHandler"/> in place of its retry handler) and makes the <see cref="ITeamCalendar"/>:
    /// <see cref="GraphTeamCalendar"/> when Graph is enabled, otherwise <see cref="NoTeamCalendar"/>. It replaces any earlier
    /// registration (e.g. a feature's TryAdd of NoTeamCalendar), and later TryAdds are no-ops, so the order of Add calls
    /// doesn't matter. The choice is made when the calendar is first resolved, from the final configuration (test hosts add
    /// their settings after the services are registered).
    /// </summary>
    public static IServiceCollection AddGraphCalendar(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<GraphCalendarOptions>().Bind(configuration.GetSection(GraphCalendarOptions.SectionName)).ValidateOnStart();
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
        services.AddSingleton<ITeamCalendar>(provider => provider.GetRequiredService<IOptions<GraphCalendarOptions>>().Value.Enabled
            ? ActivatorUtilities.CreateInstance<GraphTeamCalendar>(provider)
            : new NoTeamCalendar());
        return services;
    }
}
