using System.Globalization;
using System.Net;
using System.Text;
using System.Text.Json;
using IntervisieBot.Protocol.Schema;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace IntervisieBot.Tests.Infrastructure;

/// <summary>
/// A fake Bot Connector (Teams' side of the outbound REST API) on 127.0.0.1 with a free port.
/// Implements send / reply / update / delete activity, create conversation, members and paged members;
/// records every request (as it arrived on the wire, ids percent-decoded from the raw path) and can be
/// scripted to fail. Use <see cref="ServiceUrl"/> as the activity's serviceUrl.
/// </summary>
public sealed class LoopbackConnector : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly TimeProvider _time;
    private readonly Lock _gate = new();
    private readonly List<RecordedRequest> _requests = [];
    private readonly List<Waiter> _waiters = [];
    private readonly Queue<ScriptedFailure> _failures = new();
    private long _nextId = 1_700_000_000_000;

    private LoopbackConnector(WebApplication app, TimeProvider time, string pathPrefix)
    {
        _app = app;
        _time = time;
        PathPrefix = pathPrefix;
    }

    /// <summary>Base address of the server, e.g. <c>http://127.0.0.1:41234/</c>.</summary>
    public Uri BaseAddress { get; private set; } = null!;

    /// <summary>The serviceUrl to put in activities: <see cref="BaseAddress"/> plus the optional path prefix (e.g. <c>/emea/</c>).</summary>
    public string ServiceUrl => new Uri(BaseAddress, PathPrefix).ToString();

    /// <summary>
    /// This server as a <c>Connector:TrustedServiceHosts</c> entry (<c>127.0.0.1:port</c>), for bots that reach it without an
    /// inbound activity binding it first (proactive sends from stored rows, as after a restart).
    /// </summary>
    public string TrustedHostEntry => $"{BaseAddress.Host}:{BaseAddress.Port}";

    /// <summary>Path prefix before <c>v3/</c> (Teams uses e.g. <c>/emea/</c>); "" for none.</summary>
    public string PathPrefix { get; }

    /// <summary>The roster returned by the members and paged members calls. Replace freely.</summary>
    public IReadOnlyList<ChannelAccount> Members { get; set; } = [];

    /// <summary>A conversation's own roster (e.g. a private channel's members), answered instead of <see cref="Members"/> for that conversation id.</summary>
    public System.Collections.Concurrent.ConcurrentDictionary<string, IReadOnlyList<ChannelAccount>> ConversationMembers { get; } = new(StringComparer.Ordinal);

    /// <summary>What <c>GET /v3/teams/{id}</c> answers per team id (404 for any other).</summary>
    public System.Collections.Concurrent.ConcurrentDictionary<string, TeamDetails> Teams { get; } = new(StringComparer.Ordinal);

    /// <summary>Decides per request whether to fail; consulted after the scripted queue is empty. Null = never.</summary>
    public Func<RecordedRequest, ScriptedFailure?>? FailureRule { get; set; }

    /// <summary>All requests so far (a snapshot).</summary>
    public IReadOnlyList<RecordedRequest> Requests
    {
        get { lock (_gate) return [.. _requests]; }
    }

    /// <param name="pathPrefix">Optional path before <c>v3/</c>, e.g. <c>"emea/"</c>, to test serviceUrls with a path.</param>
    /// <param name="time">Clock for <see cref="RecordedRequest.ReceivedAt"/>; the system clock by default.</param>
    public static async Task<LoopbackConnector> StartAsync(string pathPrefix = "", TimeProvider? time = null)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseKestrel(k => k.Listen(IPAddress.Loopback, 0));
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var prefix = pathPrefix.Trim('/');
        var connector = new LoopbackConnector(app, time ?? TimeProvider.System, prefix.Length == 0 ? "" : prefix + "/");
        app.Run(connector.HandleAsync);
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.First();
        connector.BaseAddress = new Uri(address.EndsWith('/') ? address : address + "/");
        return connector;
    }

    /// <summary>The next requests fail with these, in order (then normal service resumes).</summary>
    public void EnqueueFailures(params ScriptedFailure[] failures)
    {
        lock (_gate)
        {
            foreach (var failure in failures) _failures.Enqueue(failure);
        }
    }

    /// <summary>Each request fails with <paramref name="failure"/> with the given probability, decided by a seeded Random.</summary>
    public void FailRandomly(double probability, ScriptedFailure failure, int seed)
    {
        var random = new Random(seed);
        FailureRule = _ =>
        {
            lock (random) return random.NextDouble() < probability ? failure : null;
        };
    }

    /// <summary>
    /// Completes when at least <paramref name="count"/> recorded requests match (including ones already recorded),
    /// returning the first <paramref name="count"/> matches in arrival order. Throws <see cref="TimeoutException"/> otherwise.
    /// </summary>
    public async Task<IReadOnlyList<RecordedRequest>> WaitForRequestsAsync(Func<RecordedRequest, bool> match, int count, TimeSpan timeout)
    {
        Waiter waiter;
        lock (_gate)
        {
            var already = _requests.Where(match).Take(count).ToList();
            if (already.Count >= count) return already;
            waiter = new Waiter(match, count, already);
            _waiters.Add(waiter);
        }
        try
        {
            return await waiter.Completion.Task.WaitAsync(timeout);
        }
        catch (TimeoutException)
        {
            lock (_gate) _waiters.Remove(waiter);
            throw new TimeoutException(
                $"Expected {count} matching connector requests within {timeout}; got {waiter.Matched.Count}. All requests: "
                + string.Join(", ", Requests.Select(r => $"{r.Method} {r.RawPath} -> {r.ResponseStatus}")));
        }
    }

    public Task<IReadOnlyList<RecordedRequest>> WaitForRequestsAsync(int count, TimeSpan timeout) =>
        WaitForRequestsAsync(_ => true, count, timeout);

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }

    /// <summary>
    /// An upload url on this server, as Teams hands one out in a file consent answer (the user's OneDrive in production):
    /// a PUT there is recorded in <see cref="Uploads"/> and answered 201.
    /// </summary>
    public string UploadUrl(string fileName) => new Uri(BaseAddress, "uploads/" + Uri.EscapeDataString(fileName)).ToString();

    /// <summary>Where an uploaded file can be read afterwards (the file info card's contentUrl).</summary>
    public string ContentUrl(string fileName) => new Uri(BaseAddress, "files/" + Uri.EscapeDataString(fileName)).ToString();

    /// <summary>Every PUT to an <see cref="UploadUrl"/> so far (a snapshot).</summary>
    public IReadOnlyList<RecordedUpload> Uploads
    {
        get { lock (_gate) return [.. _uploads]; }
    }

    private readonly List<RecordedUpload> _uploads = [];

    private async Task HandleAsync(HttpContext context)
    {
        var (rawPath, query) = LoopbackHttp.RawTarget(context);
        if (rawPath.StartsWith("/uploads/", StringComparison.Ordinal))
        {
            using var bytes = new MemoryStream();
            await context.Request.Body.CopyToAsync(bytes, context.RequestAborted);
            var upload = new RecordedUpload(context.Request.Method, Uri.UnescapeDataString(rawPath["/uploads/".Length..]), bytes.ToArray(),
                context.Request.ContentType, context.Request.Headers.ContentRange.ToString(),
                context.Request.Headers.Authorization.Count > 0 ? context.Request.Headers.Authorization.ToString() : null);
            lock (_gate) _uploads.Add(upload);
            context.Response.StatusCode = context.Request.Method == "PUT" ? 201 : 405;
            return;
        }
        var route = Route.Parse(context.Request.Method, rawPath, PathPrefix);

        var body = await LoopbackHttp.ReadJsonBodyAsync(context.Request, context.RequestAborted);

        var request = new RecordedRequest(
            context.Request.Method,
            rawPath,
            query,
            route.Operation,
            route.ConversationId,
            route.ActivityId,
            body,
            context.Request.Headers.Authorization.Count > 0 ? context.Request.Headers.Authorization.ToString() : null,
            _time.GetUtcNow(),
            ResponseStatus: 0,
            ResponseId: null);

        ScriptedFailure? failure;
        lock (_gate)
        {
            failure = _failures.Count > 0 ? _failures.Dequeue() : null;
        }
        failure ??= FailureRule?.Invoke(request);

        int status;
        string? id = null;
        object? responseBody;
        if (failure is not null)
        {
            status = failure.StatusCode;
            if (failure.RetryAfter is not null) context.Response.Headers.RetryAfter = failure.RetryAfter;
            context.Response.Headers["X-Correlating-OperationId"] = failure.CorrelationId ?? Guid.NewGuid().ToString("N");
            responseBody = new ErrorResponse(new ErrorDetail(failure.ErrorCode, "Scripted failure from the loopback connector."));
        }
        else
        {
            (status, id, responseBody) = Answer(route, query);
        }

        Record(request with { ResponseStatus = status, ResponseId = id });
        context.Response.StatusCode = status;
        if (responseBody is not null)
        {
            await context.Response.WriteAsJsonAsync(responseBody, ProtocolJson.Options, context.RequestAborted);
        }
    }

    private (int Status, string? Id, object? Body) Answer(Route route, string query)
    {
        switch (route.Operation)
        {
            case "Send":
            case "Reply":
            {
                var id = NextId();
                return (200, id, new ResourceResponse(id));
            }
            case "Update":
                return (200, route.ActivityId, new ResourceResponse(route.ActivityId));
            case "Delete":
                return (200, null, null);
            case "CreateConversation":
            {
                var id = "a:" + NextId();
                var activityId = NextId();
                return (201, id, new ConversationResourceResponse(id, activityId, ServiceUrl));
            }
            case "GetMembers":
                return (200, null, Members);
            case "GetTeamDetails":
                return Teams.TryGetValue(route.ConversationId!, out var team)
                    ? (200, null, team)
                    : (404, null, new ErrorResponse(new ErrorDetail("NotFound", "Unknown team.")));
            case "GetPagedMembers":
            {
                var parameters = System.Web.HttpUtility.ParseQueryString(query);
                var pageSize = int.TryParse(parameters["pageSize"], CultureInfo.InvariantCulture, out var size) ? size : 200;
                var start = int.TryParse(parameters["continuationToken"], CultureInfo.InvariantCulture, out var token) ? token : 0;
                var roster = ConversationMembers.TryGetValue(route.ConversationId ?? "", out var own) ? own : Members;
                var page = roster.Skip(start).Take(pageSize).ToList();
                var next = start + page.Count < roster.Count ? (start + page.Count).ToString(CultureInfo.InvariantCulture) : null;
                return (200, null, new PagedMembersResult { Members = page, ContinuationToken = next });
            }
            default:
                return (404, null, new ErrorResponse(new ErrorDetail("NotFound", "Unknown connector route.")));
        }
    }

    private string NextId() => Interlocked.Increment(ref _nextId).ToString(CultureInfo.InvariantCulture);

    private void Record(RecordedRequest request)
    {
        List<Waiter> done = [];
        lock (_gate)
        {
            _requests.Add(request);
            foreach (var waiter in _waiters)
            {
                if (!waiter.Match(request)) continue;
                waiter.Matched.Add(request);
                if (waiter.Matched.Count >= waiter.Count) done.Add(waiter);
            }
            foreach (var waiter in done) _waiters.Remove(waiter);
        }
        foreach (var waiter in done) waiter.Completion.TrySetResult([.. waiter.Matched]);
    }

    private sealed class Waiter(Func<RecordedRequest, bool> match, int count, List<RecordedRequest> matched)
    {
        public Func<RecordedRequest, bool> Match { get; } = match;
        public int Count { get; } = count;
        public List<RecordedRequest> Matched { get; } = matched;
        public TaskCompletionSource<IReadOnlyList<RecordedRequest>> Completion { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
    }

    private sealed record Route(string Operation, string? ConversationId, string? ActivityId)
    {
        public static Route Parse(string method, string rawPath, string prefix)
        {
            var path = rawPath.TrimStart('/');
            if (prefix.Length > 0)
            {
                if (!path.StartsWith(prefix, StringComparison.Ordinal)) return new("Unknown", null, null);
                path = path[prefix.Length..];
            }
            var segments = path.Split('/');
            if (method == "GET" && segments is ["v3", "teams", var team]) return new("GetTeamDetails", Uri.UnescapeDataString(team), null);
            if (segments.Length < 2 || segments[0] != "v3" || segments[1] != "conversations") return new("Unknown", null, null);
            if (segments.Length == 2 || (segments.Length == 3 && segments[2].Length == 0))
            {
                return method == "POST" ? new("CreateConversation", null, null) : new("Unknown", null, null);
            }
            var conversationId = Uri.UnescapeDataString(segments[2]);
            return (method, segments.Length, segments.ElementAtOrDefault(3)) switch
            {
                ("POST", 4, "activities") => new("Send", conversationId, null),
                ("POST", 5, "activities") => new("Reply", conversationId, Uri.UnescapeDataString(segments[4])),
                ("PUT", 5, "activities") => new("Update", conversationId, Uri.UnescapeDataString(segments[4])),
                ("DELETE", 5, "activities") => new("Delete", conversationId, Uri.UnescapeDataString(segments[4])),
                ("GET", 4, "members") => new("GetMembers", conversationId, null),
                ("GET", 4, "pagedmembers") => new("GetPagedMembers", conversationId, null),
                _ => new("Unknown", conversationId, null),
            };
        }
    }
}
