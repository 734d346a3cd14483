using IntervisieBot.Features.Reminders.Handlers;
using IntervisieBot.Protocol.Connector;
using IntervisieBot.Protocol.Turns;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging.Console;
using Azure.Monitor.OpenTelemetry.AspNetCore;
using OpenTelemetry.Instrumentation.AspNetCore;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;

namespace IntervisieBot.Hosting;

/// <summary>
/// Logs, traces and metrics. Outside Development the console log is one JSON object per line with scopes (activity id,
/// activity type, conversation id; never user text). When <see cref="OtlpEndpointKey"/> is set, traces (our turns, ASP.NET
/// Core, outgoing HTTP) and metrics (meters <see cref="TurnTelemetry.Name"/> and <see cref="ConnectorMetrics.MeterName"/>,
/// ASP.NET Core, outgoing HTTP) are exported over OTLP. When <see cref="AzureMonitorConnectionStringKey"/> is set (the
/// Bicep sets it), the Azure Monitor OpenTelemetry distro exports the same traces and metrics, and the logs, to
/// Application Insights; both can be on at once. With neither, no OpenTelemetry SDK is registered at all.
/// The standard <c>OTEL_EXPORTER_OTLP_*</c> variables (protocol, headers) are honoured by the OTLP exporter.
/// Nothing exported carries free text: span tags and log scopes are ids, types and verbs only.
/// </summary>
public static class BotTelemetryExtensions
{
    public const string OtlpEndpointKey = "OTEL_EXPORTER_OTLP_ENDPOINT";
    public const string AzureMonitorConnectionStringKey = "APPLICATIONINSIGHTS_CONNECTION_STRING";
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
        var otlp = IsOtlpConfigured(configuration);
        var azureMonitor = AzureMonitorConnectionString(configuration);
        if (!otlp && azureMonitor is null) return services;

        var telemetry = services.AddOpenTelemetry().ConfigureResource(resource => resource.AddService(ServiceName));
        services.Configure<AspNetCoreTraceInstrumentationOptions>(options => options.Filter = http => !IsProbe(http.Request.Path));
        if (azureMonitor is not null)
        {
            // The distro adds ASP.NET Core and HttpClient instrumentation and exports traces, metrics and logs.
            telemetry.UseAzureMonitor(options => options.ConnectionString = azureMonitor);
        }
        telemetry
            .WithTracing(tracing =>
            {
                tracing.AddSource(TurnTelemetry.Name);
                if (azureMonitor is null) tracing.AddAspNetCoreInstrumentation().AddHttpClientInstrumentation();
                if (otlp) tracing.AddOtlpExporter();
            })
            .WithMetrics(metrics =>
            {
                metrics.AddMeter(TurnTelemetry.Name, ConnectorMetrics.MeterName);
                if (azureMonitor is null) metrics.AddAspNetCoreInstrumentation().AddHttpClientInstrumentation();
                if (otlp) metrics.AddOtlpExporter();
            });
        return services;
    }

    /// <summary>The Application Insights connection string when one is configured, else null.</summary>
    public static string? AzureMonitorConnectionString(IConfiguration configuration) =>
        configuration[AzureMonitorConnectionStringKey] is { } value && value.Contains("InstrumentationKey=", StringComparison.OrdinalIgnoreCase)
            ? value
            : null;

    public static bool IsOtlpConfigured(IConfiguration configuration) =>
        Uri.TryCreate(configuration[OtlpEndpointKey], UriKind.Absolute, out var endpoint)
        && (endpoint.Scheme == Uri.UriSchemeHttp || endpoint.Scheme == Uri.UriSchemeHttps);

    private static bool IsProbe(PathString path) => path.StartsWithSegments("/healthz") || path.StartsWithSegments("/readyz");
}
