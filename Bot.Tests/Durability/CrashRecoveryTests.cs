using System.Collections.Concurrent;
using System.Net;
using System.Net.Http.Json;
using IntervisieBot.Benchmarks;
using IntervisieBot.Tests.Infrastructure;
using Xunit.Abstractions;

namespace IntervisieBot.Tests.Durability;

/// <summary>
/// The bot as a real child process, killed with SIGKILL in the middle of a burst of 80 messages and started again on the
/// same port: every acknowledged message is answered, and a message Teams had to send again (its request died with the
/// process) too. The only reply that may go out twice is one that had already reached the connector when the process died
/// before it could write the done mark (no Bot Connector API can say whether a POST arrived); the test finds those rows in
/// the inbox before the restart and holds every other message to exactly once.
/// </summary>
public sealed class CrashRecoveryTests(ITestOutputHelper output) : IAsyncLifetime
{
    private const int Burst = 80;
    private static readonly TimeSpan Wait = TimeSpan.FromSeconds(90);
    private readonly string _prefix = AzuriteServer.NewTablePrefix();
    private LoopbackConnector _connector = null!;

    public async Task InitializeAsync() => _connector = await LoopbackConnector.StartAsync();

    public async Task DisposeAsync() => await _connector.DisposeAsync();

    [Fact]
    public async Task SigkillMidBurst_Restarted_EveryAcknowledgedMessageAnswered_NoneTwiceUnlessItsReplyHadLeft()
    {
        using var bot = new RestartableBot(RepoPaths.BotDll, FreePort.Next(), new Dictionary<string, string>
        {
            ["ASPNETCORE_ENVIRONMENT"] = "Production",
            ["ConnectionStrings__Tables"] = AzuriteServer.Shared.ConnectionString,
            ["Storage__TablePrefix"] = _prefix,
            ["Logging__LogLevel__Default"] = "Warning",
            ["OTEL_EXPORTER_OTLP_ENDPOINT"] = "",
            ["Reminders__DeliveryEnabled"] = "false",
            // A name stable across the restart: the new process takes its predecessor's unfinished rows over at once.
            ["Turns__InstanceId"] = "crash-test-bot",
            ["Turns__RecoveryInterval"] = "00:00:01",
            // This test is about crashes, not about the intake bound: on a loaded machine storage may be slower than 1.5 s.
            ["Turns__IntakeTimeout"] = "00:00:20",
            ["Turns__InvokeTimeout"] = "00:00:30",
        });
        await bot.StartAsync();
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(30) };
        var activities = Enumerable.Range(0, Burst)
            .Select(i => TestActivities.Message(_connector.ServiceUrl, i % 2 == 0 ? "help" : "hulp", conversationId: $"a:crash-{i % 20}"))
            .ToList();
        var acknowledged = new ConcurrentBag<string>();
        var halfAcknowledged = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);

        var burst = Task.WhenAll(activities.Select(async activity =>
        {
            HttpStatusCode status;
            while ((status = await PostAsync(http, bot, activity)) == HttpStatusCode.ServiceUnavailable)
                await Task.Delay(200); // like Teams: the same activity again after a 503
            if (status == HttpStatusCode.OK)
            {
                acknowledged.Add((string)activity["id"]!);
                if (acknowledged.Count >= Burst / 2) halfAcknowledged.TrySetResult();
            }
        }));
        await halfAcknowledged.Task.WaitAsync(Wait);
        bot.Kill();
        await burst;
        var answeredBeforeCrash = ReplyCounts();
        Assert.True(acknowledged.Count > answeredBeforeCrash.Count, "The crash came after every turn had finished: nothing was tested.");

        // Before the restart: replies that reached the connector although their row was not marked done yet.
        var rows = (await new InboxRows(AzuriteServer.Shared.ConnectionString, _prefix).AllAsync()).ToDictionary(r => r.RowKey, r => r.GetString("InboxStatus"));
        var repliedButNotMarked = acknowledged.Where(id => answeredBeforeCrash.ContainsKey(id) && rows.GetValueOrDefault(id) != "Done").ToHashSet();

        await bot.StartAsync();
        // Teams sends again what got no 200 (the request died with the process).
        var redelivered = activities.Where(a => !acknowledged.Contains((string)a["id"]!)).ToList();
        foreach (var activity in redelivered)
        {
            HttpStatusCode status;
            while ((status = await PostAsync(http, bot, activity)) == HttpStatusCode.ServiceUnavailable) await Task.Delay(200);
            Assert.Equal(HttpStatusCode.OK, status);
        }

        var everyone = activities.Select(a => (string)a["id"]!).ToList();
        foreach (var id in everyone)
            await _connector.WaitForRequestsAsync(r => r.ReplyToId == id && r.Succeeded, 1, Wait);
        await WaitUntilEveryRowIsDoneAsync();

        var replies = ReplyCounts();
        output.WriteLine($"acknowledged before the kill {acknowledged.Count}, answered before the kill {answeredBeforeCrash.Count}, "
            + $"redelivered {redelivered.Count}, replied-but-not-marked at the kill {repliedButNotMarked.Count}, inbox rows {rows.Count}");
        Assert.All(everyone, id => Assert.True(replies.GetValueOrDefault(id) >= 1, $"{id} was never answered"));
        Assert.All(everyone.Where(id => !repliedButNotMarked.Contains(id)), id => Assert.Equal(1, replies[id]));
        Assert.All(repliedButNotMarked, id => Assert.Equal(2, replies[id]));
    }

    private static async Task<HttpStatusCode> PostAsync(HttpClient http, RestartableBot bot, Dictionary<string, object?> activity)
    {
        try
        {
            using var response = await http.PostAsJsonAsync(bot.MessagesUrl, activity);
            return response.StatusCode;
        }
        catch (HttpRequestException)
        {
            return 0; // the process died under the request
        }
    }

    private Dictionary<string, int> ReplyCounts() => _connector.Requests
        .Where(r => r.Succeeded && r.ReplyToId is not null)
        .GroupBy(r => r.ReplyToId!)
        .ToDictionary(g => g.Key, g => g.Count());

    private async Task WaitUntilEveryRowIsDoneAsync()
    {
        var rows = new InboxRows(AzuriteServer.Shared.ConnectionString, _prefix);
        var deadline = DateTime.UtcNow + Wait;
        while ((await rows.AllAsync()).Any(r => r.GetString("InboxStatus") != "Done"))
        {
            if (DateTime.UtcNow > deadline) throw new TimeoutException("Inbox rows were still unfinished.");
            await Task.Delay(100);
        }
    }
}
