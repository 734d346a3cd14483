using System.Net;
using IntervisieBot.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace IntervisieBot.Tests.Durability;

/// <summary>
/// Durable intake in-process (Azurite, loopback connector): an acknowledged message stored by an instance that crashed is
/// run, not dropped (redelivered by Teams, or taken over when its lease runs out); after too many attempts the user is told
/// once and only a text-free record stays.
/// </summary>
public sealed class DurableIntakeTests : IAsyncLifetime
{
    private static readonly TimeSpan Wait = TimeSpan.FromSeconds(30);
    private LoopbackConnector _connector = null!;

    public async Task InitializeAsync() => _connector = await LoopbackConnector.StartAsync();

    public async Task DisposeAsync() => await _connector.DisposeAsync();

    [Fact]
    public async Task Redelivery_OfAMessageWhoseTurnNeverFinished_IsRunOnce_NotDroppedAsADuplicate()
    {
        await using var bot = new BotApplicationFactory(new Dictionary<string, string?> { ["Turns:RecoveryInterval"] = "01:00:00" });
        await SayAndWaitAsync(bot, TestActivities.Message(_connector.ServiceUrl, "help", conversationId: "a:intake-warm"));
        var activity = TestActivities.Message(_connector.ServiceUrl, "help", conversationId: "a:intake-redelivered");
        var id = (string)activity["id"]!;
        // Its de-dup marker exists (the inbox row), but the instance that wrote it died before the turn ran.
        await Rows(bot).LeftBehindByCrashedInstanceAsync(activity, TimeSpan.FromMilliseconds(1));

        Assert.Equal(HttpStatusCode.OK, (await bot.PostActivityAsync(activity)).StatusCode);
        await _connector.WaitForRequestsAsync(r => r.ReplyToId == id && r.Succeeded, 1, Wait);

        // Redelivered once more after it finished: now it is a duplicate.
        Assert.Equal(HttpStatusCode.OK, (await bot.PostActivityAsync(activity)).StatusCode);
        await SayAndWaitAsync(bot, TestActivities.Message(_connector.ServiceUrl, "help", conversationId: "a:intake-redelivered"));
        Assert.Single(_connector.Requests, r => r.ReplyToId == id);
        await WaitUntilAsync(async () => (await Rows(bot).GetAsync("a:intake-redelivered", id)).GetString("InboxStatus") == "Done");
    }

    [Fact]
    public async Task Redelivery_WhileAnotherInstanceHoldsTheLease_IsNotRunTwice_AndRecoveryAnswersAfterTheLease()
    {
        await using var bot = new BotApplicationFactory(new Dictionary<string, string?> { ["Turns:RecoveryInterval"] = "00:00:00.200" });
        await SayAndWaitAsync(bot, TestActivities.Message(_connector.ServiceUrl, "help", conversationId: "a:intake-warm"));
        var activity = TestActivities.Message(_connector.ServiceUrl, "hulp", conversationId: "a:intake-abandoned");
        var id = (string)activity["id"]!;
        await Rows(bot).LeftBehindByCrashedInstanceAsync(activity, TimeSpan.FromSeconds(3));

        // Still leased: acknowledged, not run here (the holder would finish it; this one crashed, so recovery will).
        Assert.Equal(HttpStatusCode.OK, (await bot.PostActivityAsync(activity)).StatusCode);
        await _connector.WaitForRequestsAsync(r => r.ReplyToId == id && r.Succeeded, 1, Wait);

        await SayAndWaitAsync(bot, TestActivities.Message(_connector.ServiceUrl, "help", conversationId: "a:intake-abandoned"));
        Assert.Single(_connector.Requests, r => r.ReplyToId == id);
        await WaitUntilAsync(async () => (await Rows(bot).GetAsync("a:intake-abandoned", id)).GetString("InboxStatus") == "Done");
        var row = await Rows(bot).GetAsync("a:intake-abandoned", id);
        Assert.Equal(2, row.GetInt32("Attempts"));
        Assert.Null(row.GetBinary("Body0")); // the text is gone once answered; the ids stay as the de-dup marker
    }

    [Fact]
    public async Task AbandonedMessage_AfterItsLastAttempt_UserToldOnce_TextFreeRecordKept()
    {
        await using var bot = new BotApplicationFactory(new Dictionary<string, string?>
        {
            ["Turns:RecoveryInterval"] = "00:00:00.200",
            ["Turns:MaxAttempts"] = "1",
        });
        await SayAndWaitAsync(bot, TestActivities.Message(_connector.ServiceUrl, "help", conversationId: "a:intake-warm"));
        var activity = TestActivities.Message(_connector.ServiceUrl, "casus: een klant met schulden die afspraken mist", conversationId: "a:intake-exhausted");
        var id = (string)activity["id"]!;
        await Rows(bot).LeftBehindByCrashedInstanceAsync(activity, TimeSpan.FromMilliseconds(1));

        var notice = (await _connector.WaitForRequestsAsync(r => r.ReplyToId == id && r.Succeeded, 1, Wait))[0];
        Assert.Contains("Er ging iets mis", CardText.Of(notice.Body));

        await SayAndWaitAsync(bot, TestActivities.Message(_connector.ServiceUrl, "help", conversationId: "a:intake-exhausted"));
        Assert.Single(_connector.Requests, r => r.ReplyToId == id);
        await WaitUntilAsync(async () => (await Rows(bot).GetAsync("a:intake-exhausted", id)).GetString("InboxStatus") == "Failed");
        var row = await Rows(bot).GetAsync("a:intake-exhausted", id);
        Assert.StartsWith("attempts-exhausted", row.GetString("Reason"));
        Assert.DoesNotContain(row.Keys, k => k.StartsWith("Body", StringComparison.Ordinal) || k == "Identity");
        Assert.DoesNotContain(row.Keys.Select(k => row[k]).OfType<string>(), v => v.Contains("schulden", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Retention_DeletesFinishedRows_KeepsUnfinishedOnes()
    {
        await using var bot = new BotApplicationFactory(new Dictionary<string, string?> { ["Turns:RecoveryInterval"] = "01:00:00" });
        var answered = TestActivities.Message(_connector.ServiceUrl, "help", conversationId: "a:intake-retention");
        await SayAndWaitAsync(bot, answered);
        var unfinished = TestActivities.Message(_connector.ServiceUrl, "help", conversationId: "a:intake-retention");
        await Rows(bot).LeftBehindByCrashedInstanceAsync(unfinished, TimeSpan.FromHours(1));
        var inbox = bot.Services.GetRequiredService<IntervisieBot.Storage.TableActivityInbox>();
        await WaitUntilAsync(async () => (await Rows(bot).GetAsync("a:intake-retention", (string)answered["id"]!)).GetString("InboxStatus") == "Done");

        Assert.Equal(0, await inbox.PurgeFinishedBeforeAsync(DateTimeOffset.UtcNow.AddDays(-2), CancellationToken.None));
        Assert.Equal(1, await inbox.PurgeFinishedBeforeAsync(DateTimeOffset.UtcNow.AddMinutes(1), CancellationToken.None));

        Assert.Equal([(string)unfinished["id"]!], (await Rows(bot).AllAsync()).Where(r => r.PartitionKey == "a:intake-retention").Select(r => r.RowKey));
    }

    private static async Task WaitUntilAsync(Func<Task<bool>> condition)
    {
        var deadline = DateTime.UtcNow + Wait;
        while (!await condition())
        {
            if (DateTime.UtcNow > deadline) throw new TimeoutException("The condition did not hold in time.");
            await Task.Delay(50);
        }
    }

    private static InboxRows Rows(BotApplicationFactory bot) => new(AzuriteServer.Shared.ConnectionString, bot.TablePrefix);

    private async Task SayAndWaitAsync(BotApplicationFactory bot, Dictionary<string, object?> activity)
    {
        Assert.Equal(HttpStatusCode.OK, (await bot.PostActivityAsync(activity)).StatusCode);
        var id = (string)activity["id"]!;
        await _connector.WaitForRequestsAsync(r => r.ReplyToId == id && r.Succeeded, 1, Wait);
    }
}
