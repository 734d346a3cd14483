using System.Net;
using IntervisieBot.Tests.Infrastructure;

namespace IntervisieBot.Tests.Durability;

/// <summary>
/// A connector answering 429 and 500: what Teams calls retryable is retried; a reply that still cannot be delivered waits
/// in the durable inbox and goes out later. Nobody gets "Er ging iets mis" for the connector's trouble, nobody gets nothing.
/// </summary>
public sealed class ConnectorFaultTests : IAsyncLifetime
{
    private static readonly TimeSpan Wait = TimeSpan.FromSeconds(90);
    private LoopbackConnector _connector = null!;
    private BotApplicationFactory _bot = null!;

    public async Task InitializeAsync()
    {
        _connector = await LoopbackConnector.StartAsync();
        _bot = new BotApplicationFactory(new Dictionary<string, string?>
        {
            ["Connector:BaseDelay"] = "00:00:00.050",
            ["Turns:RetryBaseDelay"] = "00:00:00.200",
            ["Turns:RecoveryInterval"] = "00:00:00.200",
        });
    }

    public async Task DisposeAsync()
    {
        await _bot.DisposeAsync();
        await _connector.DisposeAsync();
    }

    [Fact]
    public async Task Reply_StillThrottledAfterTheConnectorsRetries_IsDeliveredLaterFromTheInbox_Once()
    {
        await SayAsync("a:fault-warm", waitForReply: true);
        _connector.EnqueueFailures(ScriptedFailure.Throttled(0), ScriptedFailure.Throttled(0), ScriptedFailure.Throttled(0), ScriptedFailure.Throttled(0));

        var id = await SayAsync("a:fault-throttled");

        var delivered = await _connector.WaitForRequestsAsync(r => r.ReplyToId == id && r.Succeeded, 1, Wait);
        Assert.Contains("Wat kan IntervisieBot?", CardText.Of(delivered[0].Body));
        Assert.Equal(4, _connector.Requests.Count(r => r.ReplyToId == id && r.ResponseStatus == 429)); // the connector's own 4 attempts
        await SayAsync("a:fault-throttled", waitForReply: true);
        Assert.Single(_connector.Requests, r => r.ReplyToId == id && r.Succeeded);
        Assert.DoesNotContain(_connector.Requests, r => CardText.Of(r.Body).Contains("Er ging iets mis"));
    }

    [Fact]
    public async Task Reply_WaitingInTheInbox_IsDeliveredByAnotherInstance_ThatTrustsOnlyWhatTheTokenBound()
    {
        // Instance A cannot deliver the reply (four 429s) and leaves it waiting in the inbox, then stops. Instance B never
        // saw an activity from this connector: it may send there only because the row keeps the binding of A's token.
        var prefix = AzuriteServer.NewTablePrefix();
        var activity = TestActivities.Message(_connector.ServiceUrl, "help", conversationId: "a:fault-handover");
        var id = (string)activity["id"]!;
        await using (var a = new BotApplicationFactory(new Dictionary<string, string?>
        {
            ["Storage:TablePrefix"] = prefix,
            ["Connector:BaseDelay"] = "00:00:00.050",
            ["Turns:RetryBaseDelay"] = "00:00:01",
            ["Turns:RecoveryInterval"] = "01:00:00",
        }))
        {
            _connector.EnqueueFailures(ScriptedFailure.Throttled(0), ScriptedFailure.Throttled(0), ScriptedFailure.Throttled(0), ScriptedFailure.Throttled(0));
            Assert.Equal(HttpStatusCode.OK, (await a.PostActivityAsync(activity)).StatusCode);
            var rows = new InboxRows(AzuriteServer.Shared.ConnectionString, prefix);
            var deadline = DateTime.UtcNow + Wait;
            while ((await rows.GetAsync("a:fault-handover", id)).GetString("InboxStatus") != "Deferred")
            {
                Assert.True(DateTime.UtcNow < deadline, "the reply never waited in the inbox");
                await Task.Delay(50);
            }
        }

        await using var b = new BotApplicationFactory(new Dictionary<string, string?>
        {
            ["Storage:TablePrefix"] = prefix,
            ["Turns:RecoveryInterval"] = "00:00:00.200",
        });
        _ = b.Server; // start it: its recovery pass finds the waiting reply

        var delivered = await _connector.WaitForRequestsAsync(r => r.ReplyToId == id && r.Succeeded, 1, Wait);
        Assert.Contains("Wat kan IntervisieBot?", CardText.Of(delivered[0].Body));
    }

    [Fact]
    public async Task SixtyUsers_With30Percent429And10Percent500_EveryoneAnsweredExactlyOnce_NoErrorNotice()
    {
        await SayAsync("a:fault-warm", waitForReply: true);
        var random = new Random(1414);
        _connector.FailureRule = _ =>
        {
            double roll;
            lock (random) roll = random.NextDouble();
            return roll < 0.3 ? ScriptedFailure.Throttled(0) : roll < 0.4 ? new ScriptedFailure(500) : null;
        };

        var ids = await Task.WhenAll(Enumerable.Range(0, 60).Select(i => SayAsync($"a:fault-user-{i}")));

        foreach (var id in ids) await _connector.WaitForRequestsAsync(r => r.ReplyToId == id && r.Succeeded, 1, Wait);
        _connector.FailureRule = null;
        await SayAsync("a:fault-warm", waitForReply: true); // by now a second delivery of any of them would have happened too
        Assert.All(ids, id => Assert.Single(_connector.Requests, r => r.ReplyToId == id && r.Succeeded));
        Assert.Contains(_connector.Requests, r => r.ResponseStatus == 500); // the faults did happen
        Assert.DoesNotContain(_connector.Requests, r => CardText.Of(r.Body).Contains("Er ging iets mis"));
    }

    [Fact]
    public async Task CardAction_WhenTheConnectorHangs_GetsTheFriendlyCardWithinTeamsFiveSeconds()
    {
        // The production budget (the test factory raises it for slow machines).
        await using var bot = new BotApplicationFactory(new Dictionary<string, string?>
        {
            ["Turns:IntakeTimeout"] = new IntervisieBot.Protocol.Turns.TurnOptions().IntakeTimeout.ToString(),
            ["Turns:InvokeTimeout"] = new IntervisieBot.Protocol.Turns.TurnOptions().InvokeTimeout.ToString(),
        });
        const string team = "19:team-hangs@thread.tacv2";
        var install = TestActivities.BotAddedToTeam(_connector.ServiceUrl, team, fromId: "29:user-t");
        Assert.Equal(HttpStatusCode.OK, (await bot.PostActivityAsync(install)).StatusCode); // the installer becomes teamleider
        await _connector.WaitForRequestsAsync(r => r.Succeeded && r.ConversationId == team, 1, Wait); // the welcome
        using var release = new CancellationTokenSource();
        var rosterAsked = false;
        _connector.FailureRule = r =>
        {
            if (r.Operation != "GetPagedMembers") return null;
            rosterAsked = true;
            release.Token.WaitHandle.WaitOne(Wait); // the roster never comes
            return null;
        };

        var clock = System.Diagnostics.Stopwatch.StartNew();
        var response = await bot.PostActivityAsync(TestActivities.CardAction(_connector.ServiceUrl, "roles.save", new { teamleiders = TestActivities.AadFor("29:user-t") }, fromId: "29:user-t").InChannel(team));
        var elapsed = clock.Elapsed;
        release.Cancel();

        Assert.True(elapsed < TimeSpan.FromSeconds(5), $"Answered after {elapsed}.");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var body = System.Text.Json.JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Contains("Er ging iets mis", CardText.OfCard(body.RootElement.GetProperty("value")));
        Assert.True(rosterAsked); // it was waiting for the roster
    }

    private async Task<string> SayAsync(string conversationId, bool waitForReply = false)
    {
        var activity = TestActivities.Message(_connector.ServiceUrl, "help", conversationId: conversationId);
        Assert.Equal(HttpStatusCode.OK, (await _bot.PostActivityAsync(activity)).StatusCode);
        var id = (string)activity["id"]!;
        if (waitForReply) await _connector.WaitForRequestsAsync(r => r.ReplyToId == id && r.Succeeded, 1, Wait);
        return id;
    }
}
