using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace IntervisieBot.Privacy;

public static class PrivacyServiceCollectionExtensions
{
    /// <summary>
    /// Registers <see cref="IPersonalDataGuard"/> as a singleton (thread-safe; its regexes are compiled once).
    /// Roles and retention are composed separately.
    /// </summary>
    public static IServiceCollection AddPrivacyGuard(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.AddLogging();
        services.TryAddSingleton<IPersonalDataGuard, PersonalDataGuard>();
        return services;
    }
}
