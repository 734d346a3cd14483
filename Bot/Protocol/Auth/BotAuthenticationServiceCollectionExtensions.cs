using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace IntervisieBot.Protocol.Auth;

public static class BotAuthenticationServiceCollectionExtensions
{
    private const int MaximumKeyDocumentBytes = 512 * 1024;

    /// <summary>
    /// Registers inbound authentication: <see cref="BotIdentityOptions"/> bound from the root keys (MicrosoftAppId, …),
    /// <see cref="BotAuthOptions"/> from section <c>BotAuth</c>, both validated at startup, and the
    /// <see cref="IInboundAuthenticator"/>: JWT validation when an app id is configured, otherwise the guarded
    /// loopback-only development mode.
    /// </summary>
    public static IServiceCollection AddBotAuthentication(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);

        services.AddOptions<BotIdentityOptions>().Bind(configuration).ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<BotIdentityOptions>, BotIdentityOptionsValidator>());
        services.AddOptions<BotAuthOptions>().Bind(configuration.GetSection(BotAuthOptions.SectionName)).ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<BotAuthOptions>, BotAuthOptionsValidator>());

        services.TryAddSingleton(TimeProvider.System);
        services.AddHttpContextAccessor();
        services.AddHttpClient(OpenIdSigningKeySource.HttpClientName, client =>
        {
            client.MaxResponseContentBufferSize = MaximumKeyDocumentBytes;
            client.Timeout = TimeSpan.FromMinutes(1);
        });

        services.TryAddSingleton<DevelopmentModeState>();
        services.AddHostedService<DevelopmentModeGuard>();
        services.TryAddSingleton<JwtInboundAuthenticator>();
        services.TryAddSingleton<DevelopmentModeAuthenticator>();
        services.TryAddSingleton<IInboundAuthenticator>(provider =>
            provider.GetRequiredService<IOptions<BotIdentityOptions>>().Value.IsDevelopmentMode
                ? provider.GetRequiredService<DevelopmentModeAuthenticator>()
                : provider.GetRequiredService<JwtInboundAuthenticator>());

        return services;
    }
}
