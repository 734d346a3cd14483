using IntervisieBot.Cards.Common;
using IntervisieBot.Protocol.Turns;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace IntervisieBot.Cards;

public static class CardsServiceCollectionExtensions
{
    /// <summary>
    /// Card infrastructure: every card a card action returns is kept under Teams' limit (<see cref="CardFitter"/>; cards sent
    /// through the connector are fitted by <see cref="CardAttachment"/>), and the sample sources of the shared cards.
    /// </summary>
    public static IServiceCollection AddCards(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configuration);
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IReplyCardFitter, ReplyCardFitter>());
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
