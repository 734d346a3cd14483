using System.Globalization;
using IntervisieBot.Features.Reminders.Domain;
using IntervisieBot.Features.Reminders.Storage;
using IntervisieBot.Privacy.Retention;
using IntervisieBot.Privacy.Rights;
using IntervisieBot.Tests.Infrastructure;
using Microsoft.Extensions.Time.Testing;

namespace IntervisieBot.Tests.Reminders.Storage;

/// <summary>"mijn gegevens" and retention for the outbox, against Azurite on a fake clock.</summary>
public sealed class ReminderPrivacyTests
{
    // Wednesday 10 June 2026, 10:00 in Amsterdam: inside the window.
    private static readonly DateTimeOffset WorkingMorning = new(2026, 6, 10, 8, 0, 0, TimeSpan.Zero);
    private static readonly CultureInfo Dutch = CultureInfo.GetCultureInfo("nl-NL");
    private static readonly DataSubject UserOne = new("tenant-1", "aad-user-1", "29:user-1");

    [Fact]
    public async Task DeleteAsync_RemovesRowsToThePersonAndFinishedRows_KeepsPlannedTeamPostsAndOthers()
    {
        var time = new FakeTimeProvider(WorkingMorning);
        await using var connector = await LoopbackConnector.StartAsync();
        await using var bot = ReminderInstance.Create(AzuriteServer.NewTablePrefix(), time, "a", connector: connector);
        var scheduler = bot.Scheduler;
        var later = WorkingMorning.AddDays(7);
        var toPerson = await scheduler.ScheduleAsync(ReminderInstance.Request(connector, later, 1, "personal", conversationId: null), default);
        var teamPost = await scheduler.ScheduleAsync(ReminderInstance.Request(connector, later, 1, "team-post", conversationId: "19:team@thread.tacv2"), default);
        var finishedTeamPost = await scheduler.ScheduleAsync(ReminderInstance.Request(connector, later, 1, "team-post-closed", conversationId: "19:team@thread.tacv2"), default);
        Assert.True(await scheduler.CloseAsync(finishedTeamPost.Bucket, finishedTeamPost.Id, "test", default));
        var otherUser = await scheduler.ScheduleAsync(ReminderInstance.Request(connector, later, 2, "other", conversationId: null), default);
        var rights = new RemindersPersonalData(bot.Outbox);

        var before = await rights.DescribeAsync(UserOne, Dutch, default);
        Assert.Equal([2, 1], before.Items.Select(i => i.Count)); // to the person + finished; planned team post

        var report = await rights.DeleteAsync(UserOne, Dutch, default);

        Assert.Equal([2, 1], report.Items.Select(i => i.Count));
        Assert.Single(report.Remains);
        Assert.Null(await scheduler.GetAsync(toPerson.Bucket, toPerson.Id, default));
        Assert.Null(await scheduler.GetAsync(finishedTeamPost.Bucket, finishedTeamPost.Id, default));
        Assert.Equal(ReminderStatus.Pending, (await scheduler.GetAsync(teamPost.Bucket, teamPost.Id, default))!.Status);
        Assert.NotNull(await scheduler.GetAsync(otherUser.Bucket, otherUser.Id, default));
        Assert.Equal([0, 1], (await rights.DescribeAsync(UserOne, Dutch, default)).Items.Select(i => i.Count));
    }

    [Fact]
    public async Task PurgeExpiredAsync_DeletesFinishedRowsOlderThanReminderDays_KeepsUnfinishedAndRecent()
    {
        var time = new FakeTimeProvider(WorkingMorning);
        await using var connector = await LoopbackConnector.StartAsync();
        await using var bot = ReminderInstance.Create(AzuriteServer.NewTablePrefix(), time, "a", connector: connector);
        var scheduler = bot.Scheduler;
        var old = await scheduler.ScheduleAsync(ReminderInstance.Request(connector, WorkingMorning, 1, "old"), default);
        await bot.Engine.RunOnceAsync(default); // sent
        Assert.Equal(ReminderStatus.Sent, (await scheduler.GetAsync(old.Bucket, old.Id, default))!.Status);
        var oldClosed = await scheduler.ScheduleAsync(ReminderInstance.Request(connector, WorkingMorning.AddDays(1), 2, "old-closed"), default);
        Assert.True(await scheduler.CloseAsync(oldClosed.Bucket, oldClosed.Id, "test", default));
        var oldPending = await scheduler.ScheduleAsync(ReminderInstance.Request(connector, WorkingMorning.AddDays(1), 3, "old-pending"), default);

        time.Advance(TimeSpan.FromDays(31));
        var recentClosed = await scheduler.ScheduleAsync(ReminderInstance.Request(connector, time.GetUtcNow(), 4, "recent-closed"), default);
        Assert.True(await scheduler.CloseAsync(recentClosed.Bucket, recentClosed.Id, "test", default));

        var purged = await new RemindersRetention(bot.Outbox).PurgeExpiredAsync(time.GetUtcNow(), new RetentionOptions { ReminderDays = 30 }, default);

        Assert.Equal(1, purged); // only "old": "old-closed" was due 29 days before now
        Assert.Null(await scheduler.GetAsync(old.Bucket, old.Id, default));
        Assert.NotNull(await scheduler.GetAsync(oldClosed.Bucket, oldClosed.Id, default));
        Assert.NotNull(await scheduler.GetAsync(oldPending.Bucket, oldPending.Id, default));
        Assert.NotNull(await scheduler.GetAsync(recentClosed.Bucket, recentClosed.Id, default));

        time.Advance(TimeSpan.FromDays(2));
        Assert.Equal(1, await new RemindersRetention(bot.Outbox).PurgeExpiredAsync(time.GetUtcNow(), new RetentionOptions { ReminderDays = 30 }, default));
        Assert.Null(await scheduler.GetAsync(oldClosed.Bucket, oldClosed.Id, default));
        Assert.NotNull(await scheduler.GetAsync(oldPending.Bucket, oldPending.Id, default)); // never sent: not the retention's to delete
    }
}
