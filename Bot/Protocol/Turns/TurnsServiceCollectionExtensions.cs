using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.AspNetCore.Routing;

namespace IntervisieBot.Protocol.Turns;

public static class TurnsServiceCollectionExtensions
{
    public const string MessagesPath = "/api/messages";

    /// <summary>The endpoint, route table (from every <see cref="IRouteContributor"/>), dispatcher, queue and worker.</summary>
    public static IServiceCollection AddBotTurns(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<TurnOptions>()
            .Bind(configuration.GetSection(TurnOptions.Section))
            .Validate(o => o.MaxBodyBytes > 0 && o.BackgroundConcurrency > 0 && o.QueueCapacity > 0 && o.MaxAttempts > 0, "Turns options must be positive.")
            .Validate(o => o.MaxBodyBytes <= 768 * 1024, "Turns:MaxBodyBytes must fit in one inbox row (at most 768 KiB).")
            .Validate(o => o.IntakeTimeout > TimeSpan.Zero && o.InvokeTimeout > o.IntakeTimeout && o.RecoveryInterval > TimeSpan.Zero,
                "Turns:IntakeTimeout and RecoveryInterval must be positive and InvokeTimeout longer than IntakeTimeout.")
            .Validate(o => o.InboxLease > o.BackgroundTurnTimeout + o.CompletionRetryWindow,
                "Turns:InboxLease must exceed BackgroundTurnTimeout plus CompletionRetryWindow, or a slow turn would be run twice.")
            .ValidateOnStart();
        services.AddSingleton(sp =>
        {
            var builder = new RouteTableBuilder();
            foreach (var contributor in sp.GetServices<IRouteContributor>()) contributor.AddRoutes(builder);
            return builder.Build();
        });
        services.AddOptions<Auth.TenantAllowListOptions>().Bind(configuration);
        services.AddSingleton<Auth.TenantAllowList>();
        services.AddMetrics();
        services.TryAddSingleton<TurnTelemetry>();
        services.AddSingleton<TurnDispatcher>();
        services.AddSingleton<TurnQueue>();
        services.AddSingleton<TurnRunner>();
        services.AddSingleton<ActivityEndpoint>();
        services.AddHostedService<TurnWorker>();
        services.AddHostedService<InboxRecoveryService>();
        services.TryAddSingleton(TimeProvider.System);
        return services;
    }

    public static IEndpointRouteBuilder MapBotTurns(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapPost(MessagesPath, (HttpContext http, ActivityEndpoint endpoint) => endpoint.HandleAsync(http));
        // The Agents Playground probes the endpoint with HEAD before connecting.
        endpoints.MapMethods(MessagesPath, ["HEAD"], () => Results.Ok());
        return endpoints;
    }
}
