using System.Globalization;
using System.Net;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
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
/// A fake Microsoft Graph (v1.0) on 127.0.0.1 with a free port, enough for the team calendar: <c>GET /groups/{id}</c>,
/// <c>POST /users/{u}/events</c> (answers 201 with an id and, for online meetings, <c>onlineMeeting.joinUrl</c>),
/// <c>PATCH /users/{u}/events/{id}</c> (series master or occurrence), <c>GET /users/{u}/events/{id}/instances</c>
/// (occurrences computed from the stored weekly recurrence, with originalStart, paging via @odata.nextLink and
/// <c>Prefer: outlook.timezone</c>) and <c>POST …/events/{id}/cancel</c> (202). Like Exchange, changing a series' start or
/// recurrence drops its exceptions (cancelled and moved occurrences). Records every request and can be scripted to
/// fail with Graph error bodies (<see cref="Fail"/>). Point the SDK at <see cref="BaseUrl"/>.
/// </summary>
public sealed class LoopbackGraphServer : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly Lock _gate = new();
    private readonly List<GraphRequest> _requests = [];
    private readonly List<FailureRule> _rules = [];
    private readonly Dictionary<string, JsonObject> _groups = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, Series> _events = new(StringComparer.Ordinal);
    private int _nextEvent;
    private int _nextRequest;

    private LoopbackGraphServer(WebApplication app) => _app = app;

    /// <summary>The Graph base URL including the version, e.g. <c>http://127.0.0.1:41234/v1.0</c>.</summary>
    public Uri BaseUrl { get; private set; } = null!;

    /// <summary>Most occurrences per instances page (the client's $top is honoured when smaller).</summary>
    public int PageSize { get; set; } = 100;

    public IReadOnlyList<GraphRequest> Requests
    {
        get { lock (_gate) return [.. _requests]; }
    }

    public static async Task<LoopbackGraphServer> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseKestrel(k => k.Listen(IPAddress.Loopback, 0));
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var server = new LoopbackGraphServer(app);
        app.Run(server.HandleAsync);
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.First();
        server.BaseUrl = new Uri(address.TrimEnd('/') + "/v1.0");
        return server;
    }

    /// <summary>A Microsoft 365 group the server knows (a team's group id with its e-mail address).</summary>
    public void AddGroup(string id, string? mail, string displayName)
    {
        lock (_gate) _groups[id] = new JsonObject { ["id"] = id, ["mail"] = mail, ["displayName"] = displayName };
    }

    /// <summary>Requests matching <paramref name="match"/> fail with <paramref name="failure"/>, at most <paramref name="times"/> times.</summary>
    public void Fail(Func<GraphRequest, bool> match, GraphFailure failure, int times = int.MaxValue)
    {
        lock (_gate) _rules.Add(new FailureRule(match, failure, times));
    }

    /// <summary>The stored series master (after all PATCHes), or null when unknown or cancelled.</summary>
    public JsonObject? EventOf(string eventId)
    {
        lock (_gate) return _events.TryGetValue(eventId, out var series) && !series.Cancelled ? (JsonObject)series.Master.DeepClone() : null;
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }

    private async Task HandleAsync(HttpContext context)
    {
        var (rawPath, rawQuery) = LoopbackHttp.RawTarget(context);
        var path = Uri.UnescapeDataString(rawPath.StartsWith("/v1.0", StringComparison.Ordinal) ? rawPath["/v1.0".Length..] : rawPath);
        var query = context.Request.Query.ToDictionary(q => q.Key, q => q.Value.ToString(), StringComparer.Ordinal);
        var headers = context.Request.Headers.ToDictionary(h => h.Key.ToLowerInvariant(), h => h.Value.ToString(), StringComparer.Ordinal);

        var body = await LoopbackHttp.ReadJsonBodyAsync(context.Request, context.RequestAborted);

        var request = new GraphRequest(context.Request.Method, path, rawQuery, query, headers, body, 0);
        var requestId = "loopback-request-" + Interlocked.Increment(ref _nextRequest).ToString(CultureInfo.InvariantCulture);
        context.Response.Headers["request-id"] = requestId;

        (int Status, JsonNode? Body) answer;
        GraphFailure? failure = null;
        lock (_gate)
        {
            foreach (var rule in _rules)
            {
                if (rule.Remaining > 0 && rule.Match(request))
                {
                    rule.Remaining--;
                    failure = rule.Failure;
                    break;
                }
            }
            answer = failure is null ? Answer(request) : (failure.StatusCode, Error(failure.Code, failure.Message, requestId));
            _requests.Add(request with { ResponseStatus = answer.Status });
        }

        if (failure?.RetryAfter is not null) context.Response.Headers.RetryAfter = failure.RetryAfter;
        context.Response.StatusCode = answer.Status;
        if (answer.Body is not null)
        {
            context.Response.ContentType = "application/json";
            await context.Response.WriteAsync(answer.Body.ToJsonString(), context.RequestAborted);
        }
    }

    private (int Status, JsonNode? Body) Answer(GraphRequest request)
    {
        var segments = request.Path.Trim('/').Split('/');
        return (request.Method, segments) switch
        {
            ("GET", ["groups", var id]) => Group(id, request),
            ("POST", ["users", var user, "events"]) => Create(user, request),
            ("PATCH", ["users", _, "events", var id]) => Patch(id, request),
            ("GET", ["users", _, "events", var id, "instances"]) => Instances(segments[1], id, request),
            ("POST", ["users", _, "events", var id, "cancel"]) => Cancel(id),
            _ => (400, Error("BadRequest", "The loopback Graph server does not serve this request.", null)),
        };
    }

    private (int, JsonNode?) Group(string id, GraphRequest request)
    {
        if (!_groups.TryGetValue(id, out var group)) return (404, Error("Request_ResourceNotFound", "Resource does not exist.", null));
        var select = request.QueryValue("$select")?.Split(',') ?? ["id", "mail", "displayName"];
        var answer = new JsonObject { ["@odata.context"] = "loopback#groups/$entity", ["id"] = id };
        foreach (var field in select.Where(f => f != "id")) answer[field] = group[field]?.DeepClone();
        return (200, answer);
    }

    private (int, JsonNode?) Create(string user, GraphRequest request)
    {
        if (request.Body is not { ValueKind: JsonValueKind.Object } body) return (400, Error("BadRequest", "Empty Payload, JSON content expected.", null));
        var number = ++_nextEvent;
        var id = "series-" + number.ToString(CultureInfo.InvariantCulture);
        var master = JsonNode.Parse(body.GetRawText())!.AsObject();
        master["id"] = id;
        master["type"] = master.ContainsKey("recurrence") ? "seriesMaster" : "singleInstance";
        master["organizer"] = new JsonObject { ["emailAddress"] = new JsonObject { ["address"] = user + "@loopback.test" } };
        if (master["isOnlineMeeting"]?.GetValue<bool>() == true)
        {
            master["onlineMeeting"] = new JsonObject { ["joinUrl"] = "https://teams.microsoft.com/l/meetup-join/loopback-" + number.ToString(CultureInfo.InvariantCulture) };
        }
        _events[id] = new Series(user, master);
        return (201, master.DeepClone());
    }

    private (int, JsonNode?) Patch(string id, GraphRequest request)
    {
        if (request.Body is not { ValueKind: JsonValueKind.Object } body) return (400, Error("BadRequest", "Empty Payload, JSON content expected.", null));
        var changes = JsonNode.Parse(body.GetRawText())!.AsObject();
        if (_events.TryGetValue(id, out var series))
        {
            if (series.Cancelled) return NotFound();
            foreach (var (name, value) in changes) series.Master[name] = value?.DeepClone();
            if (changes.ContainsKey("recurrence") || changes.ContainsKey("start"))
            {
                // Exchange drops a series' exceptions when its pattern or time changes.
                series.CancelledDates.Clear();
                series.Moved.Clear();
            }
            return (200, series.Master.DeepClone());
        }

        if (!TryOccurrence(id, out var master, out var date) || master.CancelledDates.Contains(date)) return NotFound();
        master.Moved[date] = ((JsonObject)changes["start"]!.DeepClone(), (JsonObject)changes["end"]!.DeepClone());
        return (200, new JsonObject { ["id"] = id, ["type"] = "exception", ["start"] = changes["start"]!.DeepClone(), ["end"] = changes["end"]!.DeepClone() });
    }

    private (int, JsonNode?) Cancel(string id)
    {
        if (_events.TryGetValue(id, out var series))
        {
            if (series.Cancelled) return NotFound();
            series.Cancelled = true;
            return (202, null);
        }
        if (!TryOccurrence(id, out var master, out var date) || master.CancelledDates.Contains(date)) return NotFound();
        master.CancelledDates.Add(date);
        return (202, null);
    }

    private (int, JsonNode?) Instances(string user, string id, GraphRequest request)
    {
        if (!_events.TryGetValue(id, out var series) || series.Cancelled) return NotFound();
        if (!DateTimeOffset.TryParse(request.QueryValue("startDateTime"), CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var from)
            || !DateTimeOffset.TryParse(request.QueryValue("endDateTime"), CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var to))
        {
            return (400, Error("ErrorInvalidParameter", "This request requires a time window specified by the query string parameters StartDateTime and EndDateTime.", null));
        }

        var preferred = PreferredZone(request.Header("prefer"));
        var all = Occurrences(id, series, from, to, preferred).ToList();
        var top = int.TryParse(request.QueryValue("$top"), out var t) ? Math.Min(t, PageSize) : Math.Min(10, PageSize);
        var skip = int.TryParse(request.QueryValue("$skip"), out var s) ? s : 0;
        var page = new JsonArray([.. all.Skip(skip).Take(top)]);
        var answer = new JsonObject { ["@odata.context"] = "loopback#Collection(event)", ["value"] = page };
        if (skip + top < all.Count)
        {
            answer["@odata.nextLink"] = BaseUrl + "/users/" + Uri.EscapeDataString(user) + "/events/" + Uri.EscapeDataString(id) + "/instances"
                + "?startDateTime=" + Uri.EscapeDataString(request.QueryValue("startDateTime")!)
                + "&endDateTime=" + Uri.EscapeDataString(request.QueryValue("endDateTime")!)
                + "&$top=" + top.ToString(CultureInfo.InvariantCulture) + "&$skip=" + (skip + top).ToString(CultureInfo.InvariantCulture);
        }
        return (200, answer);
    }

    private static IEnumerable<JsonObject> Occurrences(string id, Series series, DateTimeOffset from, DateTimeOffset to, TimeZoneInfo? preferred)
    {
        var master = series.Master;
        var zone = TimeZoneInfo.FindSystemTimeZoneById(master["start"]!["timeZone"]!.GetValue<string>());
        var start = DateTime.Parse(master["start"]!["dateTime"]!.GetValue<string>(), CultureInfo.InvariantCulture);
        var end = DateTime.Parse(master["end"]!["dateTime"]!.GetValue<string>(), CultureInfo.InvariantCulture);
        var pattern = master["recurrence"]!["pattern"]!;
        var range = master["recurrence"]!["range"]!;
        var interval = pattern["interval"]!.GetValue<int>();
        var days = pattern["daysOfWeek"]!.AsArray().Select(d => Enum.Parse<DayOfWeek>(d!.GetValue<string>(), ignoreCase: true)).ToHashSet();
        var first = DateOnly.Parse(range["startDate"]!.GetValue<string>(), CultureInfo.InvariantCulture);
        DateOnly? last = range["type"]!.GetValue<string>() == "endDate" ? DateOnly.Parse(range["endDate"]!.GetValue<string>(), CultureInfo.InvariantCulture) : null;
        var weekOfFirst = first.AddDays(-(((int)first.DayOfWeek + 6) % 7));

        for (var date = first; (last is null || date <= last) && Utc(date.ToDateTime(TimeOnly.MinValue), zone) < to.UtcDateTime; date = date.AddDays(1))
        {
            var week = (date.DayNumber - weekOfFirst.DayNumber) / 7;
            if (week % interval != 0 || !days.Contains(date.DayOfWeek) || series.CancelledDates.Contains(date)) continue;

            var originalStart = Utc(date.ToDateTime(TimeOnly.FromDateTime(start)), zone);
            DateTime occurrenceStart, occurrenceEnd;
            var type = "occurrence";
            if (series.Moved.TryGetValue(date, out var moved))
            {
                type = "exception";
                occurrenceStart = Utc(DateTime.Parse(moved.Start["dateTime"]!.GetValue<string>(), CultureInfo.InvariantCulture), TimeZoneInfo.FindSystemTimeZoneById(moved.Start["timeZone"]!.GetValue<string>()));
                occurrenceEnd = Utc(DateTime.Parse(moved.End["dateTime"]!.GetValue<string>(), CultureInfo.InvariantCulture), TimeZoneInfo.FindSystemTimeZoneById(moved.End["timeZone"]!.GetValue<string>()));
            }
            else
            {
                occurrenceStart = originalStart;
                occurrenceEnd = originalStart + (end - start);
            }
            if (occurrenceEnd <= from.UtcDateTime || occurrenceStart >= to.UtcDateTime) continue;

            yield return new JsonObject
            {
                ["id"] = id + ".occ." + date.ToString("yyyyMMdd", CultureInfo.InvariantCulture),
                ["type"] = type,
                ["seriesMasterId"] = id,
                ["originalStart"] = originalStart.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture),
                ["start"] = Zoned(occurrenceStart, preferred),
                ["end"] = Zoned(occurrenceEnd, preferred),
            };
        }
    }

    private bool TryOccurrence(string id, out Series series, out DateOnly date)
    {
        series = null!;
        date = default;
        var marker = id.LastIndexOf(".occ.", StringComparison.Ordinal);
        return marker > 0
            && _events.TryGetValue(id[..marker], out series!)
            && !series.Cancelled
            && DateOnly.TryParseExact(id[(marker + 5)..], "yyyyMMdd", CultureInfo.InvariantCulture, DateTimeStyles.None, out date);
    }

    private static TimeZoneInfo? PreferredZone(string? prefer)
    {
        const string key = "outlook.timezone=";
        var at = prefer?.IndexOf(key, StringComparison.OrdinalIgnoreCase) ?? -1;
        if (at < 0) return null;
        var name = prefer![(at + key.Length)..].Split(',')[0].Trim().Trim('"');
        return TimeZoneInfo.TryFindSystemTimeZoneById(name, out var zone) ? zone : null;
    }

    private static JsonObject Zoned(DateTime utc, TimeZoneInfo? zone) => zone is null
        ? new JsonObject { ["dateTime"] = utc.ToString("yyyy-MM-dd'T'HH:mm:ss.fffffff", CultureInfo.InvariantCulture), ["timeZone"] = "UTC" }
        : new JsonObject
        {
            ["dateTime"] = TimeZoneInfo.ConvertTimeFromUtc(utc, zone).ToString("yyyy-MM-dd'T'HH:mm:ss.fffffff", CultureInfo.InvariantCulture),
            ["timeZone"] = zone.HasIanaId && TimeZoneInfo.TryConvertIanaIdToWindowsId(zone.Id, out var windows) ? windows : zone.Id,
        };

    private static DateTime Utc(DateTime wallClock, TimeZoneInfo zone) =>
        TimeZoneInfo.ConvertTimeToUtc(DateTime.SpecifyKind(wallClock, DateTimeKind.Unspecified), zone);

    private static (int, JsonNode?) NotFound() => (404, Error("ErrorItemNotFound", "The specified object was not found in the store.", null));

    private static JsonObject Error(string code, string message, string? requestId) => new()
    {
        ["error"] = new JsonObject
        {
            ["code"] = code,
            ["message"] = message,
            ["innerError"] = new JsonObject
            {
                ["date"] = "2026-01-01T00:00:00",
                ["request-id"] = requestId,
                ["client-request-id"] = requestId,
            },
        },
    };

    private sealed class FailureRule(Func<GraphRequest, bool> match, GraphFailure failure, int remaining)
    {
        public Func<GraphRequest, bool> Match { get; } = match;
        public GraphFailure Failure { get; } = failure;
        public int Remaining { get; set; } = remaining;
    }

    private sealed class Series(string user, JsonObject master)
    {
        public string User { get; } = user;
        public JsonObject Master { get; } = master;
        public bool Cancelled { get; set; }
        public HashSet<DateOnly> CancelledDates { get; } = [];
        public Dictionary<DateOnly, (JsonObject Start, JsonObject End)> Moved { get; } = [];
    }
}
