using IntervisieBot.Features.Reminders.Domain;
using IntervisieBot.Features.Reminders.Handlers;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace IntervisieBot.Tests.Reminders.Domain;

public sealed class ReminderPacerTests
{
    // The exact windows (no margin), so the tests below read as Teams' limits.
    private static ReminderPacer Pacer(FakeTimeProvider time, double tenantPerSecond = 50, TimeSpan? margin = null) =>
        new(Options.Create(new ReminderOptions { TenantPerSecond = tenantPerSecond, PacingMargin = margin ?? TimeSpan.Zero }), time);

    [Fact]
    public async Task AcquireAsync_WithTheDefaultMargin_TheEighthMessageWaitsTheWindowPlusTheMargin()
    {
        var time = new FakeTimeProvider(DateTimeOffset.UnixEpoch);
        var margin = new ReminderOptions().PacingMargin;
        var pacer = Pacer(time, margin: margin);
        for (var i = 0; i < 7; i++) await pacer.AcquireAsync("t", "c", CancellationToken.None);

        var eighth = pacer.AcquireAsync("t", "c", CancellationToken.None).AsTask();

        time.Advance(TimeSpan.FromSeconds(1) + margin - TimeSpan.FromMilliseconds(1));
        Assert.False(eighth.IsCompleted); // at exactly Teams' 1 s it would pass; jitter on the way could make that 8 in a second
        time.Advance(TimeSpan.FromMilliseconds(1));
        await eighth.WaitAsync(TimeSpan.FromSeconds(10));
    }

    [Fact]
    public async Task AcquireAsync_AnsweredRequests_LeaveTheWindowOneSecondAfterTheirAnswer_NotAfterTheMargin()
    {
        var time = new FakeTimeProvider(DateTimeOffset.UnixEpoch);
        var pacer = Pacer(time, margin: TimeSpan.FromMilliseconds(100));
        var sent = new List<PacedRequest>();
        for (var i = 0; i < 7; i++) sent.Add(await pacer.AcquireAsync("t", "c", CancellationToken.None));
        time.Advance(TimeSpan.FromMilliseconds(20));
        foreach (var request in sent) pacer.Answered(request);                // Teams has counted them by now

        var eighth = pacer.AcquireAsync("t", "c", CancellationToken.None).AsTask();

        time.Advance(TimeSpan.FromMilliseconds(999));
        Assert.False(eighth.IsCompleted);                                      // 1.019 s after the sends
        time.Advance(TimeSpan.FromMilliseconds(1));
        await eighth.WaitAsync(TimeSpan.FromSeconds(10));                      // 1 s after the answers, not 1.1 s after the sends
    }

    [Fact]
    public async Task AcquireAsync_AnAnswerLaterThanTheMargin_KeepsTheMargin()
    {
        var time = new FakeTimeProvider(DateTimeOffset.UnixEpoch);
        var pacer = Pacer(time, tenantPerSecond: 3, margin: TimeSpan.FromMilliseconds(100));
        var sent = new List<PacedRequest>();
        for (var i = 0; i < 3; i++) sent.Add(await pacer.AcquireAsync("t", null, CancellationToken.None));
        time.Advance(TimeSpan.FromMilliseconds(500));
        foreach (var request in sent) pacer.Answered(request);                // slow answers: the margin is the tighter bound

        var fourth = pacer.AcquireAsync("t", null, CancellationToken.None).AsTask();

        time.Advance(TimeSpan.FromMilliseconds(599));
        Assert.False(fourth.IsCompleted);
        time.Advance(TimeSpan.FromMilliseconds(1));
        await fourth.WaitAsync(TimeSpan.FromSeconds(10));                      // 1.1 s after the sends, as without answers
    }

    [Fact]
    public async Task AcquireAsync_EighthMessageToOneConversationWithinASecond_WaitsForTheWindow()
    {
        var time = new FakeTimeProvider(DateTimeOffset.UnixEpoch);
        var pacer = Pacer(time);
        for (var i = 0; i < 7; i++) await pacer.AcquireAsync("t", "c", CancellationToken.None);

        var eighth = pacer.AcquireAsync("t", "c", CancellationToken.None).AsTask();
        var other = pacer.AcquireAsync("t", "other", CancellationToken.None).AsTask();

        Assert.True(other.IsCompletedSuccessfully);
        Assert.False(eighth.IsCompleted);
        time.Advance(TimeSpan.FromMilliseconds(999));
        Assert.False(eighth.IsCompleted);
        time.Advance(TimeSpan.FromMilliseconds(1));
        await eighth.WaitAsync(TimeSpan.FromSeconds(10));
    }

    [Fact]
    public async Task AcquireAsync_SixtyFirstMessageToOneConversationWithin30Seconds_Waits()
    {
        var time = new FakeTimeProvider(DateTimeOffset.UnixEpoch);
        var pacer = Pacer(time);
        var sent = 0;
        for (var second = 0; second < 9; second++)
        {
            for (var i = 0; i < 7 && sent < 60; i++, sent++) await pacer.AcquireAsync("t", "c", CancellationToken.None);
            time.Advance(TimeSpan.FromSeconds(1));
        }
        Assert.Equal(60, sent); // all 60 within 9 s (7 per second)

        var next = pacer.AcquireAsync("t", "c", CancellationToken.None).AsTask();
        time.Advance(TimeSpan.FromSeconds(20)); // now 29 s after the first
        Assert.False(next.IsCompleted);
        time.Advance(TimeSpan.FromSeconds(1)); // 30 s after the first: it leaves the window
        await next.WaitAsync(TimeSpan.FromSeconds(10));
    }

    [Fact]
    public async Task AcquireAsync_FiftyFirstTenantRequestWithinASecond_Waits()
    {
        var time = new FakeTimeProvider(DateTimeOffset.UnixEpoch);
        var pacer = Pacer(time);
        for (var i = 0; i < 50; i++) await pacer.AcquireAsync("t", $"c{i}", CancellationToken.None);

        var blocked = pacer.AcquireAsync("t", "c-new", CancellationToken.None).AsTask();
        var otherTenant = pacer.AcquireAsync("t2", "c-new", CancellationToken.None).AsTask();

        Assert.True(otherTenant.IsCompletedSuccessfully);
        Assert.False(blocked.IsCompleted);
        time.Advance(TimeSpan.FromSeconds(1));
        await blocked.WaitAsync(TimeSpan.FromSeconds(10));
    }

    [Fact]
    public async Task Throttled_RetryAfter_PausesTheTenantForThatLong()
    {
        var time = new FakeTimeProvider(DateTimeOffset.UnixEpoch);
        var pacer = Pacer(time);
        pacer.Throttled("t", TimeSpan.FromSeconds(3));

        var paused = pacer.AcquireAsync("t", "c", CancellationToken.None).AsTask();
        time.Advance(TimeSpan.FromSeconds(2));
        Assert.False(paused.IsCompleted);
        time.Advance(TimeSpan.FromSeconds(1));
        await paused.WaitAsync(TimeSpan.FromSeconds(10));
    }

    [Fact]
    public async Task AcquireAsync_FractionalTenantRate_SpreadsOverLongerWindow()
    {
        var time = new FakeTimeProvider(DateTimeOffset.UnixEpoch);
        var pacer = Pacer(time, tenantPerSecond: 12.5); // 50/s shared by 4 instances → 12 per 0.96 s
        for (var i = 0; i < 12; i++) await pacer.AcquireAsync("t", $"c{i}", CancellationToken.None);

        var next = pacer.AcquireAsync("t", "c-next", CancellationToken.None).AsTask();
        time.Advance(TimeSpan.FromMilliseconds(959));
        Assert.False(next.IsCompleted);
        time.Advance(TimeSpan.FromMilliseconds(1));
        await next.WaitAsync(TimeSpan.FromSeconds(10));
    }
}
