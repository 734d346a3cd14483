using System.Net;
using IntervisieBot.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace IntervisieBot.Tests.Hosting;

/// <summary>Stopping the host lets every acknowledged turn finish; requests that arrive meanwhile get 503 and /readyz says not ready.</summary>
public sealed class GracefulShutdownTests : IAsyncLifetime
{
    private const int Messages = 12;
    private static readonly TimeSpan Wait = TimeSpan.FromSeconds(30);
    private readonly ManualResetEventSlim _connectorGate = new(initialState: false);
    private readonly TaskCompletionSource _firstReplyArrived = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private LoopbackConnector _connector = null!;
    private BotApplicationFactory _bot = null!;

    public async Task InitializeAsync()
    {
        _connector = await LoopbackConnector.StartAsync();
        // The connector holds the first reply until the test opens the gate, so the other turns are still queued
        // when the host is told to stop (one background worker).
        _connector.FailureRule = _ =>
        {
            _firstReplyArrived.TrySetResult();
            _connectorGate.Wait(Wait);
            return null;
        };
        _bot = new BotApplicationFactory(new Dictionary<string, string?> { ["Turns:BackgroundConcurrency"] = "1" });
    }

    public async Task DisposeAsync()
    {
        _connectorGate.Set();
        await _bot.DisposeAsync();
        await _connector.DisposeAsync();
        _connectorGate.Dispose();
    }

    [Fact]
    public async Task StopAsync_WithQueuedTurns_DeliversEveryReplyAndRefusesNewRequests()
    {
        var conversations = Enumerable.Range(1, Messages).Select(i => $"a:shutdown-{i}").ToList();
        foreach (var conversation in conversations)
        {
            var accepted = await _bot.PostActivityAsync(TestActivities.Message(_connector.ServiceUrl, "help", conversationId: conversation));
            Assert.Equal(HttpStatusCode.OK, accepted.StatusCode);
        }
        await _firstReplyArrived.Task.WaitAsync(Wait);

        var lifetime = _bot.Services.GetRequiredService<IHostApplicationLifetime>();
        var stopping = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        lifetime.ApplicationStopping.Register(stopping.SetResult);
        var stopped = _bot.Services.GetRequiredService<IHost>().StopAsync();
        await stopping.Task.WaitAsync(Wait);
        Assert.Empty(_connector.Requests); // every reply is still pending: the first is held, the rest are queued

        var late = await _bot.PostActivityAsync(TestActivities.Message(_connector.ServiceUrl, "help", conversationId: "a:shutdown-late"));
        Assert.Equal(HttpStatusCode.ServiceUnavailable, late.StatusCode);
        Assert.Equal("5", late.Headers.GetValues("Retry-After").Single());
        var ready = await _bot.CreateClient().GetAsync("/readyz");
        Assert.Equal(HttpStatusCode.ServiceUnavailable, ready.StatusCode);

        _connectorGate.Set();
        await stopped.WaitAsync(Wait);

        var replies = _connector.Requests.Where(r => r.Operation == "Send" && r.Succeeded).ToList();
        Assert.Equal(conversations.Order(), replies.Select(r => r.ConversationId!).Order());
        Assert.DoesNotContain(_connector.Requests, r => r.ConversationId == "a:shutdown-late");
    }
}
