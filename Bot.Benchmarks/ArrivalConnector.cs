using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Text.Json;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;

namespace IntervisieBot.Benchmarks;

/// <summary>
/// The Bot Connector stand-in both bots reply to (127.0.0.1, free port): records when each reply arrives
/// (<see cref="Stopwatch"/> timestamp, matched by the reply's <c>replyToId</c>), answers send/reply/update with an id and the
/// paged member list with each conversation's one member (for the roles card action).
/// </summary>
public sealed class ArrivalConnector : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly ConcurrentDictionary<string, TaskCompletionSource<long>> _expected = new(StringComparer.Ordinal);
    private long _nextId;
    private long _unmatched;
    private long _injected429;
    private long _injected500;
    private Random? _faults;
    private double _throttledShare;
    private double _serverErrorShare;

    private ArrivalConnector(WebApplication app) => _app = app;

    public string ServiceUrl { get; private set; } = "";

    /// <summary>Activities that arrived without anyone waiting for them (welcome cards, late replies).</summary>
    public long Unmatched => Interlocked.Read(ref _unmatched);

    /// <summary>Successful arrivals per replyToId (a reply that came twice counts 2).</summary>
    public ConcurrentDictionary<string, int> Delivered { get; } = new(StringComparer.Ordinal);

    public long Injected429 => Interlocked.Read(ref _injected429);
    public long Injected500 => Interlocked.Read(ref _injected500);

    /// <summary>From now on a share of activity sends and updates fails with 429 (Retry-After: 1) or 500, decided by a seeded Random.</summary>
    public void InjectFaults(double throttledShare, double serverErrorShare, int seed)
    {
        _throttledShare = throttledShare;
        _serverErrorShare = serverErrorShare;
        _faults = new Random(seed);
    }

    public void StopFaults() => _faults = null;

    /// <summary>The roster the paged member list returns for a conversation (the benchmark's one user per team).</summary>
    public Func<string, object>? MemberFor { get; set; }

    public static async Task<ArrivalConnector> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseKestrel(k => k.Listen(IPAddress.Loopback, 0));
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var connector = new ArrivalConnector(app);
        app.Run(connector.HandleAsync);
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.First();
        connector.ServiceUrl = address.TrimEnd('/') + "/";
        return connector;
    }

    /// <summary>Completes with the arrival timestamp of the reply to <paramref name="activityId"/>.</summary>
    public Task<long> Expect(string activityId)
    {
        var arrival = new TaskCompletionSource<long>(TaskCreationOptions.RunContinuationsAsynchronously);
        _expected[activityId] = arrival;
        return arrival.Task;
    }

    public void Forget(string activityId) => _expected.TryRemove(activityId, out _);

    private async Task HandleAsync(HttpContext context)
    {
        var arrivedAt = Stopwatch.GetTimestamp();
        var segments = context.Request.Path.Value?.Trim('/').Split('/') ?? [];
        // v3/conversations/{id}/activities[/{replyToId}] | v3/conversations/{id}/pagedmembers
        if (segments is ["v3", "conversations", var conversation, "pagedmembers"] && MemberFor is not null)
        {
            await context.Response.WriteAsJsonAsync(new { members = new[] { MemberFor(Uri.UnescapeDataString(conversation)) } });
            return;
        }
        if (segments.Length < 4 || segments[3] != "activities")
        {
            context.Response.StatusCode = StatusCodes.Status404NotFound;
            return;
        }

        if (_faults is { } faults)
        {
            double roll;
            lock (faults) roll = faults.NextDouble();
            if (roll < _throttledShare + _serverErrorShare)
            {
                var throttled = roll < _throttledShare;
                Interlocked.Increment(ref throttled ? ref _injected429 : ref _injected500);
                if (throttled) context.Response.Headers.RetryAfter = "1";
                context.Response.StatusCode = throttled ? StatusCodes.Status429TooManyRequests : StatusCodes.Status500InternalServerError;
                await context.Response.WriteAsJsonAsync(new { error = new { code = throttled ? "Throttled" : "InternalServerError", message = "Injected by the chaos benchmark." } });
                return;
            }
        }

        string? replyToId = segments.Length > 4 ? Uri.UnescapeDataString(segments[4]) : null;
        using (var body = await JsonDocument.ParseAsync(context.Request.Body, cancellationToken: context.RequestAborted))
        {
            if (body.RootElement.ValueKind == JsonValueKind.Object && body.RootElement.TryGetProperty("replyToId", out var value)
                && value.ValueKind == JsonValueKind.String)
                replyToId = value.GetString();
        }
        if (replyToId is not null) Delivered.AddOrUpdate(replyToId, 1, (_, n) => n + 1);
        if (replyToId is not null && _expected.TryRemove(replyToId, out var waiter)) waiter.TrySetResult(arrivedAt);
        else Interlocked.Increment(ref _unmatched);

        var id = Interlocked.Increment(ref _nextId).ToString(CultureInfo.InvariantCulture);
        await context.Response.WriteAsJsonAsync(new { id });
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
