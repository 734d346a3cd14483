using IntervisieBot.Features.Reminders.Domain;
using IntervisieBot.Features.Reminders.Storage;
using IntervisieBot.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace IntervisieBot.Tests.Reminders.Storage;

/// <summary>
/// Several instances share one tenant's 50/s through the budget lease table (real Azurite, fake clock): each paces to
/// 50/N, a newcomer waits until the others have counted it, and a share comes back when an instance stops or dies.
/// </summary>
public sealed class TenantBudgetShareTests
{
    private static readonly DateTimeOffset Start = new(2026, 6, 10, 8, 0, 0, TimeSpan.Zero);
    private static readonly TimeSpan Refresh = new ReminderOptions().BudgetRefreshInterval;
    private static readonly TimeSpan JoinWait = TenantBudgetShare.JoinWait(new ReminderOptions());
    private static readonly TimeSpan ExactJoinWait = Refresh + TimeSpan.FromSeconds(1);   // with no margin

    [Fact]
    public async Task InstancesAsync_SecondInstance_SeesBothAndWaitsOneRefreshBeforeItsFirstSend_TheFirstCountsItAtItsNextRefresh()
    {
        var prefix = AzuriteServer.NewTablePrefix();
        var time = new TimerWatchingTimeProvider(Start);
        await using var a = ReminderInstance.Create(prefix, time, "a");
        await using var b = ReminderInstance.Create(prefix, time, "b");

        Assert.Equal(1, await Share(a).InstancesAsync("tenant-1", CancellationToken.None));       // alone: no wait
        Assert.Equal(0, time.TimersCreated);
        var joining = Share(b).InstancesAsync("tenant-1", CancellationToken.None).AsTask();
        Assert.Equal(JoinWait, await time.NextTimerAsync(1));                                       // b found a: it waits

        Assert.Equal(1, await Share(a).InstancesAsync("tenant-1", CancellationToken.None));       // a's count is still fresh
        time.Advance(Refresh);
        Assert.Equal(2, await Share(a).InstancesAsync("tenant-1", CancellationToken.None));       // a's next refresh counts b …
        Assert.False(joining.IsCompleted);
        time.Advance(JoinWait - Refresh);
        Assert.Equal(2, await joining.WaitAsync(TimeSpan.FromSeconds(30)));                        // … before b takes its share
        Assert.Equal(1, await Share(a).InstancesAsync("tenant-2", CancellationToken.None));       // another tenant has its own budget
    }

    [Fact]
    public async Task InstancesAsync_AnInstanceThatStopsRenewing_ItsShareReturnsWhenTheLeaseLapses()
    {
        var prefix = AzuriteServer.NewTablePrefix();
        var time = new TimerWatchingTimeProvider(Start);
        await using var a = ReminderInstance.Create(prefix, time, "a");
        await using var crashed = ReminderInstance.Create(prefix, time, "crashed");
        Assert.Equal(1, await Share(crashed).InstancesAsync("tenant-1", CancellationToken.None));
        var joining = Share(a).InstancesAsync("tenant-1", CancellationToken.None).AsTask();
        await time.NextTimerAsync(1);
        time.Advance(JoinWait);
        Assert.Equal(2, await joining.WaitAsync(TimeSpan.FromSeconds(30)));

        time.Advance(new ReminderOptions().BudgetLeaseTime);                                        // "crashed" never renews again

        Assert.Equal(1, await Share(a).InstancesAsync("tenant-1", CancellationToken.None));
    }

    [Fact]
    public async Task ReleaseAllAsync_OnShutdown_TheOthersGetTheWholeBudgetAtTheirNextRefresh()
    {
        var prefix = AzuriteServer.NewTablePrefix();
        var time = new TimerWatchingTimeProvider(Start);
        await using var a = ReminderInstance.Create(prefix, time, "a");
        await using var b = ReminderInstance.Create(prefix, time, "b");
        await Share(a).InstancesAsync("tenant-1", CancellationToken.None);
        var joining = Share(b).InstancesAsync("tenant-1", CancellationToken.None).AsTask();
        await time.NextTimerAsync(1);
        time.Advance(JoinWait);
        await joining.WaitAsync(TimeSpan.FromSeconds(30));
        Assert.Equal(2, await Share(a).InstancesAsync("tenant-1", CancellationToken.None));

        await Share(b).ReleaseAllAsync(CancellationToken.None);
        time.Advance(Refresh);

        Assert.Equal(1, await Share(a).InstancesAsync("tenant-1", CancellationToken.None));
    }

    [Fact]
    public async Task AcquireAsync_TwoInstancesSharingATenant_EachSendsHalfOf50PerSecond()
    {
        var prefix = AzuriteServer.NewTablePrefix();
        var time = new TimerWatchingTimeProvider(Start);
        var exact = new Dictionary<string, string?> { ["Reminders:PacingMargin"] = "00:00:00" };
        await using var a = ReminderInstance.Create(prefix, time, "a", exact);
        await using var b = ReminderInstance.Create(prefix, time, "b", exact);
        await Share(a).InstancesAsync("tenant-1", CancellationToken.None);
        var joining = Share(b).InstancesAsync("tenant-1", CancellationToken.None).AsTask();
        Assert.Equal(ExactJoinWait, await time.NextTimerAsync(1));
        time.Advance(ExactJoinWait);                                                                 // one refresh and one window (no margin)
        await joining.WaitAsync(TimeSpan.FromSeconds(30));

        // b counted 2; a re-counts at its first send (its count is a refresh old): 25 per second each.
        for (var i = 0; i < 25; i++) await a.Pacer.AcquireAsync("tenant-1", $"c{i}", CancellationToken.None);
        for (var i = 0; i < 25; i++) await b.Pacer.AcquireAsync("tenant-1", $"d{i}", CancellationToken.None);
        var a26 = a.Pacer.AcquireAsync("tenant-1", "c-next", CancellationToken.None).AsTask();
        var b26 = b.Pacer.AcquireAsync("tenant-1", "d-next", CancellationToken.None).AsTask();

        Assert.Equal(TimeSpan.FromSeconds(1), await time.NextTimerAsync(2));
        Assert.Equal(TimeSpan.FromSeconds(1), await time.NextTimerAsync(3));
        Assert.False(a26.IsCompleted || b26.IsCompleted);                                          // 50 in this second, together
        time.Advance(TimeSpan.FromSeconds(1));
        await Task.WhenAll(a26, b26).WaitAsync(TimeSpan.FromSeconds(30));
    }

    [Fact]
    public async Task AcquireAsync_ShareDropsToHalf_RequestsAlreadyInTheWindowCount()
    {
        var prefix = AzuriteServer.NewTablePrefix();
        var time = new TimerWatchingTimeProvider(Start);
        var settings = new Dictionary<string, string?>
        {
            ["Reminders:PacingMargin"] = "00:00:00",
            ["Reminders:BudgetRefreshInterval"] = "00:00:01",
            ["Reminders:BudgetLeaseTime"] = "00:00:05",
        };
        await using var a = ReminderInstance.Create(prefix, time, "a", settings);
        await using var b = ReminderInstance.Create(prefix, time, "b", settings);
        await a.Pacer.AcquireAsync("tenant-1", "c-first", CancellationToken.None);                // a counts alone at 0 s
        var joining = Share(b).InstancesAsync("tenant-1", CancellationToken.None).AsTask();       // b joins at 0 s and waits 2 s
        Assert.Equal(TimeSpan.FromSeconds(2), await time.NextTimerAsync(1));
        time.Advance(TimeSpan.FromMilliseconds(200));
        for (var i = 0; i < 40; i++) await a.Pacer.AcquireAsync("tenant-1", $"c{i}", CancellationToken.None);   // 40 at 0.2 s: a's count (1) is fresh
        time.Advance(TimeSpan.FromMilliseconds(900));                                               // 1.1 s: a's count is a refresh old

        var next = a.Pacer.AcquireAsync("tenant-1", "c-next", CancellationToken.None).AsTask();

        // a re-counted 2 instances: 25 per second, and 40 were sent 0.9 s ago, so it waits until they leave the window (1.2 s).
        Assert.Equal(TimeSpan.FromMilliseconds(100), await time.NextTimerAsync(2));
        Assert.False(next.IsCompleted);
        time.Advance(TimeSpan.FromMilliseconds(100));
        await next.WaitAsync(TimeSpan.FromSeconds(30));
        Assert.False(joining.IsCompleted);                                                          // b still waits: a's 40 of 0.2 s …
        time.Advance(TimeSpan.FromMilliseconds(800));
        Assert.Equal(2, await joining.WaitAsync(TimeSpan.FromSeconds(30)));                        // … are out of the window at 2 s
    }

    [Fact]
    public async Task AcquireAsync_ShareGrows_TheLargerShareStartsOnlyWhenTheLeaversRequestsHaveLeftTheWindow()
    {
        var prefix = AzuriteServer.NewTablePrefix();
        var time = new TimerWatchingTimeProvider(Start);
        var exact = new Dictionary<string, string?> { ["Reminders:PacingMargin"] = "00:00:00" };
        await using var a = ReminderInstance.Create(prefix, time, "a", exact);
        await using var b = ReminderInstance.Create(prefix, time, "b", exact);
        await Share(a).InstancesAsync("tenant-1", CancellationToken.None);
        var joining = Share(b).InstancesAsync("tenant-1", CancellationToken.None).AsTask();
        await time.NextTimerAsync(1);
        time.Advance(ExactJoinWait);
        await joining.WaitAsync(TimeSpan.FromSeconds(30));
        await a.Pacer.AcquireAsync("tenant-1", "c-first", CancellationToken.None);               // a counts 2: 25 per second

        await Share(b).ReleaseAllAsync(CancellationToken.None);                                   // b stops; its last sends are still in Teams' window
        time.Advance(Refresh);
        for (var i = 0; i < 25; i++) await a.Pacer.AcquireAsync("tenant-1", $"c{i}", CancellationToken.None);   // a counts 1 now …
        var next = a.Pacer.AcquireAsync("tenant-1", "c-next", CancellationToken.None).AsTask();

        await time.NextTimerAsync(2);
        Assert.False(next.IsCompleted);                                                            // … but keeps 25/s for one more second
        time.Advance(TimeSpan.FromSeconds(1));
        await next.WaitAsync(TimeSpan.FromSeconds(30));
        var rest = Enumerable.Range(0, 49).Select(i => a.Pacer.AcquireAsync("tenant-1", $"d{i}", CancellationToken.None).AsTask()).ToList();
        await Task.WhenAll(rest).WaitAsync(TimeSpan.FromSeconds(30));                             // then all 50 in this second
    }

    [Fact]
    public async Task InstancesAsync_HalfARefreshOld_RenewsInTheBackgroundWithoutHoldingUpTheSend()
    {
        var prefix = AzuriteServer.NewTablePrefix();
        var time = new TimerWatchingTimeProvider(Start);
        await using var a = ReminderInstance.Create(prefix, time, "a");
        await using var b = ReminderInstance.Create(prefix, time, "b");
        Assert.Equal(1, await Share(a).InstancesAsync("tenant-1", CancellationToken.None));
        var joining = Share(b).InstancesAsync("tenant-1", CancellationToken.None).AsTask();
        await time.NextTimerAsync(1);
        time.Advance(Refresh / 2);

        Assert.Equal(1, await Share(a).InstancesAsync("tenant-1", CancellationToken.None));       // answered from the count it has …
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(30);
        while (await Share(a).InstancesAsync("tenant-1", CancellationToken.None) != 2)              // … while the renewal counts b
        {
            Assert.True(DateTime.UtcNow < deadline, "the background renewal did not count the second instance");
            await Task.Delay(10);
        }
        Assert.False(joining.IsCompleted);                                                           // and b still waits its turn
    }

    private static TenantBudgetShare Share(ReminderInstance instance) => instance.Services.GetRequiredService<TenantBudgetShare>();

    /// <summary>A fake clock that tells the test when code starts waiting on it (a timer): a state to wait for, never a fixed time.</summary>
    private sealed class TimerWatchingTimeProvider(DateTimeOffset start) : FakeTimeProvider(start)
    {
        private readonly List<TimeSpan> _timers = [];
        private readonly Lock _gate = new();

        public int TimersCreated
        {
            get { lock (_gate) return _timers.Count; }
        }

        public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period)
        {
            var timer = base.CreateTimer(callback, state, dueTime, period);
            lock (_gate) _timers.Add(dueTime);
            return timer;
        }

        /// <summary>The due time of the <paramref name="number"/>th timer (1-based), once it exists.</summary>
        public async Task<TimeSpan> NextTimerAsync(int number)
        {
            var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(30);
            while (true)
            {
                lock (_gate)
                {
                    if (_timers.Count >= number) return _timers[number - 1];
                }
                if (DateTime.UtcNow > deadline) throw new TimeoutException($"No timer number {number} within 30 s.");
                await Task.Delay(10);
            }
        }
    }
}
