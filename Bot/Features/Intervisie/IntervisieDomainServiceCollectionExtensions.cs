using IntervisieBot.Features.Intervisie.Methods;
using IntervisieBot.Features.Intervisie.Rounds;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace IntervisieBot.Features.Intervisie;

public static class IntervisieDomainServiceCollectionExtensions
{
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
