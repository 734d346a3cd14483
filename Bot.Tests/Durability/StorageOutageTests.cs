using System.Diagnostics;
using System.Net;
using System.Text.Json;
using IntervisieBot.Protocol.Turns;
using IntervisieBot.Tests.Infrastructure;

namespace IntervisieBot.Tests.Durability;

/// <summary>
/// Storage that goes away (Azurite killed) or hangs (Azurite frozen with SIGSTOP) mid-traffic: a message is refused with
/// 503 + Retry-After within 2 s, never a 500; an invoke gets the friendly card within Teams' 5 s; /readyz turns unhealthy;
/// once storage is back the bot answers again, also when it came back without its tables; nothing acknowledged is lost.
/// </summary>
public sealed class StorageOutageTests : IAsyncLifetime
{
    private static readonly TimeSpan Wait = TimeSpan.FromSeconds(60);
    private static readonly TimeSpan MessageBound = TimeSpan.FromSeconds(2);
    private static readonly TimeSpan InvokeBound = TimeSpan.FromSeconds(5);
    private LoopbackConnector _connector = null!;

    public async Task InitializeAsync() => _connector = await LoopbackConnector.StartAsync();

    public async Task DisposeAsync() => await _connector.DisposeAsync();

    [Fact]
    public async Task AzuriteStopped_Gets503WithRetryAfterInTime_ReadyzUnhealthy_AndRecoversWithoutTables()
    {
        using var azurite = AzuriteServer.StartDedicated(persistent: false);
        await using var bot = BotOn(azurite);
        await SayAndWaitForReplyAsync(bot, "help", "a:outage-warm");

        azurite.Stop();
        await AssertRefusedInTimeAsync(bot);

        // Back as a new, empty account: the tables are created again on first use, not only at start-up.
        azurite.Restart();
        await AssertAnsweredOnceAsync(bot, "a:outage-after");
        Assert.Equal(HttpStatusCode.OK, (await bot.CreateClient().GetAsync("/readyz")).StatusCode);
    }

    [Fact]
    public async Task AzuriteFrozen_Gets503WithRetryAfterInTime_ReadyzUnhealthy_AndRecoversWithTables_NothingLost()
    {
        using var azurite = AzuriteServer.StartDedicated(persistent: true);
        await using var bot = BotOn(azurite);
        await SayAndWaitForReplyAsync(bot, "help", "a:freeze-warm");

        // Acknowledged, then storage hangs before its turn can be marked done: answered once all the same.
        var gate = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        _connector.FailureRule = r =>
        {
            if (r.ConversationId == "a:freeze-inflight") gate.Task.Wait(Wait);
            return null;
        };
        var inflight = TestActivities.Message(_connector.ServiceUrl, "hulp", conversationId: "a:freeze-inflight");
        Assert.Equal(HttpStatusCode.OK, (await bot.PostActivityAsync(inflight)).StatusCode);

        azurite.Freeze();
        try
        {
            gate.SetResult();
            await AssertRefusedInTimeAsync(bot);
        }
        finally
        {
            azurite.Thaw();
        }

        await AssertAnsweredOnceAsync(bot, "a:freeze-after");
        var id = (string)inflight["id"]!;
        await _connector.WaitForRequestsAsync(r => r.ReplyToId == id && r.Succeeded, 1, Wait);
        // A later turn has been answered and marked done; the in-flight one was marked done too, not run again.
        await SayAndWaitForReplyAsync(bot, "help", "a:freeze-later");
        Assert.Single(_connector.Requests, r => r.ReplyToId == id && r.Succeeded);
        Assert.Equal(HttpStatusCode.OK, (await bot.CreateClient().GetAsync("/readyz")).StatusCode);
    }

    private BotApplicationFactory BotOn(AzuriteServer azurite) => new(new Dictionary<string, string?>
    {
        ["ConnectionStrings:Tables"] = azurite.ConnectionString,
        // The production bounds (the test factory relaxes them for slow machines).
        ["Turns:IntakeTimeout"] = new TurnOptions().IntakeTimeout.ToString(),
        ["Turns:InvokeTimeout"] = new TurnOptions().InvokeTimeout.ToString(),
        ["Turns:RecoveryInterval"] = "00:00:01",
    });

    /// <summary>A message: 503 with Retry-After within 2 s. An invoke: the friendly card within 5 s. /readyz: unhealthy.</summary>
    private async Task AssertRefusedInTimeAsync(BotApplicationFactory bot)
    {
        var clock = Stopwatch.StartNew();
        var refused = await bot.PostActivityAsync(TestActivities.Message(_connector.ServiceUrl, "help", conversationId: "a:outage-during"));
        Assert.True(clock.Elapsed < MessageBound, $"The message was answered after {clock.Elapsed}.");
        Assert.Equal(HttpStatusCode.ServiceUnavailable, refused.StatusCode);
        Assert.True(refused.Headers.RetryAfter?.Delta > TimeSpan.Zero, "503 without Retry-After");
        Assert.DoesNotContain("Exception", await refused.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        clock.Restart();
        var invoke = await bot.PostActivityAsync(TestActivities.CardAction(_connector.ServiceUrl, "roles.save", new { teamleiders = "" }));
        Assert.True(clock.Elapsed < InvokeBound, $"The invoke was answered after {clock.Elapsed}.");
        Assert.Equal(HttpStatusCode.OK, invoke.StatusCode);
        using var body = JsonDocument.Parse(await invoke.Content.ReadAsStringAsync());
        Assert.Equal("application/vnd.microsoft.card.adaptive", body.RootElement.GetProperty("type").GetString());
        Assert.Contains("Probeer het over een paar minuten opnieuw.", CardText.OfCard(body.RootElement.GetProperty("value")).Single(t => t.StartsWith("Het lukte niet", StringComparison.Ordinal)));

        clock.Restart();
        var ready = await bot.CreateClient().GetAsync("/readyz");
        Assert.True(clock.Elapsed < MessageBound, $"/readyz answered after {clock.Elapsed}.");
        Assert.Equal(HttpStatusCode.ServiceUnavailable, ready.StatusCode);
    }

    /// <summary>Storage is back: the bot accepts the message (as soon as storage answers) and replies to it once.</summary>
    private async Task AssertAnsweredOnceAsync(BotApplicationFactory bot, string conversationId)
    {
        var activity = TestActivities.Message(_connector.ServiceUrl, "help", conversationId: conversationId);
        var deadline = Stopwatch.StartNew();
        HttpStatusCode status;
        while ((status = (await bot.PostActivityAsync(activity)).StatusCode) != HttpStatusCode.OK && deadline.Elapsed < Wait)
        {
            Assert.Equal(HttpStatusCode.ServiceUnavailable, status); // Teams redelivers the same activity after a 503
            await Task.Delay(200);
        }
        Assert.Equal(HttpStatusCode.OK, status);
        var id = (string)activity["id"]!;
        await _connector.WaitForRequestsAsync(r => r.ReplyToId == id && r.Succeeded, 1, Wait);
        Assert.Single(_connector.Requests, r => r.ReplyToId == id && r.Succeeded);
    }

    private async Task SayAndWaitForReplyAsync(BotApplicationFactory bot, string text, string conversationId)
    {
        var activity = TestActivities.Message(_connector.ServiceUrl, text, conversationId: conversationId);
        Assert.Equal(HttpStatusCode.OK, (await bot.PostActivityAsync(activity)).StatusCode);
        var id = (string)activity["id"]!;
        await _connector.WaitForRequestsAsync(r => r.ReplyToId == id && r.Succeeded, 1, Wait);
    }
}
