using IntervisieBot.Protocol.Auth;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace IntervisieBot.Protocol.Connector;

public static class ConnectorServiceCollectionExtensions
{
    /// <summary>
    /// Registers the outbound Bot Connector client (<see cref="IConnectorClient"/>, a typed HttpClient), the trusted
    /// service-url registry (<see cref="IServiceUrlTrust"/>, singleton), the token provider (<see cref="IBotTokenProvider"/>,
    /// singleton) and <see cref="ConnectorMetrics"/>. Binds <see cref="ConnectorOptions"/> from <c>Connector</c> and
    /// <see cref="BotIdentityOptions"/> from the root keys (MicrosoftAppId …); both are validated at startup.
    /// </summary>
    public static IServiceCollection AddBotConnector(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<ConnectorOptions>().Bind(configuration.GetSection(ConnectorOptions.SectionName)).ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<ConnectorOptions>, ConnectorOptionsValidator>());
        services.AddOptions<BotIdentityOptions>().Bind(configuration).ValidateOnStart();
        // The identity rules live with inbound auth; registering the same validator twice is a no-op.
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<BotIdentityOptions>, BotIdentityOptionsValidator>());

        services.AddMetrics();
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<ConnectorMetrics>();
        services.TryAddSingleton<IServiceUrlTrust, ServiceUrlTrust>();
        services.TryAddSingleton<IBotTokenProvider, BotTokenProvider>();
        services.TryAddTransient<BotAuthorizationHandler>();

        // The token provider is a singleton holding this client, so connections are recycled by lifetime, not by the factory.
        services.AddHttpClient(BotTokenProvider.HttpClientName)
            .ConfigurePrimaryHttpMessageHandler(() => new SocketsHttpHandler { AllowAutoRedirect = false, PooledConnectionLifetime = TimeSpan.FromMinutes(5) });

        services.AddHttpClient<IConnectorClient, ConnectorClient>(client =>
            {
                // Per-attempt timeouts are enforced by ConnectorClient (Connector:RequestTimeout).
                client.Timeout = Timeout.InfiniteTimeSpan;
            })
            .ConfigurePrimaryHttpMessageHandler(() => new SocketsHttpHandler
            {
                // A redirect must never carry the token to another host.
                AllowAutoRedirect = false,
                PooledConnectionLifetime = TimeSpan.FromMinutes(5),
            })
            .AddHttpMessageHandler<BotAuthorizationHandler>();

        return services;
    }
}
