using System.Diagnostics.Metrics;
using System.Globalization;
using IntervisieBot.Protocol.Connector;
using IntervisieBot.Protocol.Schema;
using IntervisieBot.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Xunit.Abstractions;

namespace IntervisieBot.Tests.Protocol.Connector;

public sealed class ConnectorRetryTests(ITestOutputHelper output)
{
    private static readonly Activity Message = new() { Type = ActivityTypes.Message, Text = "Herinnering" };

    [Fact]
    public async Task SendAsync_429WithRetryAfterSeconds_WaitsExactlyThatLongThenSucceeds()
    {
        await using var harness = await ConnectorHarness.StartAsync();
        using var counters = new CounterSnapshot(harness.Services.GetRequiredService<ConnectorMetrics>().Meter);
        harness.Connector.EnqueueFailures(ScriptedFailure.Throttled(7));

        var response = await harness.Client.SendAsync(harness.ServiceUrl, "a:1", Message, CancellationToken.None);

        Assert.Equal([429, 200], harness.Connector.Requests.Select(r => r.ResponseStatus));
        Assert.Equal([TimeSpan.FromSeconds(7)], harness.Time.RequestedDelays);
        Assert.Equal(harness.Connector.Requests[1].ResponseId, response.Id);
        Assert.Equal(2, counters.Total("intervisiebot.connector.requests"));
        Assert.Equal(1, counters.Total("intervisiebot.connector.retries"));
        Assert.Equal(1, counters.Total("intervisiebot.connector.throttled"));
    }

    [Fact]
    public async Task SendAsync_429WithRetryAfterHttpDate_WaitsUntilThatDate()
    {
        await using var harness = await ConnectorHarness.StartAsync();
        var date = harness.Time.GetUtcNow().AddSeconds(12).ToString("r", CultureInfo.InvariantCulture);
        harness.Connector.EnqueueFailures(new ScriptedFailure(429, date, "Throttled"));

        await harness.Client.SendAsync(harness.ServiceUrl, "a:1", Message, CancellationToken.None);

        Assert.Equal(2, harness.Connector.Requests.Count);
        Assert.Equal([TimeSpan.FromSeconds(12)], harness.Time.RequestedDelays);
    }

    [Fact]
    public async Task SendAsync_RetryAfterAboveCap_WaitsOnlyMaxDelay()
    {
        await using var harness = await ConnectorHarness.StartAsync(settings: new Dictionary<string, string?> { ["Connector:MaxDelay"] = "00:00:20" });
        harness.Connector.EnqueueFailures(ScriptedFailure.Throttled(600));

        await harness.Client.SendAsync(harness.ServiceUrl, "a:1", Message, CancellationToken.None);

        Assert.Equal([TimeSpan.FromSeconds(20)], harness.Time.RequestedDelays);
    }

    [Fact]
    public async Task SendAsync_503ThenSuccess_RetriesOnceWithJitteredBaseDelay()
    {
        await using var harness = await ConnectorHarness.StartAsync();
        harness.Connector.EnqueueFailures(new ScriptedFailure(503));

        var response = await harness.Client.SendAsync(harness.ServiceUrl, "a:1", Message, CancellationToken.None);

        Assert.Equal([503, 200], harness.Connector.Requests.Select(r => r.ResponseStatus));
        var delay = Assert.Single(harness.Time.RequestedDelays);
        Assert.InRange(delay, TimeSpan.FromSeconds(0.8), TimeSpan.FromSeconds(1.2));
        Assert.NotNull(response.Id);
    }

    [Theory]
    [InlineData(412)]
    [InlineData(502)]
    [InlineData(504)]
    public async Task SendAsync_OtherTransientStatus_RetriedThenSucceeds(int status)
    {
        await using var harness = await ConnectorHarness.StartAsync();
        harness.Connector.EnqueueFailures(new ScriptedFailure(status));

        await harness.Client.SendAsync(harness.ServiceUrl, "a:1", Message, CancellationToken.None);

        Assert.Equal([status, 200], harness.Connector.Requests.Select(r => r.ResponseStatus));
    }

    [Fact]
    public async Task SendAsync_AlwaysUnavailable_GivesUpAfterFourAttemptsWithGrowingDelays()
    {
        await using var harness = await ConnectorHarness.StartAsync();
        harness.Connector.EnqueueFailures([.. Enumerable.Repeat(new ScriptedFailure(503, ErrorCode: "ServiceUnavailable", CorrelationId: "corr-42"), 10)]);

        var error = await Assert.ThrowsAsync<ConnectorException>(() => harness.Client.SendAsync(harness.ServiceUrl, "a:1", Message, CancellationToken.None));

        Assert.Equal(4, harness.Connector.Requests.Count);
        Assert.Equal(503, error.StatusCode);
        Assert.Equal("ServiceUnavailable", error.ErrorCode);
        Assert.Equal("corr-42", error.CorrelationId);
        Assert.False(error.IsPermanent);
        var delays = harness.Time.RequestedDelays;
        Assert.Equal(3, delays.Count);
        Assert.InRange(delays[0], TimeSpan.FromSeconds(0.8), TimeSpan.FromSeconds(1.2));
        Assert.InRange(delays[1], TimeSpan.FromSeconds(1.6), TimeSpan.FromSeconds(2.4));
        Assert.InRange(delays[2], TimeSpan.FromSeconds(3.2), TimeSpan.FromSeconds(4.8));
    }

    [Fact]
    public async Task SendAsync_ConfiguredMaxAttempts_BoundsAttempts()
    {
        await using var harness = await ConnectorHarness.StartAsync(settings: new Dictionary<string, string?> { ["Connector:MaxAttempts"] = "2" });
        harness.Connector.EnqueueFailures(new ScriptedFailure(502), new ScriptedFailure(502), new ScriptedFailure(502));

        var error = await Assert.ThrowsAsync<ConnectorException>(() => harness.Client.SendAsync(harness.ServiceUrl, "a:1", Message, CancellationToken.None));

        Assert.Equal(502, error.StatusCode);
        Assert.Equal(2, harness.Connector.Requests.Count);
    }

    [Fact]
    public async Task SendAsync_RetryAfterWouldExceedTotalDelay_GivesUpAndReportsRetryAfter()
    {
        await using var harness = await ConnectorHarness.StartAsync();
        harness.Connector.EnqueueFailures(ScriptedFailure.Throttled(25), ScriptedFailure.Throttled(25), ScriptedFailure.Throttled(25), ScriptedFailure.Throttled(25));

        var error = await Assert.ThrowsAsync<ConnectorException>(() => harness.Client.SendAsync(harness.ServiceUrl, "a:1", Message, CancellationToken.None));

        // 25 s + 25 s fit in the default 60 s total; a third wait of 25 s would not.
        Assert.Equal(3, harness.Connector.Requests.Count);
        Assert.Equal([TimeSpan.FromSeconds(25), TimeSpan.FromSeconds(25)], harness.Time.RequestedDelays);
        Assert.Equal(429, error.StatusCode);
        Assert.Equal(TimeSpan.FromSeconds(25), error.RetryAfter);
    }

    [Theory]
    [InlineData(400, true)]
    [InlineData(401, true)]
    [InlineData(403, true)]
    [InlineData(404, true)]
    [InlineData(413, true)]
    [InlineData(500, false)]
    public async Task SendAsync_NonTransientStatus_NotRetried(int status, bool permanent)
    {
        await using var harness = await ConnectorHarness.StartAsync();
        harness.Connector.EnqueueFailures(new ScriptedFailure(status, ErrorCode: "BotNotInConversationRoster"));

        var error = await Assert.ThrowsAsync<ConnectorException>(() => harness.Client.SendAsync(harness.ServiceUrl, "a:1", Message, CancellationToken.None));

        Assert.Single(harness.Connector.Requests);
        Assert.Empty(harness.Time.RequestedDelays);
        Assert.Equal(status, error.StatusCode);
        Assert.Equal("BotNotInConversationRoster", error.ErrorCode);
        Assert.Equal(permanent, error.IsPermanent);
    }

    [Fact]
    public async Task UpdateAsync_412ThenSuccess_RetriesThePut()
    {
        await using var harness = await ConnectorHarness.StartAsync();
        harness.Connector.EnqueueFailures(new ScriptedFailure(412));

        await harness.Client.UpdateAsync(harness.ServiceUrl, "a:1", "1700000000001", Message, CancellationToken.None);

        Assert.Equal(["PUT", "PUT"], harness.Connector.Requests.Select(r => r.Method));
        Assert.All(harness.Connector.Requests, r => Assert.Equal("Herinnering", r.Text));
    }

    [Fact]
    public async Task UpdateAsync_500ThenSuccess_RetriesThePut_WhileASendIsNotRetried()
    {
        await using var harness = await ConnectorHarness.StartAsync();
        harness.Connector.EnqueueFailures(new ScriptedFailure(500));

        await harness.Client.UpdateAsync(harness.ServiceUrl, "a:1", "1700000000001", Message, CancellationToken.None);

        // A PUT replaces the whole activity, so repeating it cannot post twice; a POST after a 500 might have been delivered.
        Assert.Equal([(500, "PUT"), (200, "PUT")], harness.Connector.Requests.Select(r => (r.ResponseStatus, r.Method)));
        harness.Connector.EnqueueFailures(new ScriptedFailure(500));
        await Assert.ThrowsAsync<ConnectorException>(() => harness.Client.SendAsync(harness.ServiceUrl, "a:1", Message, CancellationToken.None));
        Assert.Equal(3, harness.Connector.Requests.Count);
    }

    [Fact]
    public async Task SendAsync_RandomThrottlingUnderLoad_EveryMessageDeliveredOnceSuccessfully()
    {
        await using var harness = await ConnectorHarness.StartAsync(settings: new Dictionary<string, string?> { ["Connector:MaxAttempts"] = "10", ["Connector:MaxTotalDelay"] = "00:10:00" });
        harness.Connector.FailRandomly(0.3, ScriptedFailure.Throttled(1), seed: 1234);

        var ids = await Task.WhenAll(Enumerable.Range(0, 40).Select(i =>
            harness.Client.SendAsync(harness.ServiceUrl, "a:" + i, Message, CancellationToken.None)));

        var delivered = harness.Connector.Requests.Where(r => r.Succeeded).ToList();
        Assert.Equal(40, delivered.Count);
        Assert.Equal(40, delivered.Select(r => r.ConversationId).Distinct().Count());
        Assert.Equal(delivered.Select(r => r.ResponseId).Order(), ids.Select(r => r.Id).Order());
        Assert.Equal(harness.Connector.Requests.Count(r => r.ResponseStatus == 429), harness.Time.RequestedDelays.Count);
        output.WriteLine($"40 sends, 30% throttled: {harness.Connector.Requests.Count} requests, {harness.Time.RequestedDelays.Count} retries, {harness.Time.RequestedDelays.Sum(d => d.TotalSeconds)} s of (fake) waiting");
    }

    /// <summary>Sums the long counters of one meter instance (this test's service provider only).</summary>
    private sealed class CounterSnapshot : IDisposable
    {
        private readonly MeterListener _listener = new();
        private readonly Dictionary<string, long> _totals = [];
        private readonly Lock _gate = new();

        public CounterSnapshot(Meter meter)
        {
            _listener.InstrumentPublished = (instrument, listener) =>
            {
                if (ReferenceEquals(instrument.Meter, meter)) listener.EnableMeasurementEvents(instrument);
            };
            _listener.SetMeasurementEventCallback<long>((instrument, value, _, _) =>
            {
                lock (_gate) _totals[instrument.Name] = _totals.GetValueOrDefault(instrument.Name) + value;
            });
            _listener.Start();
        }

        public long Total(string name)
        {
            lock (_gate) return _totals.GetValueOrDefault(name);
        }

        public void Dispose() => _listener.Dispose();
    }
}
