using System.Diagnostics;
using System.Net.Http.Headers;

namespace IntervisieBot.Benchmarks;

/// <summary>
/// Closed-loop load: each of K conversations sends its next activity as soon as the previous one is answered (HTTP, and
/// for messages also the reply at the connector), like K busy users. The first <c>warmup</c> is not recorded.
/// </summary>
public sealed class LoadGenerator(HttpClient http, ArrivalConnector connector, TeamsTraffic traffic, TimeSpan replyTimeout)
{
    public async Task<LoadPhaseResult> RunAsync(string phase, string target, Uri messagesUrl, IReadOnlyList<BenchConversation> conversations,
        IReadOnlyList<TrafficKind> cycle, TimeSpan warmup, TimeSpan duration, ProcessSampler? sampler, bool wholeCycle = false)
    {
        var recorder = new LoadRecorder();
        var measureFrom = Stopwatch.GetTimestamp() + (long)(warmup.TotalSeconds * Stopwatch.Frequency);
        var stopAt = measureFrom + (long)(duration.TotalSeconds * Stopwatch.Frequency);
        var window = WindowAsync(sampler, warmup, duration);
        await Task.WhenAll(conversations.Select(c => Task.Run(() => ConversationLoopAsync(c, cycle, messagesUrl, measureFrom, stopAt, recorder, wholeCycle))));
        var resources = await window;
        return recorder.ToResult(phase, target, string.Join(", ", cycle.Distinct()), conversations.Count, warmup, duration, resources);
    }

    /// <summary>
    /// Sends one activity and waits for its reply: the HTTP status, when the HTTP answer came, and when the reply reached the
    /// connector (null when none was expected or it never came; errors are recorded).
    /// </summary>
    public async Task<(int Status, long AnsweredAt, long? ReplyAt)> SendAsync(Uri messagesUrl, TrafficKind kind, BenchConversation conversation, LoadRecorder? recorder)
    {
        var (id, json) = traffic.Create(kind, conversation);
        var replyExpected = TeamsTraffic.RepliesThroughConnector(kind);
        var arrival = replyExpected ? connector.Expect(id) : null;
        var sent = Stopwatch.GetTimestamp();
        var (status, body) = await PostAsync(messagesUrl, json);
        var answeredAt = Stopwatch.GetTimestamp();
        recorder?.Request(kind, Stopwatch.GetElapsedTime(sent, answeredAt).TotalMilliseconds);
        if (status == 200 && TeamsTraffic.Observe(kind, body, conversation) is { } problem)
        {
            recorder?.Error(problem); // e.g. a refusal card: the benchmark would no longer measure the real work
        }
        if (status is < 200 or >= 300)
        {
            recorder?.Error(status == 0 ? "http-failed" : $"http-{status}");
            if (arrival is not null) connector.Forget(id);
            return (status, answeredAt, null);
        }
        if (arrival is null) return (status, answeredAt, null);
        try
        {
            var at = await arrival.WaitAsync(replyTimeout);
            recorder?.Reply(Stopwatch.GetElapsedTime(sent, at).TotalMilliseconds);
            return (status, answeredAt, at);
        }
        catch (TimeoutException)
        {
            connector.Forget(id);
            recorder?.Error("reply-timeout");
            return (status, answeredAt, null);
        }
    }

    /// <summary>The HTTP status and body, or 0 when the request failed without one (connection refused, timeout).</summary>
    public async Task<(int Status, byte[] Body)> PostAsync(Uri messagesUrl, byte[] json)
    {
        using var content = new ByteArrayContent(json);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        try
        {
            using var response = await http.PostAsync(messagesUrl, content);
            return ((int)response.StatusCode, await response.Content.ReadAsByteArrayAsync());
        }
        catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException)
        {
            return (0, []);
        }
    }

    private async Task ConversationLoopAsync(BenchConversation conversation, IReadOnlyList<TrafficKind> cycle, Uri messagesUrl,
        long measureFrom, long stopAt, LoadRecorder recorder, bool wholeCycle)
    {
        var step = conversation.Index; // conversations start at different points of the cycle
        var measuredSteps = 0;
        // With wholeCycle (the smoke run) a conversation that is slow on a loaded machine finishes two measured cycles past
        // the window (the first may begin inside a round), so every kind of traffic is exercised however few requests fit in it.
        while (Stopwatch.GetTimestamp() < stopAt || (wholeCycle && measuredSteps < 2 * cycle.Count))
        {
            var kind = cycle[step++ % cycle.Count];
            var measured = Stopwatch.GetTimestamp() >= measureFrom;
            if (measured) measuredSteps++;
            if (TeamsTraffic.NeedsRound(kind) && conversation.RoundId is null) continue;
            await SendAsync(messagesUrl, kind, conversation, measured ? recorder : null);
        }
    }

    private static async Task<(double, double)?> WindowAsync(ProcessSampler? sampler, TimeSpan warmup, TimeSpan duration)
    {
        if (sampler is null) return null;
        await Task.Delay(warmup);
        sampler.BeginWindow();
        await Task.Delay(duration);
        return sampler.EndWindow();
    }
}
