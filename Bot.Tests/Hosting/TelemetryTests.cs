using System.Net;
using System.Net.Http.Json;
using IntervisieBot.Features.Reminders.Handlers;
using IntervisieBot.Hosting;
using IntervisieBot.Protocol.Connector;
using IntervisieBot.Protocol.Turns;
using IntervisieBot.Tests.Infrastructure;
using Azure.Monitor.OpenTelemetry.AspNetCore;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using OpenTelemetry.Metrics;
using OpenTelemetry.Trace;

namespace IntervisieBot.Tests.Hosting;

/// <summary>The bot's meters see real turns; the OTLP export exists only when an endpoint is configured, and then exports.</summary>
public sealed class TelemetryTests : IAsyncLifetime
{
    private static readonly TimeSpan Wait = TimeSpan.FromSeconds(20);
    private LoopbackConnector _connector = null!;

    public async Task InitializeAsync() => _connector = await LoopbackConnector.StartAsync();

    public async Task DisposeAsync() => await _connector.DisposeAsync();

    [Fact]
    public async Task HelpMessage_IncrementsTurnsCounterForMessages()
    {
        await using var bot = new BotApplicationFactory();
        using var meters = new MeterRecorder(bot.Services.GetRequiredService<TurnTelemetry>().Meter);

        var response = await bot.PostActivityAsync(TestActivities.Message(_connector.ServiceUrl, "help"));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);

        var turn = await meters.WaitForAsync("intervisiebot.turns", ("activity.type", "message"));
        Assert.Equal(1, turn.Value);
        Assert.Equal(0, meters.Sum("intervisiebot.card_actions"));
    }

    [Fact]
    public async Task CardActionInvoke_CountsVerbTurnAndInvokeDuration()
    {
        await using var bot = new BotApplicationFactory();
        using var meters = new MeterRecorder(bot.Services.GetRequiredService<TurnTelemetry>().Meter);

        // roles.save in a personal chat: a real route that answers with a refusal card.
        var response = await bot.PostActivityAsync(TestActivities.CardAction(_connector.ServiceUrl, "roles.save", new { teamleiders = "" }));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);

        Assert.Equal(1, meters.Sum("intervisiebot.card_actions", ("verb", "roles.save"), ("via", "invoke")));
        Assert.Equal(1, meters.Sum("intervisiebot.turns", ("activity.type", "invoke")));
        var duration = Assert.Single(meters.Measurements, m => m.Instrument == "intervisiebot.invoke.duration");
        Assert.Equal("adaptiveCard/action", duration.Tags["invoke.name"]);
        Assert.Equal(200, duration.Tags["status"]);
        Assert.True(duration.Value > 0);
    }

    [Fact]
    public async Task CardActionWithUnknownVerb_IsNotCountedAsCardAction()
    {
        await using var bot = new BotApplicationFactory();
        using var meters = new MeterRecorder(bot.Services.GetRequiredService<TurnTelemetry>().Meter);

        var response = await bot.PostActivityAsync(TestActivities.CardAction(_connector.ServiceUrl, "made.up.verb", new { }));

        Assert.Equal(HttpStatusCode.NotImplemented, response.StatusCode);
        Assert.Equal(0, meters.Sum("intervisiebot.card_actions"));
        Assert.Equal(1, meters.Sum("intervisiebot.turns", ("activity.type", "invoke")));
    }

    [Fact]
    public async Task ThrottledReply_IsCountedOnTheConnectorMeter()
    {
        await using var bot = new BotApplicationFactory();
        using var meters = new MeterRecorder(bot.Services.GetRequiredService<ConnectorMetrics>().Meter);
        _connector.EnqueueFailures(ScriptedFailure.Throttled(0));

        await bot.PostActivityAsync(TestActivities.Message(_connector.ServiceUrl, "help"));
        await _connector.WaitForRequestsAsync(r => r.Succeeded, 1, Wait);

        Assert.Equal(1, meters.Sum("intervisiebot.connector.throttled"));
        Assert.Equal(1, meters.Sum("intervisiebot.connector.retries", ("status", 429)));
    }

    [Fact]
    public async Task ReminderMetrics_CountsOnTheBotMeter()
    {
        await using var bot = new BotApplicationFactory();
        var reminders = bot.Services.GetRequiredService<ReminderMetrics>();
        Assert.Same(bot.Services.GetRequiredService<TurnTelemetry>().Meter, reminders.Meter);
        using var meters = new MeterRecorder(reminders.Meter);

        reminders.Sent("follow-up");

        Assert.Equal(1, meters.Sum("intervisiebot.reminders.sent", ("kind", "follow-up")));
    }

    [Fact]
    public async Task NoOtlpEndpoint_RegistersNoOpenTelemetrySdk()
    {
        await using var factory = new BotApplicationFactory();
        await using var bot = factory.WithWebHostBuilder(host => host.UseSetting(BotTelemetryExtensions.OtlpEndpointKey, ""));

        Assert.Null(bot.Services.GetService<TracerProvider>());
        Assert.Null(bot.Services.GetService<MeterProvider>());
    }

    [Fact]
    public async Task OtlpEndpoint_ExportsTurnSpansAndBotMetrics()
    {
        await using var collector = await OtlpCollector.StartAsync();
        await using var factory = new BotApplicationFactory();
        // Host settings (not app configuration) so the composition sees them while it registers services, as it sees
        // environment variables in production.
        await using var bot = factory.WithWebHostBuilder(host => host
            .UseSetting(BotTelemetryExtensions.OtlpEndpointKey, collector.Endpoint.ToString().TrimEnd('/'))
            .UseSetting("OTEL_EXPORTER_OTLP_PROTOCOL", "http/protobuf"));
        using var meters = new MeterRecorder(bot.Services.GetRequiredService<TurnTelemetry>().Meter);
        _connector.EnqueueFailures(ScriptedFailure.Throttled(0));

        await bot.CreateClient().PostAsync("/api/messages", JsonContent.Create(TestActivities.Message(_connector.ServiceUrl, "help")));
        await meters.WaitForAsync("intervisiebot.turns"); // the turn has finished (counted after its reply)

        Assert.True(bot.Services.GetRequiredService<TracerProvider>().ForceFlush(20_000));
        Assert.True(bot.Services.GetRequiredService<MeterProvider>().ForceFlush(20_000));
        Assert.True(collector.Received("/v1/traces", "turn message"), "paths: " + string.Join(", ", collector.Paths));
        Assert.True(collector.Received("/v1/metrics", "intervisiebot.turns"));
        Assert.True(collector.Received("/v1/metrics", "intervisiebot.connector.throttled"));
    }

    [Fact]
    public async Task AzureMonitorConnectionString_ExportsTurnSpansToApplicationInsights_WithoutFreeText()
    {
        const string secret = "ZEBRAPAD-7731";
        await using var ingestion = await OtlpCollector.StartAsync();
        var endpoint = ingestion.Endpoint.ToString();
        await using var factory = new BotApplicationFactory();
        await using var bot = factory.WithWebHostBuilder(host => host
            .UseSetting(BotTelemetryExtensions.OtlpEndpointKey, "")
            .UseSetting(BotTelemetryExtensions.AzureMonitorConnectionStringKey,
                $"InstrumentationKey=00000000-0000-0000-0000-000000000001;IngestionEndpoint={endpoint};LiveEndpoint={endpoint}")
            // Spans of every bot the test run hosts share one ActivitySource: no rate-limited sampling may drop this one.
            .ConfigureTestServices(services => services.Configure<AzureMonitorOptions>(options =>
            {
                options.TracesPerSecond = null;
                options.SamplingRatio = 1.0F;
            })));
        using var meters = new MeterRecorder(bot.Services.GetRequiredService<TurnTelemetry>().Meter);

        await bot.CreateClient().PostAsync("/api/messages", JsonContent.Create(
            TestActivities.Message(_connector.ServiceUrl, $"casus: een verzonnen klant wil hulp bij {secret} en schulden")));
        await meters.WaitForAsync("intervisiebot.turns");

        // The turn's span ends just after the turn is counted: flush until the ingestion endpoint has it (a state, not a delay).
        var tracer = bot.Services.GetRequiredService<TracerProvider>();
        var deadline = DateTime.UtcNow.AddSeconds(60);
        IReadOnlyList<string> exported;
        do
        {
            Assert.True(tracer.ForceFlush(20_000));
            exported = ingestion.Texts("/v2.1/track");
        }
        while (!exported.Any(text => text.Contains("turn message", StringComparison.Ordinal)) && DateTime.UtcNow < deadline);

        Assert.True(exported.Any(text => text.Contains("turn message", StringComparison.Ordinal)), "paths: " + string.Join(", ", ingestion.Paths));
        Assert.DoesNotContain(exported, text => text.Contains(secret, StringComparison.Ordinal));
        Assert.DoesNotContain(exported, text => text.Contains("schulden", StringComparison.Ordinal));
    }

    [Fact]
    public void AzureMonitorConnectionString_OnlyAConnectionStringWithAnInstrumentationKeyCounts()
    {
        static IConfiguration With(string? value) =>
            new ConfigurationBuilder().AddInMemoryCollection(
                new Dictionary<string, string?> { [BotTelemetryExtensions.AzureMonitorConnectionStringKey] = value }).Build();

        Assert.Null(BotTelemetryExtensions.AzureMonitorConnectionString(With(null)));
        Assert.Null(BotTelemetryExtensions.AzureMonitorConnectionString(With("")));
        Assert.NotNull(BotTelemetryExtensions.AzureMonitorConnectionString(With("InstrumentationKey=00000000-0000-0000-0000-000000000001")));
    }
}
