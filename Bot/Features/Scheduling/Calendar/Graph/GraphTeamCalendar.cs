using System.Globalization;
using System.Net;
using Azure.Identity;
using IntervisieBot.Protocol.Resilience;
using Microsoft.Extensions.Options;
using Microsoft.Graph;
using Microsoft.Graph.Models;
using Microsoft.Graph.Models.ODataErrors;
using Microsoft.Graph.Users.Item.Events.Item.Cancel;
using Microsoft.Kiota.Abstractions;
using Microsoft.Kiota.Authentication.Azure;

namespace IntervisieBot.Features.Scheduling.Calendar.Graph;

/// <summary>
/// The team calendar on Microsoft Graph, app-only. A series is an event in the organizer's mailbox
/// (<c>POST /users/{organizer}/events</c>, permission Calendars.ReadWrite) with a Teams meeting and the team's Microsoft 365
/// group as attendee, so it shows in the group calendar (the group's address comes from <c>GET /groups/{id}</c>,
/// permission GroupMember.Read.All). Holiday exceptions are applied per occurrence: skipped ones are cancelled with a
/// comment, moved ones get new start/end. Graph answers never throw: 403 → PermissionMissing (naming the permission),
/// 404 → NotFound, 429 (after bounded retries, see <see cref="GraphRetryHandler"/>) → Throttled with RetryAfter,
/// anything else → Failed. When the series was made but an exception could not be applied, the result carries the
/// failure status together with <see cref="CalendarResult.Event"/>, so the caller can keep the series and update it later.
/// </summary>
public sealed partial class GraphTeamCalendar : ITeamCalendar
{
    public const string HttpClientName = "Graph";

    private const string CreateOperation = "CreateSeries";
    private const string UpdateOperation = "UpdateSeries";
    private const string CancelOperation = "CancelSeries";

    private readonly GraphServiceClient _client;
    private readonly GraphCalendarOptions _options;
    private readonly TimeZoneInfo _zone;
    private readonly CultureInfo _culture;
    private readonly ILogger<GraphTeamCalendar> _logger;

    public GraphTeamCalendar(IHttpClientFactory httpClientFactory, IOptions<GraphCalendarOptions> options, ILogger<GraphTeamCalendar> logger)
    {
        _options = options.Value;
        _logger = logger;
        _zone = TimeZoneInfo.FindSystemTimeZoneById(_options.TimeZone);
        _culture = CultureInfo.GetCultureInfo(_options.Culture);
        var credential = GraphCredentialFactory.Create(_options, httpClientFactory);
        // Tokens go only to the configured Graph host (a nextLink or redirect elsewhere gets no token).
        var authentication = new AzureIdentityAuthenticationProvider(credential, allowedHosts: [_options.BaseUrl.Host], scopes: [_options.Scope]);
        _client = new GraphServiceClient(httpClientFactory.CreateClient(HttpClientName), authentication, _options.BaseUrl.ToString().TrimEnd('/'));
    }

    public bool IsConfigured => true;

    public async Task<CalendarResult> CreateSeriesAsync(CalendarSeries series, CancellationToken cancellationToken)
    {
        GraphSeriesMapper.Validate(series);
        var organizer = series.OrganizerUserId;

        var group = await CallAsync(CreateOperation, "ReadGroup", GraphPermissions.GroupMemberReadAll, () =>
            _client.Groups[series.GroupId].GetAsync(r => r.QueryParameters.Select = ["mail", "displayName"], cancellationToken), cancellationToken);
        if (group.Failure is { } groupFailure) return groupFailure;
        if (string.IsNullOrWhiteSpace(group.Value?.Mail))
        {
            Log.GroupWithoutMail(_logger);
            return new CalendarResult(CalendarStatus.Failed);
        }

        var body = GraphSeriesMapper.NewSeries(series, _options.TimeZone, group.Value.Mail, group.Value.DisplayName);
        var created = await CallAsync(CreateOperation, "CreateEvent", GraphPermissions.CalendarsReadWrite, () =>
            _client.Users[organizer].Events.PostAsync(body, r => PreferTimeZone(r.Headers), cancellationToken), cancellationToken);
        if (created.Failure is { } createFailure) return createFailure;
        if (string.IsNullOrEmpty(created.Value?.Id))
        {
            Log.AnswerWithoutId(_logger, CreateOperation);
            return new CalendarResult(CalendarStatus.Failed);
        }

        var reference = new CalendarEventRef(organizer, created.Value.Id);
        var joinUrl = created.Value.OnlineMeeting?.JoinUrl;
        var exceptions = await ApplyExceptionsAsync(CreateOperation, reference, series, cancellationToken);
        if (exceptions is { } exceptionFailure) return exceptionFailure with { Event = reference, JoinUrl = joinUrl };

        Log.SeriesWritten(_logger, CreateOperation, series.Exceptions.Count);
        return new CalendarResult(CalendarStatus.Succeeded, reference, joinUrl);
    }

    public async Task<CalendarResult> UpdateSeriesAsync(CalendarEventRef existing, CalendarSeries series, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(existing);
        GraphSeriesMapper.Validate(series);

        var changes = GraphSeriesMapper.SeriesChanges(series, _options.TimeZone);
        var updated = await CallAsync(UpdateOperation, "UpdateEvent", GraphPermissions.CalendarsReadWrite, () =>
            _client.Users[existing.OrganizerUserId].Events[existing.EventId].PatchAsync(changes, r => PreferTimeZone(r.Headers), cancellationToken), cancellationToken);
        if (updated.Failure is { } updateFailure) return updateFailure with { Event = existing };

        var joinUrl = updated.Value?.OnlineMeeting?.JoinUrl;
        var exceptions = await ApplyExceptionsAsync(UpdateOperation, existing, series, cancellationToken);
        if (exceptions is { } exceptionFailure) return exceptionFailure with { Event = existing, JoinUrl = joinUrl };

        Log.SeriesWritten(_logger, UpdateOperation, series.Exceptions.Count);
        return new CalendarResult(CalendarStatus.Succeeded, existing, joinUrl);
    }

    public async Task<CalendarResult> CancelSeriesAsync(CalendarEventRef existing, string comment, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(existing);
        var cancelled = await CallAsync(CancelOperation, "CancelEvent", GraphPermissions.CalendarsReadWrite, async () =>
        {
            await _client.Users[existing.OrganizerUserId].Events[existing.EventId].Cancel.PostAsync(new CancelPostRequestBody { Comment = comment }, cancellationToken: cancellationToken);
            return true;
        }, cancellationToken);
        if (cancelled.Failure is { } failure) return failure with { Event = existing };

        Log.SeriesCancelled(_logger);
        return new CalendarResult(CalendarStatus.Succeeded, existing);
    }

    /// <summary>
    /// Lists the occurrences between the first and last exception date and cancels (skip) or moves each one. Occurrences are
    /// matched on their original start, so applying the same exceptions again changes nothing: a cancelled occurrence is no
    /// longer listed, a moved one already starts on its new date. Returns null when all went well.
    /// </summary>
    private async Task<CalendarResult?> ApplyExceptionsAsync(string operation, CalendarEventRef series, CalendarSeries plan, CancellationToken cancellationToken)
    {
        var exceptions = plan.Exceptions.DistinctBy(e => e.OriginalDate).ToList();
        if (exceptions.Count == 0) return null;

        var from = Utc(exceptions.Min(e => e.OriginalDate));
        var to = Utc(exceptions.Max(e => e.OriginalDate).AddDays(1));
        var instances = await CallAsync(operation, "ListInstances", GraphPermissions.CalendarsReadWrite,
            () => ListInstancesAsync(series, from, to, cancellationToken), cancellationToken);
        if (instances.Failure is { } listFailure) return listFailure;

        var byOriginalDate = new Dictionary<DateOnly, Event>();
        foreach (var instance in instances.Value!)
        {
            if (!string.IsNullOrEmpty(instance.Id) && OriginalDate(instance) is { } date) byOriginalDate.TryAdd(date, instance);
        }

        var occurrences = _client.Users[series.OrganizerUserId].Events;
        var unmatched = 0;
        foreach (var exception in exceptions)
        {
            if (!byOriginalDate.TryGetValue(exception.OriginalDate, out var instance))
            {
                unmatched++;
                continue;
            }

            if (exception.MovedTo is not { } movedTo)
            {
                var comment = GraphCalendarStrings.SkippedOccurrenceComment(_culture);
                var skipped = await CallAsync(operation, "CancelOccurrence", GraphPermissions.CalendarsReadWrite, async () =>
                {
                    await occurrences[instance.Id].Cancel.PostAsync(new CancelPostRequestBody { Comment = comment }, cancellationToken: cancellationToken);
                    return true;
                }, cancellationToken);
                if (skipped.Failure is { } skipFailure) return skipFailure;
            }
            else if (LocalDate(instance.Start) != movedTo)
            {
                var moved = await CallAsync(operation, "MoveOccurrence", GraphPermissions.CalendarsReadWrite, () =>
                    occurrences[instance.Id].PatchAsync(GraphSeriesMapper.MovedOccurrence(plan, movedTo, _options.TimeZone), cancellationToken: cancellationToken), cancellationToken);
                if (moved.Failure is { } moveFailure) return moveFailure;
            }
        }

        if (unmatched > 0) Log.ExceptionsWithoutOccurrence(_logger, operation, unmatched);
        return null;
    }

    private async Task<List<Event>?> ListInstancesAsync(CalendarEventRef series, string from, string to, CancellationToken cancellationToken)
    {
        var builder = _client.Users[series.OrganizerUserId].Events[series.EventId].Instances;
        var page = await builder.GetAsync(r =>
        {
            r.QueryParameters.StartDateTime = from;
            r.QueryParameters.EndDateTime = to;
            r.QueryParameters.Select = ["id", "start", "end", "originalStart", "type"];
            r.QueryParameters.Top = 100;
            PreferTimeZone(r.Headers);
        }, cancellationToken);

        List<Event> all = [];
        // Bounded paging: a window between holiday exceptions holds far fewer than 10 pages of occurrences.
        for (var pages = 0; page is not null && pages < 10; pages++)
        {
            all.AddRange(page.Value ?? []);
            if (string.IsNullOrEmpty(page.OdataNextLink)) break;
            page = await builder.WithUrl(page.OdataNextLink).GetAsync(r => PreferTimeZone(r.Headers), cancellationToken);
        }
        return all;
    }

    private void PreferTimeZone(RequestHeaders headers) => headers.Add("Prefer", $"outlook.timezone=\"{_options.TimeZone}\"");

    private string Utc(DateOnly localDate) =>
        TimeZoneInfo.ConvertTimeToUtc(localDate.ToDateTime(TimeOnly.MinValue, DateTimeKind.Unspecified), _zone)
            .ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);

    private DateOnly? OriginalDate(Event instance) =>
        instance.OriginalStart is { } original ? DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(original, _zone).DateTime) : LocalDate(instance.Start);

    /// <summary>The date of a Graph dateTimeTimeZone in the series' zone (Graph answers in UTC unless Prefer: outlook.timezone was honoured).</summary>
    private DateOnly? LocalDate(DateTimeTimeZone? value)
    {
        if (value?.DateTime is null || !DateTime.TryParse(value.DateTime, CultureInfo.InvariantCulture, DateTimeStyles.None, out var wallClock)) return null;
        var zone = string.IsNullOrEmpty(value.TimeZone) || value.TimeZone == "UTC" || !TimeZoneInfo.TryFindSystemTimeZoneById(value.TimeZone, out var named)
            ? TimeZoneInfo.Utc
            : named;
        var utc = TimeZoneInfo.ConvertTimeToUtc(DateTime.SpecifyKind(wallClock, DateTimeKind.Unspecified), zone);
        return DateOnly.FromDateTime(TimeZoneInfo.ConvertTimeFromUtc(utc, _zone));
    }

    /// <summary>Runs one Graph call and maps its failure; cancellation by the caller still throws.</summary>
    private async Task<Outcome<T>> CallAsync<T>(string operation, string step, string permission, Func<Task<T?>> call, CancellationToken cancellationToken)
    {
        try
        {
            return new Outcome<T>(await call(), null);
        }
        catch (ApiException e)
        {
            return new Outcome<T>(default, Map(operation, step, permission, e));
        }
        catch (AuthenticationFailedException e)
        {
            Log.TokenFailed(_logger, operation, step, e.GetType().Name);
            return new Outcome<T>(default, new CalendarResult(CalendarStatus.Failed));
        }
        catch (Exception e) when (e is HttpRequestException or TimeoutException || (e is OperationCanceledException && !cancellationToken.IsCancellationRequested))
        {
            Log.Unreachable(_logger, operation, step, e.GetType().Name);
            return new Outcome<T>(default, new CalendarResult(CalendarStatus.Failed));
        }
    }

    private CalendarResult Map(string operation, string step, string permission, ApiException e)
    {
        var code = (e as ODataError)?.Error?.Code;
        var requestId = Header(e, "request-id");
        switch ((HttpStatusCode)e.ResponseStatusCode)
        {
            case HttpStatusCode.Forbidden:
                Log.PermissionMissing(_logger, operation, step, permission, code, requestId);
                return new CalendarResult(CalendarStatus.PermissionMissing, MissingPermission: permission);
            case HttpStatusCode.NotFound:
                Log.NotFound(_logger, operation, step, code, requestId);
                return new CalendarResult(CalendarStatus.NotFound);
            case HttpStatusCode.TooManyRequests:
                var retryAfter = RetryAfter(Header(e, "Retry-After"));
                Log.Throttled(_logger, operation, step, retryAfter?.TotalSeconds, requestId);
                return new CalendarResult(CalendarStatus.Throttled, RetryAfter: retryAfter);
            default:
                Log.Failed(_logger, operation, step, e.ResponseStatusCode, code, requestId);
                return new CalendarResult(CalendarStatus.Failed);
        }
    }

    private static string? Header(ApiException e, string name) =>
        e.ResponseHeaders.FirstOrDefault(h => string.Equals(h.Key, name, StringComparison.OrdinalIgnoreCase)).Value?.FirstOrDefault();

    /// <summary>Graph's Retry-After in whole seconds (a date is rounded up).</summary>
    private static TimeSpan? RetryAfter(string? value) =>
        HttpRetryAfter.From(value, DateTimeOffset.UtcNow) is { } wait ? TimeSpan.FromSeconds(Math.Ceiling(wait.TotalSeconds)) : null;

    private readonly record struct Outcome<T>(T? Value, CalendarResult? Failure);

    private static partial class Log
    {
        [LoggerMessage(EventId = 8900, Level = LogLevel.Information, Message = "Graph calendar {Operation} done ({ExceptionCount} holiday exceptions).")]
        public static partial void SeriesWritten(ILogger logger, string operation, int exceptionCount);

        [LoggerMessage(EventId = 8901, Level = LogLevel.Information, Message = "Graph calendar series cancelled.")]
        public static partial void SeriesCancelled(ILogger logger);

        [LoggerMessage(EventId = 8902, Level = LogLevel.Warning, Message = "Graph refused {Operation}/{Step} (403 {GraphCode}): the application permission {Permission} is missing, not consented, or scoped away from this mailbox. request-id {RequestId}.")]
        public static partial void PermissionMissing(ILogger logger, string operation, string step, string permission, string? graphCode, string? requestId);

        [LoggerMessage(EventId = 8903, Level = LogLevel.Warning, Message = "Graph {Operation}/{Step}: not found (404 {GraphCode}). request-id {RequestId}.")]
        public static partial void NotFound(ILogger logger, string operation, string step, string? graphCode, string? requestId);

        [LoggerMessage(EventId = 8904, Level = LogLevel.Warning, Message = "Graph {Operation}/{Step}: throttled (429), retry after {RetryAfterSeconds} s. request-id {RequestId}.")]
        public static partial void Throttled(ILogger logger, string operation, string step, double? retryAfterSeconds, string? requestId);

        [LoggerMessage(EventId = 8905, Level = LogLevel.Error, Message = "Graph {Operation}/{Step} failed with {Status} {GraphCode}. request-id {RequestId}.")]
        public static partial void Failed(ILogger logger, string operation, string step, int status, string? graphCode, string? requestId);

        [LoggerMessage(EventId = 8906, Level = LogLevel.Error, Message = "Graph {Operation}/{Step}: no app-only token ({ExceptionType}). Check Graph:TenantId, Graph:ClientId and the credential.")]
        public static partial void TokenFailed(ILogger logger, string operation, string step, string exceptionType);

        [LoggerMessage(EventId = 8907, Level = LogLevel.Error, Message = "Graph {Operation}/{Step}: Graph could not be reached ({ExceptionType}).")]
        public static partial void Unreachable(ILogger logger, string operation, string step, string exceptionType);

        [LoggerMessage(EventId = 8908, Level = LogLevel.Error, Message = "The team's Microsoft 365 group has no e-mail address; the series cannot invite it.")]
        public static partial void GroupWithoutMail(ILogger logger);

        [LoggerMessage(EventId = 8909, Level = LogLevel.Error, Message = "Graph answered {Operation} without an event id.")]
        public static partial void AnswerWithoutId(ILogger logger, string operation);

        [LoggerMessage(EventId = 8912, Level = LogLevel.Information, Message = "Graph {Operation}: {Count} holiday exceptions had no occurrence to change (already cancelled or not in the pattern).")]
        public static partial void ExceptionsWithoutOccurrence(ILogger logger, string operation, int count);
    }
}
