using System.Net;
using IntervisieBot.Features.Reminders.Domain;
using Microsoft.AspNetCore.Http.Features;
using System.Text.Json;
using IntervisieBot.Protocol.Schema;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;


namespace IntervisieBot.Benchmarks.Reminders;

/// <summary>
/// A loopback Bot Connector for the fan-out benchmark that ENFORCES Teams' limits on what it accepts: per conversation
/// 7 per second and 60 per 30 seconds, per app 50 per second; anything beyond gets 429 with Retry-After: 1.
/// Counts accepted sends per reminder id (the activity text), and keeps every request's arrival time to report the most
/// requests that arrived in any 1-s window (<see cref="PeakInAnySecond"/>: at most 50 means the pacing stayed under Teams' limit).
/// </summary>
public sealed class TeamsLimitConnector : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly Lock _gate = new();
    private readonly SlidingWindowLimit _app50 = new(50, TimeSpan.FromSeconds(1));
    private readonly Dictionary<string, (SlidingWindowLimit Second, SlidingWindowLimit HalfMinute)> _conversations = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> _delivered = new(StringComparer.Ordinal);
    private readonly List<long> _arrivals = [];
    private long _throttled;
    private long _requests;
    private long _nextId;
    private DateTimeOffset? _firstAccepted;
    private DateTimeOffset? _lastAccepted;

    private TeamsLimitConnector(WebApplication app) => _app = app;

    public string ServiceUrl { get; private set; } = "";

    public long Throttled => Interlocked.Read(ref _throttled);
    public long Requests => Interlocked.Read(ref _requests);

    public static async Task<TeamsLimitConnector> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseKestrel(k => k.Listen(IPAddress.Loopback, 0));
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var connector = new TeamsLimitConnector(app);
        app.Run(connector.HandleAsync);
        await app.StartAsync().ConfigureAwait(false);
        var address = app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.First();
        connector.ServiceUrl = address.EndsWith('/') ? address : address + "/";
        return connector;
    }

    /// <summary>Accepted sends per reminder id, and the first and last acceptance time.</summary>
    public (IReadOnlyDictionary<string, int> Delivered, DateTimeOffset? First, DateTimeOffset? Last) Snapshot()
    {
        lock (_gate) return (new Dictionary<string, int>(_delivered), _firstAccepted, _lastAccepted);
    }

    /// <summary>The most requests (accepted or refused) that arrived within any window of one second.</summary>
    public int PeakInAnySecond()
    {
        long[] arrivals;
        lock (_gate) arrivals = [.. _arrivals];
        Array.Sort(arrivals);
        var peak = 0;
        for (int first = 0, last = 0; last < arrivals.Length; last++)
        {
            while (arrivals[last] - arrivals[first] >= TimeSpan.TicksPerSecond) first++;
            peak = Math.Max(peak, last - first + 1);
        }
        return peak;
    }

    public int DistinctDelivered
    {
        get { lock (_gate) return _delivered.Count; }
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync().ConfigureAwait(false);
        await _app.DisposeAsync().ConfigureAwait(false);
    }

    private async Task HandleAsync(HttpContext context)
    {
        var arrived = DateTimeOffset.UtcNow;   // Teams counts a request when it arrives, before anything reads its body
        Interlocked.Increment(ref _requests);
        var segments = context.Request.Path.Value?.Trim('/').Split('/') ?? [];
        using var body = await JsonDocument.ParseAsync(context.Request.Body, cancellationToken: context.RequestAborted).ConfigureAwait(false);
        if (context.Request.Method == "POST" && segments is ["v3", "conversations"])
        {
            if (!Admit(null, arrived))
            {
                await ThrottleAsync(context).ConfigureAwait(false);
                return;
            }
            var id = "a:bench-created-" + Interlocked.Increment(ref _nextId);
            context.Response.StatusCode = 201;
            await context.Response.WriteAsJsonAsync(new ConversationResourceResponse(id, null, ServiceUrl), ProtocolJson.Options).ConfigureAwait(false);
            return;
        }
        if (context.Request.Method == "POST" && segments is ["v3", "conversations", var conversation, "activities"])
        {
            if (!Admit(Uri.UnescapeDataString(conversation), arrived))
            {
                await ThrottleAsync(context).ConfigureAwait(false);
                return;
            }
            var text = body.RootElement.TryGetProperty("text", out var t) ? t.GetString() ?? "" : "";
            var now = DateTimeOffset.UtcNow;
            lock (_gate)
            {
                _delivered[text] = _delivered.GetValueOrDefault(text) + 1;
                _firstAccepted ??= now;
                _lastAccepted = now;
            }
            await context.Response.WriteAsJsonAsync(new ResourceResponse("m" + Interlocked.Increment(ref _nextId)), ProtocolJson.Options).ConfigureAwait(false);
            return;
        }
        context.Response.StatusCode = 404;
    }

    private bool Admit(string? conversationId, DateTimeOffset now)
    {
        lock (_gate)
        {
            _arrivals.Add(now.UtcTicks);
            if (_app50.WaitTime(now) > TimeSpan.Zero) return false;
            (SlidingWindowLimit Second, SlidingWindowLimit HalfMinute)? limits = null;
            if (conversationId is not null)
            {
                if (!_conversations.TryGetValue(conversationId, out var c))
                {
                    c = (new SlidingWindowLimit(7, TimeSpan.FromSeconds(1)), new SlidingWindowLimit(60, TimeSpan.FromSeconds(30)));
                    _conversations[conversationId] = c;
                }
                if (c.Second.WaitTime(now) > TimeSpan.Zero || c.HalfMinute.WaitTime(now) > TimeSpan.Zero) return false;
                limits = c;
            }
            _app50.Record(now);
            limits?.Second.Record(now);
            limits?.HalfMinute.Record(now);
            return true;
        }
    }

    private async Task ThrottleAsync(HttpContext context)
    {
        Interlocked.Increment(ref _throttled);
        context.Response.StatusCode = 429;
        context.Response.Headers.RetryAfter = "1";
        await context.Response.WriteAsJsonAsync(new ErrorResponse(new ErrorDetail("Throttled", "Teams limit exceeded (benchmark connector).")), ProtocolJson.Options).ConfigureAwait(false);
    }
}
