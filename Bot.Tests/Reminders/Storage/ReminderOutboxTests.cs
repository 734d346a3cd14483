using IntervisieBot.Features.Reminders.Domain;
using IntervisieBot.Tests.Infrastructure;
using Microsoft.Extensions.Time.Testing;

namespace IntervisieBot.Tests.Reminders.Storage;

/// <summary>Outbox and engine semantics against Azurite and a loopback connector, on a fake clock.</summary>
public sealed class ReminderOutboxTests
{
    // Wednesday 10 June 2026, 10:00 in Amsterdam: inside the window.
    private static readonly DateTimeOffset WorkingMorning = new(2026, 6, 10, 8, 0, 0, TimeSpan.Zero);

    private static Dictionary<string, string?> Settings() => new()
    {
        ["Reminders:ClaimTimeout"] = "00:05:00",
        ["Reminders:ClaimSafetyMargin"] = "00:00:30",
        ["Reminders:RetryBaseDelay"] = "00:01:00",
    };

    [Fact]
    public async Task TryClaimAsync_TwoInstancesClaimSameRow_ExactlyOneWins()
    {
        var prefix = AzuriteServer.NewTablePrefix();
        var time = new FakeTimeProvider(WorkingMorning);
        await using var connector = await LoopbackConnector.StartAsync();
        await using var a = ReminderInstance.Create(prefix, time, "a", Settings(), connector: connector);
        await using var b = ReminderInstance.Create(prefix, time, "b", Settings(), connector: connector);
        var scheduled = await a.Scheduler.ScheduleAsync(ReminderInstance.Request(connector, WorkingMorning, 1), CancellationToken.None);

        var seenByA = Assert.Single(await a.Outbox.FindClaimableAsync(time.GetUtcNow(), 10, CancellationToken.None));
        var seenByB = Assert.Single(await b.Outbox.FindClaimableAsync(time.GetUtcNow(), 10, CancellationToken.None));
        var now = time.GetUtcNow();
        var claims = await Task.WhenAll(
            a.Outbox.TryClaimAsync(seenByA, "a", now, now.AddMinutes(5), CancellationToken.None),
            b.Outbox.TryClaimAsync(seenByB, "b", now, now.AddMinutes(5), CancellationToken.None));

        var winner = Assert.Single(claims, c => c is not null);
        var stored = await a.Outbox.GetAsync(scheduled.Bucket, scheduled.Id, CancellationToken.None);
        Assert.Equal(nameof(ReminderStatus.Claimed), stored!.Status);
        Assert.Equal(winner!.ClaimedBy, stored.ClaimedBy);
        Assert.Equal(1, stored.Attempts);
        Assert.Empty(await b.Outbox.FindClaimableAsync(now, 10, CancellationToken.None));
    }

    [Fact]
    public async Task RunOnceAsync_ClaimedThenCrashed_ReclaimedAfterTimeoutAndSentOnce()
    {
        var prefix = AzuriteServer.NewTablePrefix();
        var time = new FakeTimeProvider(WorkingMorning);
        await using var connector = await LoopbackConnector.StartAsync();
        await using var crashed = ReminderInstance.Create(prefix, time, "crashed", Settings(), connector: connector);
        await using var survivor = ReminderInstance.Create(prefix, time, "survivor", Settings(), connector: connector);
        var scheduled = await crashed.Scheduler.ScheduleAsync(ReminderInstance.Request(connector, WorkingMorning, 2), CancellationToken.None);

        // The crashed instance claims and then dies before sending.
        var candidate = Assert.Single(await crashed.Outbox.FindClaimableAsync(time.GetUtcNow(), 10, CancellationToken.None));
        Assert.NotNull(await crashed.Outbox.TryClaimAsync(candidate, "crashed", time.GetUtcNow(), time.GetUtcNow().AddMinutes(5), CancellationToken.None));

        Assert.Equal(0, await survivor.Engine.RunOnceAsync(CancellationToken.None));
        time.Advance(TimeSpan.FromMinutes(4));
        Assert.Equal(0, await survivor.Engine.RunOnceAsync(CancellationToken.None));
        Assert.Empty(connector.Requests);

        time.Advance(TimeSpan.FromMinutes(1) + TimeSpan.FromSeconds(1));
        Assert.Equal(1, await survivor.Engine.RunOnceAsync(CancellationToken.None));
        Assert.Equal(0, await survivor.Engine.RunOnceAsync(CancellationToken.None));

        var send = Assert.Single(connector.Requests);
        Assert.Equal("Send", send.Operation);
        Assert.Equal(scheduled.Id, send.Text);
        var stored = await survivor.Scheduler.GetAsync(scheduled.Bucket, scheduled.Id, CancellationToken.None);
        Assert.Equal(ReminderStatus.Sent, stored!.Status);
        Assert.Equal(2, stored.Attempts);
    }

    [Theory]
    [InlineData(403, "BotBlocked")]
    [InlineData(404, "ConversationNotFound")]
    public async Task RunOnceAsync_PermanentConnectorError_UndeliverableAfterOneRequest(int status, string code)
    {
        var prefix = AzuriteServer.NewTablePrefix();
        var time = new FakeTimeProvider(WorkingMorning);
        await using var connector = await LoopbackConnector.StartAsync();
        await using var instance = ReminderInstance.Create(prefix, time, "one", Settings(), connector: connector);
        var scheduled = await instance.Scheduler.ScheduleAsync(ReminderInstance.Request(connector, WorkingMorning, 3), CancellationToken.None);
        connector.FailureRule = _ => new ScriptedFailure(status, ErrorCode: code);

        Assert.Equal(1, await instance.Engine.RunOnceAsync(CancellationToken.None));
        time.Advance(TimeSpan.FromHours(3));
        Assert.Equal(0, await instance.Engine.RunOnceAsync(CancellationToken.None));

        Assert.Single(connector.Requests);
        var stored = await instance.Scheduler.GetAsync(scheduled.Bucket, scheduled.Id, CancellationToken.None);
        Assert.Equal(ReminderStatus.Undeliverable, stored!.Status);
        Assert.Equal($"http-{status}:{code}", stored.Reason);
    }

    [Fact]
    public async Task RunOnceAsync_Transient500_BackToPendingWithBackoffThenSent()
    {
        var prefix = AzuriteServer.NewTablePrefix();
        var time = new FakeTimeProvider(WorkingMorning);
        await using var connector = await LoopbackConnector.StartAsync();
        await using var instance = ReminderInstance.Create(prefix, time, "one", Settings(), connector: connector);
        var scheduled = await instance.Scheduler.ScheduleAsync(ReminderInstance.Request(connector, WorkingMorning, 4), CancellationToken.None);
        connector.EnqueueFailures(new ScriptedFailure(500));

        Assert.Equal(1, await instance.Engine.RunOnceAsync(CancellationToken.None));
        var afterFailure = await instance.Scheduler.GetAsync(scheduled.Bucket, scheduled.Id, CancellationToken.None);
        Assert.Equal(ReminderStatus.Pending, afterFailure!.Status);
        Assert.Equal("http-500", afterFailure.Reason);
        Assert.Equal(WorkingMorning.AddMinutes(1), afterFailure.Due);

        Assert.Equal(0, await instance.Engine.RunOnceAsync(CancellationToken.None)); // not due yet
        time.Advance(TimeSpan.FromMinutes(1));
        Assert.Equal(1, await instance.Engine.RunOnceAsync(CancellationToken.None));

        Assert.Equal([500, 200], connector.Requests.Select(r => r.ResponseStatus));
        var sent = await instance.Scheduler.GetAsync(scheduled.Bucket, scheduled.Id, CancellationToken.None);
        Assert.Equal(ReminderStatus.Sent, sent!.Status);
    }

    [Fact]
    public async Task RunOnceAsync_NoConversationYet_CreatesOneOnOneChatAndStoresItsId()
    {
        var prefix = AzuriteServer.NewTablePrefix();
        var time = new FakeTimeProvider(WorkingMorning);
        await using var connector = await LoopbackConnector.StartAsync();
        await using var instance = ReminderInstance.Create(prefix, time, "one", Settings(), connector: connector);
        var scheduled = await instance.Scheduler.ScheduleAsync(ReminderInstance.Request(connector, WorkingMorning, 5, conversationId: null), CancellationToken.None);

        Assert.Equal(1, await instance.Engine.RunOnceAsync(CancellationToken.None));

        var requests = connector.Requests;
        Assert.Equal(["CreateConversation", "Send"], requests.Select(r => r.Operation));
        var create = requests[0].Body!.Value;
        Assert.Equal("29:user-5", create.GetProperty("members")[0].GetProperty("id").GetString());
        Assert.Equal("tenant-1", create.GetProperty("tenantId").GetString());
        Assert.StartsWith("28:", create.GetProperty("bot").GetProperty("id").GetString());
        Assert.False(create.GetProperty("isGroup").GetBoolean());
        Assert.Equal(requests[0].ResponseId, requests[1].ConversationId);
        var stored = await instance.Scheduler.GetAsync(scheduled.Bucket, scheduled.Id, CancellationToken.None);
        Assert.Equal(requests[0].ResponseId, stored!.ConversationId);
        Assert.Equal(ReminderStatus.Sent, stored.Status);
    }

    [Fact]
    public async Task RunOnceAsync_KindSaysNoLongerNeeded_ClosedWithoutSending()
    {
        var prefix = AzuriteServer.NewTablePrefix();
        var time = new FakeTimeProvider(WorkingMorning);
        await using var connector = await LoopbackConnector.StartAsync();
        await using var instance = ReminderInstance.Create(prefix, time, "one", Settings(), connector: connector);
        var scheduled = await instance.Scheduler.ScheduleAsync(
            ReminderInstance.Request(connector, WorkingMorning, 6, kind: ClosingReminderKind.Name), CancellationToken.None);

        Assert.Equal(1, await instance.Engine.RunOnceAsync(CancellationToken.None));

        Assert.Empty(connector.Requests);
        var stored = await instance.Scheduler.GetAsync(scheduled.Bucket, scheduled.Id, CancellationToken.None);
        Assert.Equal(ReminderStatus.Closed, stored!.Status);
        Assert.Equal("not-needed", stored.Reason);
    }

    [Fact]
    public async Task RunOnceAsync_OutsideWorkingWindow_SendsNothingUntilMonday()
    {
        var prefix = AzuriteServer.NewTablePrefix();
        var friday = new DateTimeOffset(2026, 6, 12, 14, 0, 0, TimeSpan.Zero); // 16:00 CEST
        var time = new FakeTimeProvider(friday);
        await using var connector = await LoopbackConnector.StartAsync();
        await using var instance = ReminderInstance.Create(prefix, time, "one", Settings(), connector: connector);
        await instance.Scheduler.ScheduleAsync(ReminderInstance.Request(connector, friday.AddMinutes(30), 7), CancellationToken.None);

        time.Advance(TimeSpan.FromHours(2)); // Friday 18:00: the reminder is due but the window is closed
        Assert.Equal(0, await instance.Engine.RunOnceAsync(CancellationToken.None));
        time.SetUtcNow(new DateTimeOffset(2026, 6, 15, 6, 30, 0, TimeSpan.Zero)); // Monday 08:30 CEST
        Assert.Equal(1, await instance.Engine.RunOnceAsync(CancellationToken.None));
        Assert.Single(connector.Requests);
    }

    [Fact]
    public async Task ScheduleAsync_DueOnSaturday_MovedToMondayWindowStart()
    {
        var time = new FakeTimeProvider(WorkingMorning);
        await using var connector = await LoopbackConnector.StartAsync();
        await using var instance = ReminderInstance.Create(AzuriteServer.NewTablePrefix(), time, "one", Settings(), connector: connector);
        var saturday = new DateTimeOffset(2026, 6, 13, 10, 0, 0, TimeSpan.Zero);

        var scheduled = await instance.Scheduler.ScheduleAsync(ReminderInstance.Request(connector, saturday, 8), CancellationToken.None);

        Assert.Equal(new DateTimeOffset(2026, 6, 15, 6, 30, 0, TimeSpan.Zero), scheduled.Due);
        Assert.Equal("2026061506", scheduled.Bucket);
    }

    [Fact]
    public async Task ScheduleAsync_SameIdTwice_OneReminder()
    {
        var time = new FakeTimeProvider(WorkingMorning);
        await using var connector = await LoopbackConnector.StartAsync();
        await using var instance = ReminderInstance.Create(AzuriteServer.NewTablePrefix(), time, "one", Settings(), connector: connector);

        var first = await instance.Scheduler.ScheduleAsync(ReminderInstance.Request(connector, WorkingMorning, 9, id: "lesson-1-check-1"), CancellationToken.None);
        var second = await instance.Scheduler.ScheduleAsync(ReminderInstance.Request(connector, WorkingMorning, 9, id: "lesson-1-check-1"), CancellationToken.None);

        Assert.False(first.AlreadyExisted);
        Assert.True(second.AlreadyExisted);
        Assert.Equal(1, await instance.Engine.RunOnceAsync(CancellationToken.None));
        Assert.Single(connector.Requests);
    }

    [Theory]
    [InlineData("not json")]
    [InlineData("[1,2]")]
    public async Task ScheduleAsync_PayloadNotAJsonObject_Throws(string payload)
    {
        var time = new FakeTimeProvider(WorkingMorning);
        await using var connector = await LoopbackConnector.StartAsync();
        await using var instance = ReminderInstance.Create(AzuriteServer.NewTablePrefix(), time, "one", Settings(), connector: connector);
        var request = ReminderInstance.Request(connector, WorkingMorning, 10) with { Payload = payload };

        await Assert.ThrowsAsync<ArgumentException>(() => instance.Scheduler.ScheduleAsync(request, CancellationToken.None));
    }

    [Fact]
    public async Task CloseAsync_PendingReminder_NeverSent()
    {
        var time = new FakeTimeProvider(WorkingMorning);
        await using var connector = await LoopbackConnector.StartAsync();
        await using var instance = ReminderInstance.Create(AzuriteServer.NewTablePrefix(), time, "one", Settings(), connector: connector);
        var scheduled = await instance.Scheduler.ScheduleAsync(ReminderInstance.Request(connector, WorkingMorning, 11), CancellationToken.None);

        Assert.True(await instance.Scheduler.CloseAsync(scheduled.Bucket, scheduled.Id, "lesson-deleted", CancellationToken.None));
        Assert.Equal(0, await instance.Engine.RunOnceAsync(CancellationToken.None));
        Assert.Empty(connector.Requests);
        Assert.False(await instance.Scheduler.CloseAsync(scheduled.Bucket, scheduled.Id, "again", CancellationToken.None));
        Assert.Equal(ReminderStatus.Closed, (await instance.Scheduler.GetAsync(scheduled.Bucket, scheduled.Id, CancellationToken.None))!.Status);
    }
}
