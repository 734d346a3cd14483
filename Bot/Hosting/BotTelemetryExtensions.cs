using IntervisieBot.Protocol.Connector;
using IntervisieBot.Protocol.Turns;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging.Console;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;

namespace IntervisieBot.Hosting;

/// <summary>
/// Logs, traces and metrics. Outside Development the console log is one JSON object per line with scopes (activity id,
/// activity type, conversation id; never user text). When <see cref="OtlpEndpointKey"/> is set, traces (our turns, ASP.NET
/// Core, outgoing HTTP) and metrics (meters <see cref="TurnTelemetry.Name"/> and <see cref="ConnectorMetrics.MeterName"/>,
/// ASP.NET Core, outgoing HTTP) are exported over OTLP; without it no OpenTelemetry SDK is registered at all.
/// The standard <c>OTEL_EXPORTER_OTLP_*</c> variables (protocol, headers) are honoured by the exporter.
/// </summary>
public static class BotTelemetryExtensions
{
    public const string OtlpEndpointKey = "OTEL_EXPORTER_OTLP_ENDPOINT";
    public const string ServiceName = "IntervisieBot";

    /// <summary>JSON console logs outside Development, plus <see cref="AddBotTelemetry"/>.</summary>
    public static WebApplicationBuilder AddBotObservability(this WebApplicationBuilder builder)
    {
        if (!builder.Environment.IsDevelopment())
        {
            builder.Logging.AddJsonConsole(options =>
            {
                options.IncludeScopes = true;
                options.UseUtcTimestamp = true;
                options.TimestampFormat = "yyyy-MM-dd'T'HH:mm:ss.fff'Z' ";
                options.JsonWriterOptions = new() { Indented = false };
            });
        }
        builder.Services.AddBotTelemetry(builder.Configuration);
        return builder;
    }

    /// <summary>The bot's meters (always, they cost nothing without a listener) and the OTLP export when configured.</summary>
    public static IServiceCollection AddBotTelemetry(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddMetrics();
        services.TryAddSingleton<TurnTelemetry>();
        services.TryAddSingleton<ReminderMetrics>();
        if (!IsOtlpConfigured(configuration)) return services;

        services.AddOpenTelemetry()
            .ConfigureResource(resource => resource.AddService(ServiceName))
            .WithTracing(tracing => tracing
                .AddSource(TurnTelemetry.Name)
                .AddAspNetCoreInstrumentation(options => options.Filter = http => !IsProbe(http.Request.Path))
                .AddHttpClientInstrumentation()
                .AddOtlpExporter())
            .WithMetrics(metrics => metrics
                .AddMeter(TurnTelemetry.Name, ConnectorMetrics.MeterName)
                .AddAspNetCoreInstrumentation()
                .AddHttpClientInstrumentation()
                .AddOtlpExporter());
        return services;
    }

    public static bool IsOtlpConfigured(IConfiguration configuration) =>
        Uri.TryCreate(configuration[OtlpEndpointKey], UriKind.Absolute, out var endpoint)
        && (endpoint.Scheme == Uri.UriSchemeHttp || endpoint.Scheme == Uri.UriSchemeHttps);

    private static bool IsProbe(PathString path) => path.StartsWithSegments("/healthz") || path.StartsWithSegments("/readyz");
}
