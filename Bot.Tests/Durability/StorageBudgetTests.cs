using IntervisieBot.Protocol.Turns;
using IntervisieBot.Storage;
using IntervisieBot.Tests.Hosting;
using IntervisieBot.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace IntervisieBot.Tests.Durability;

/// <summary>
/// The storage budget (issue #16): a known command message costs at most 2 storage requests in all, its durable intake and
/// de-dup included, counted by the policy in the Azure SDK pipeline (every HTTP request, retries included).
/// </summary>
public sealed class StorageBudgetTests
{
    private const string StorageRequests = "intervisiebot.turn.storage_requests";

    [Theory]
    [InlineData("help")]
    [InlineData("hulp")]
    [InlineData("<at>IntervisieBot</at> HELP")]
    public async Task KnownConversation_Message_UsesAtMostTwoStorageRequests(string text)
    {
        await using var conversation = await BotConversation.StartAsync();
        using var meters = new MeterRecorder(conversation.Services.GetRequiredService<TurnTelemetry>().Meter);

        // The first message in a conversation also records the conversation (and creates the tables in a new account).
        await conversation.SayAsync(TestActivities.Message(conversation.ServiceUrl, text, conversationId: "a:budget"));
        var first = await MeasurementAsync(meters, 1);

        await conversation.SayAsync(TestActivities.Message(conversation.ServiceUrl, text, conversationId: "a:budget"));
        var second = await MeasurementAsync(meters, 2);

        Assert.True(first > second, $"The first message ({first}) should cost more than a message in a known conversation ({second}).");
        Assert.Equal(StorageBudget.KnownCommandMessage, second); // the inbox insert (durable intake = de-dup marker) and its done mark; nothing else
    }

    [Fact]
    public async Task NewConversation_Message_WritesTheConversationOnce()
    {
        await using var conversation = await BotConversation.StartAsync();
        using var meters = new MeterRecorder(conversation.Services.GetRequiredService<TurnTelemetry>().Meter);
        await conversation.SayAsync(TestActivities.Message(conversation.ServiceUrl, "help", conversationId: "a:budget-warm"));
        await MeasurementAsync(meters, 1);

        await conversation.SayAsync(TestActivities.Message(conversation.ServiceUrl, "help", conversationId: "a:budget-new"));

        Assert.Equal(3, await MeasurementAsync(meters, 2)); // conversation reference + inbox insert + done mark
    }

    /// <summary>The storage request count of the <paramref name="n"/>-th message turn, once it has been recorded (after its done mark).</summary>
    internal static async Task<double> MeasurementAsync(MeterRecorder meters, int n)
    {
        var deadline = DateTime.UtcNow + BotConversation.ReplyTimeout;
        while (true)
        {
            var recorded = meters.Measurements.Where(m => m.Instrument == StorageRequests && Equals(m.Tags["activity.type"], "message")).ToList();
            if (recorded.Count >= n) return recorded[n - 1].Value;
            if (DateTime.UtcNow > deadline) throw new TimeoutException($"Only {recorded.Count} message turns recorded their storage requests.");
            await Task.Delay(20);
        }
    }
}
