using IntervisieBot.Cards.Common;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace IntervisieBot.Cards;

public static class CardsServiceCollectionExtensions
{
    /// <summary>Card infrastructure: the sample sources of the shared cards (error, unknown command).</summary>
    public static IServiceCollection AddCards(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configuration);
        return services.AddCardSampleSource<CommonCardSamples>();
    }

    /// <summary>
    /// Registers a feature's sample cards for <c>cards dump</c> and the card validation tests. Idempotent.
    /// </summary>
    public static IServiceCollection AddCardSampleSource<TSource>(this IServiceCollection services)
        where TSource : class, ICardSampleSource
    {
        services.TryAddEnumerable(ServiceDescriptor.Singleton<ICardSampleSource, TSource>());
        return services;
    }
}
