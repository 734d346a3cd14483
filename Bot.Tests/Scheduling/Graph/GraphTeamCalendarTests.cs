using System.Text.Json;
using IntervisieBot.Features.Scheduling.Calendar;
using IntervisieBot.Features.Scheduling.Calendar.Graph;
using IntervisieBot.Localization;
using IntervisieBot.Tests.Infrastructure;

namespace IntervisieBot.Tests.Scheduling.Graph;

/// <summary>The real Microsoft Graph SDK against a loopback Graph: the exact requests for a series and its holiday exceptions.</summary>
public sealed class GraphTeamCalendarTests
{
    private const string Zone = "W. Europe Standard Time";
    private static readonly string EventsPath = $"/users/{GraphHarness.Organizer}/events";

    [Fact]
    public async Task CreateSeriesAsync_WeeklyWithHolidays_CreatesSeriesThenCancelsAndMovesOccurrences()
    {
        await using var h = await GraphHarness.StartAsync();

        var result = await h.Calendar.CreateSeriesAsync(GraphHarness.WeeklySeries(), CancellationToken.None);

        Assert.Equal(CalendarStatus.Succeeded, result.Status);
        Assert.Equal(new CalendarEventRef(GraphHarness.Organizer, "series-1"), result.Event);
        Assert.Equal("https://teams.microsoft.com/l/meetup-join/loopback-1", result.JoinUrl);

        var requests = h.Graph.Requests;
        Assert.Equal(
            [
                $"GET /groups/{GraphHarness.GroupId}",
                $"POST {EventsPath}",
                $"GET {EventsPath}/series-1/instances",
                $"POST {EventsPath}/series-1.occ.20260427/cancel",
                $"PATCH {EventsPath}/series-1.occ.20260525",
            ],
            requests.Select(r => $"{r.Method} {r.Path}"));
        Assert.All(requests, r => Assert.Equal("Bearer loopback-token-1", r.Authorization));
        Assert.Equal("mail,displayName", requests[0].QueryValue("$select"));

        var series = requests[1].Body!.Value;
        Assert.Equal("Intervisie Team Noord", series.GetProperty("subject").GetString());
        Assert.Equal("text", series.GetProperty("body").GetProperty("contentType").GetString());
        Assert.Equal("Intervisie volgens de incidentmethode. Neem een casus mee.", series.GetProperty("body").GetProperty("content").GetString());
        // The first Monday on or after 15 April is 20 April: the master starts on the first occurrence.
        AssertTime(series.GetProperty("start"), "2026-04-20T14:00:00");
        AssertTime(series.GetProperty("end"), "2026-04-20T15:30:00");
        var pattern = series.GetProperty("recurrence").GetProperty("pattern");
        Assert.Equal("weekly", pattern.GetProperty("type").GetString());
        Assert.Equal(1, pattern.GetProperty("interval").GetInt32());
        Assert.Equal(["monday"], pattern.GetProperty("daysOfWeek").EnumerateArray().Select(d => d.GetString()));
        Assert.Equal("monday", pattern.GetProperty("firstDayOfWeek").GetString());
        var range = series.GetProperty("recurrence").GetProperty("range");
        Assert.Equal("endDate", range.GetProperty("type").GetString());
        Assert.Equal("2026-04-20", range.GetProperty("startDate").GetString());
        Assert.Equal("2026-06-29", range.GetProperty("endDate").GetString());
        Assert.Equal(Zone, range.GetProperty("recurrenceTimeZone").GetString());
        Assert.True(series.GetProperty("isOnlineMeeting").GetBoolean());
        Assert.Equal("teamsForBusiness", series.GetProperty("onlineMeetingProvider").GetString());
        Assert.False(series.GetProperty("allowNewTimeProposals").GetBoolean());
        var attendee = Assert.Single(series.GetProperty("attendees").EnumerateArray());
        Assert.Equal("required", attendee.GetProperty("type").GetString());
        Assert.Equal(GraphHarness.GroupMail, attendee.GetProperty("emailAddress").GetProperty("address").GetString());
        Assert.Equal(GraphHarness.GroupName, attendee.GetProperty("emailAddress").GetProperty("name").GetString());
        Assert.Equal($"outlook.timezone=\"{Zone}\"", requests[1].Header("Prefer"));

        // Instances between the first and the last exception (local midnights, CEST = UTC+2), original starts in our zone.
        Assert.Equal("2026-04-26T22:00:00Z", requests[2].QueryValue("startDateTime"));
        Assert.Equal("2026-05-25T22:00:00Z", requests[2].QueryValue("endDateTime"));
        Assert.Equal($"outlook.timezone=\"{Zone}\"", requests[2].Header("Prefer"));

        Assert.Equal(
            GraphCalendarStrings.SkippedOccurrenceComment(BotCulture.Dutch),
            requests[3].Body!.Value.GetProperty("Comment").GetString());
        var moved = requests[4].Body!.Value;
        AssertTime(moved.GetProperty("start"), "2026-05-26T14:00:00");
        AssertTime(moved.GetProperty("end"), "2026-05-26T15:30:00");
        Assert.False(moved.TryGetProperty("recurrence", out _));

        // App-only client credentials for Graph's .default scope, one token for all five calls.
        var token = Assert.Single(h.Tokens.Requests);
        Assert.Equal(("client_credentials", GraphHarness.ClientId, GraphHarness.TenantId, "secret"), (token.GrantType, token.ClientId, token.Tenant, token.CredentialKind));
        Assert.Equal("https://graph.microsoft.com/.default", token.Scope);
        Assert.DoesNotContain(h.Logs.Entries, e => e.Message.Contains("loopback-token", StringComparison.Ordinal) || e.Message.Contains(GraphHarness.Secret, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData(1, "2026-09-28", "endDate")]
    [InlineData(2, null, "noEnd")]
    [InlineData(4, "2026-12-21", "endDate")]
    public async Task CreateSeriesAsync_Cadence_SendsIntervalAndRange(int weeks, string? end, string rangeType)
    {
        await using var h = await GraphHarness.StartAsync();
        var plan = GraphHarness.WeeklySeries(weeks, exceptions: []) with { EndDate = end is null ? null : DateOnly.Parse(end, System.Globalization.CultureInfo.InvariantCulture) };

        var result = await h.Calendar.CreateSeriesAsync(plan, CancellationToken.None);

        Assert.True(result.Succeeded);
        var post = Assert.Single(h.Graph.Requests, r => r.Is("POST", EventsPath));
        var recurrence = post.Body!.Value.GetProperty("recurrence");
        Assert.Equal(weeks, recurrence.GetProperty("pattern").GetProperty("interval").GetInt32());
        Assert.Equal(rangeType, recurrence.GetProperty("range").GetProperty("type").GetString());
        Assert.Equal(end, recurrence.GetProperty("range").TryGetProperty("endDate", out var endDate) ? endDate.GetString() : null);
        // Without exceptions there is nothing to list or change.
        Assert.DoesNotContain(h.Graph.Requests, r => r.Path.EndsWith("/instances", StringComparison.Ordinal));
    }

    [Fact]
    public async Task UpdateSeriesAsync_NewTime_PatchesMasterAndAppliesExceptionsAgain()
    {
        await using var h = await GraphHarness.StartAsync();
        var created = await h.Calendar.CreateSeriesAsync(GraphHarness.WeeklySeries(), CancellationToken.None);
        var before = h.Graph.Requests.Count;

        var result = await h.Calendar.UpdateSeriesAsync(created.Event!, GraphHarness.WeeklySeries(endDate: new DateOnly(2026, 7, 6), start: new TimeOnly(9, 30)), CancellationToken.None);

        Assert.Equal(CalendarStatus.Succeeded, result.Status);
        Assert.Equal(created.Event, result.Event);
        Assert.Equal(created.JoinUrl, result.JoinUrl);
        var requests = h.Graph.Requests.Skip(before).ToList();
        Assert.Equal(
            [
                $"PATCH {EventsPath}/series-1",
                $"GET {EventsPath}/series-1/instances",
                $"POST {EventsPath}/series-1.occ.20260427/cancel",
                $"PATCH {EventsPath}/series-1.occ.20260525",
            ],
            requests.Select(r => $"{r.Method} {r.Path}"));
        var patch = requests[0].Body!.Value;
        Assert.Equal("Intervisie Team Noord", patch.GetProperty("subject").GetString());
        AssertTime(patch.GetProperty("start"), "2026-04-20T09:30:00");
        AssertTime(patch.GetProperty("end"), "2026-04-20T11:00:00");
        Assert.Equal("2026-07-06", patch.GetProperty("recurrence").GetProperty("range").GetProperty("endDate").GetString());
        // The update leaves the meeting and the invitation alone.
        Assert.False(patch.TryGetProperty("attendees", out _));
        Assert.False(patch.TryGetProperty("isOnlineMeeting", out _));
        AssertTime(requests[3].Body!.Value.GetProperty("start"), "2026-05-26T09:30:00");
        Assert.Equal("2026-07-06", h.Graph.EventOf("series-1")!["recurrence"]!["range"]!["endDate"]!.GetValue<string>());
    }

    [Fact]
    public async Task CancelSeriesAsync_Existing_PostsCancelWithComment()
    {
        await using var h = await GraphHarness.StartAsync();
        var created = await h.Calendar.CreateSeriesAsync(GraphHarness.WeeklySeries(exceptions: []), CancellationToken.None);

        var result = await h.Calendar.CancelSeriesAsync(created.Event!, "De intervisiereeks stopt.", CancellationToken.None);

        Assert.Equal(CalendarStatus.Succeeded, result.Status);
        var cancel = h.Graph.Requests[^1];
        Assert.Equal(("POST", $"{EventsPath}/series-1/cancel", 202), (cancel.Method, cancel.Path, cancel.ResponseStatus));
        // Graph's cancel action names its parameter "Comment" (capital C), as in the API reference's request example.
        Assert.Equal("""{"Comment":"De intervisiereeks stopt."}""", JsonSerializer.Serialize(cancel.Body));
        Assert.Null(h.Graph.EventOf("series-1"));
    }

    [Fact]
    public async Task CancelSeriesAsync_UnknownEvent_NotFound()
    {
        await using var h = await GraphHarness.StartAsync();

        var result = await h.Calendar.CancelSeriesAsync(new CalendarEventRef(GraphHarness.Organizer, "series-404"), "x", CancellationToken.None);

        Assert.Equal(CalendarStatus.NotFound, result.Status);
        Assert.Contains(h.Logs.Entries, e => e.EventId.Id == 8903 && e.Message.Contains("ErrorItemNotFound", StringComparison.Ordinal));
    }

    [Fact]
    public async Task CreateSeriesAsync_UnknownGroup_NotFoundWithoutCreatingAnEvent()
    {
        await using var h = await GraphHarness.StartAsync();

        var result = await h.Calendar.CreateSeriesAsync(GraphHarness.WeeklySeries() with { GroupId = "99999999-0000-0000-0000-00000000dead" }, CancellationToken.None);

        Assert.Equal(CalendarStatus.NotFound, result.Status);
        Assert.DoesNotContain(h.Graph.Requests, r => r.Method == "POST");
    }

    [Fact]
    public async Task CreateSeriesAsync_GroupReadRefused_PermissionMissingNamesGroupMemberReadAll()
    {
        await using var h = await GraphHarness.StartAsync();
        h.Graph.Fail(r => r.Path.StartsWith("/groups/", StringComparison.Ordinal), GraphFailure.DirectoryDenied);

        var result = await h.Calendar.CreateSeriesAsync(GraphHarness.WeeklySeries(), CancellationToken.None);

        Assert.Equal(CalendarStatus.PermissionMissing, result.Status);
        Assert.Equal("GroupMember.Read.All", result.MissingPermission);
        Assert.Null(result.Event);
        Assert.Single(h.Graph.Requests); // a 403 is not retried and nothing is created
        var log = Assert.Single(h.Logs.Entries, e => e.EventId.Id == 8902);
        Assert.Contains("GroupMember.Read.All", log.Message, StringComparison.Ordinal);
        Assert.Contains("Authorization_RequestDenied", log.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("POST", "events")]
    [InlineData("GET", "instances")]
    [InlineData("POST", "cancel")]
    [InlineData("PATCH", "20260525")]
    public async Task CreateSeriesAsync_MailboxRefused_PermissionMissingNamesCalendarsReadWrite(string method, string pathEnd)
    {
        await using var h = await GraphHarness.StartAsync();
        h.Graph.Fail(r => r.Method == method && r.Path.EndsWith(pathEnd, StringComparison.Ordinal), GraphFailure.MailboxDenied);

        var result = await h.Calendar.CreateSeriesAsync(GraphHarness.WeeklySeries(), CancellationToken.None);

        Assert.Equal(CalendarStatus.PermissionMissing, result.Status);
        Assert.Equal("Calendars.ReadWrite", result.MissingPermission);
        // Once the series exists, the caller gets its reference even though an exception could not be applied.
        Assert.Equal(pathEnd == "events" ? null : new CalendarEventRef(GraphHarness.Organizer, "series-1"), result.Event);
        Assert.Contains(h.Logs.Entries, e => e.EventId.Id == 8902 && e.Message.Contains("ErrorAccessDenied", StringComparison.Ordinal));
    }

    [Fact]
    public async Task CancelSeriesAsync_Refused_PermissionMissing()
    {
        await using var h = await GraphHarness.StartAsync();
        h.Graph.Fail(_ => true, GraphFailure.MailboxDenied);

        var result = await h.Calendar.CancelSeriesAsync(new CalendarEventRef(GraphHarness.Organizer, "series-1"), "x", CancellationToken.None);

        Assert.Equal((CalendarStatus.PermissionMissing, "Calendars.ReadWrite"), (result.Status, result.MissingPermission));
    }

    [Fact]
    public async Task CreateSeriesAsync_AlwaysThrottled_RetriesTwiceAfterRetryAfterThenThrottled()
    {
        await using var h = await GraphHarness.StartAsync();
        h.Graph.Fail(r => r.Is("POST", EventsPath), GraphFailure.Throttled(3));

        var result = await h.Calendar.CreateSeriesAsync(GraphHarness.WeeklySeries(), CancellationToken.None);

        Assert.Equal(CalendarStatus.Throttled, result.Status);
        Assert.Equal(TimeSpan.FromSeconds(3), result.RetryAfter);
        var posts = h.Graph.Requests.Where(r => r.Is("POST", EventsPath)).ToList();
        Assert.Equal(3, posts.Count); // the first attempt and Graph:MaxRetries (2) retries, no more
        Assert.Equal([null, "1", "2"], posts.Select(p => p.Header("Retry-Attempt")));
        Assert.All(posts, p => Assert.Equal(posts[0].Body!.Value.GetRawText(), p.Body!.Value.GetRawText()));
        Assert.All(posts, p => Assert.Equal("Bearer loopback-token-1", p.Authorization));
        Assert.Equal([TimeSpan.FromSeconds(3), TimeSpan.FromSeconds(3)], h.Time.RequestedDelays);
        Assert.Contains(h.Logs.Entries, e => e.EventId.Id == 8904);
    }

    [Fact]
    public async Task CreateSeriesAsync_ThrottledOnce_WaitsRetryAfterAndSucceeds()
    {
        await using var h = await GraphHarness.StartAsync();
        h.Graph.Fail(r => r.Is("POST", EventsPath), GraphFailure.Throttled(1), times: 1);

        var result = await h.Calendar.CreateSeriesAsync(GraphHarness.WeeklySeries(exceptions: []), CancellationToken.None);

        Assert.Equal(CalendarStatus.Succeeded, result.Status);
        Assert.Equal([429, 201], h.Graph.Requests.Where(r => r.Is("POST", EventsPath)).Select(r => r.ResponseStatus));
        Assert.Equal([TimeSpan.FromSeconds(1)], h.Time.RequestedDelays);
    }

    [Fact]
    public async Task CreateSeriesAsync_RetryAfterOverBudget_ThrottledAtOnceWithoutWaiting()
    {
        await using var h = await GraphHarness.StartAsync();
        h.Graph.Fail(r => r.Is("POST", EventsPath), GraphFailure.Throttled(120));

        var result = await h.Calendar.CreateSeriesAsync(GraphHarness.WeeklySeries(), CancellationToken.None);

        Assert.Equal((CalendarStatus.Throttled, TimeSpan.FromSeconds(120)), (result.Status, result.RetryAfter));
        Assert.Single(h.Graph.Requests, r => r.Is("POST", EventsPath));
        Assert.Empty(h.Time.RequestedDelays);
    }

    [Fact]
    public async Task CreateSeriesAsync_ThrottledWhileCancellingAnOccurrence_ThrottledWithTheSeriesReference()
    {
        await using var h = await GraphHarness.StartAsync();
        h.Graph.Fail(r => r.Path.EndsWith("/cancel", StringComparison.Ordinal), GraphFailure.Throttled(2));

        var result = await h.Calendar.CreateSeriesAsync(GraphHarness.WeeklySeries(), CancellationToken.None);

        Assert.Equal(CalendarStatus.Throttled, result.Status);
        Assert.Equal(new CalendarEventRef(GraphHarness.Organizer, "series-1"), result.Event);
        Assert.Equal("https://teams.microsoft.com/l/meetup-join/loopback-1", result.JoinUrl);
        Assert.Equal(3, h.Graph.Requests.Count(r => r.Path.EndsWith("/cancel", StringComparison.Ordinal)));
        Assert.DoesNotContain(h.Graph.Requests, r => r.Method == "PATCH"); // stops at the first failure
    }

    [Fact]
    public async Task CreateSeriesAsync_ServerError_FailedWithoutRetry()
    {
        await using var h = await GraphHarness.StartAsync();
        h.Graph.Fail(r => r.Is("POST", EventsPath), GraphFailure.ServerError);

        var result = await h.Calendar.CreateSeriesAsync(GraphHarness.WeeklySeries(), CancellationToken.None);

        Assert.Equal(CalendarStatus.Failed, result.Status);
        Assert.Single(h.Graph.Requests, r => r.Is("POST", EventsPath));
        Assert.Contains(h.Logs.Entries, e => e.EventId.Id == 8905 && e.Message.Contains("500", StringComparison.Ordinal));
    }

    [Fact]
    public async Task CreateSeriesAsync_UnavailableWithoutRetryAfter_BacksOffThenFailed()
    {
        await using var h = await GraphHarness.StartAsync();
        h.Graph.Fail(r => r.Is("POST", EventsPath), new GraphFailure(503, "serviceNotAvailable", "The service is temporarily unavailable."));

        var result = await h.Calendar.CreateSeriesAsync(GraphHarness.WeeklySeries(), CancellationToken.None);

        Assert.Equal(CalendarStatus.Failed, result.Status);
        Assert.Equal(3, h.Graph.Requests.Count(r => r.Is("POST", EventsPath)));
        Assert.Equal([TimeSpan.FromSeconds(2), TimeSpan.FromSeconds(4)], h.Time.RequestedDelays);
    }

    [Fact]
    public async Task CreateSeriesAsync_InstancesOverSeveralPages_FollowsNextLinks()
    {
        await using var h = await GraphHarness.StartAsync();
        h.Graph.PageSize = 2; // 27 April … 25 May holds five occurrences: three pages

        var result = await h.Calendar.CreateSeriesAsync(GraphHarness.WeeklySeries(), CancellationToken.None);

        Assert.True(result.Succeeded);
        var pages = h.Graph.Requests.Where(r => r.Path.EndsWith("/instances", StringComparison.Ordinal)).ToList();
        Assert.Equal([null, "2", "4"], pages.Select(p => p.QueryValue("$skip")));
        Assert.All(pages, p => Assert.Equal("Bearer loopback-token-1", p.Authorization));
        Assert.Single(h.Graph.Requests, r => r.Is("PATCH", $"{EventsPath}/series-1.occ.20260525"));
    }

    [Fact]
    public async Task CreateSeriesAsync_WrongSecret_FailedWithoutCallingGraph()
    {
        await using var h = await GraphHarness.StartAsync(expectedSecret: "another-secret");

        var result = await h.Calendar.CreateSeriesAsync(GraphHarness.WeeklySeries(), CancellationToken.None);

        Assert.Equal(CalendarStatus.Failed, result.Status);
        Assert.Empty(h.Graph.Requests);
        Assert.Contains(h.Tokens.Requests, t => t.ResponseStatus == 401);
        Assert.Contains(h.Logs.Entries, e => e.EventId.Id == 8906);
        Assert.DoesNotContain(h.Logs.Entries, e => e.Message.Contains(GraphHarness.Secret, StringComparison.Ordinal));
    }

    [Fact]
    public async Task CreateSeriesAsync_CertificateCredential_SignedAssertionGetsTheToken()
    {
        using var certificate = LoopbackTokenServer.CreateSelfSignedCertificate("CN=intervisiebot-graph-test");
        var pfx = Path.Combine(Path.GetTempPath(), $"graph-{Guid.NewGuid():N}.pfx");
        await File.WriteAllBytesAsync(pfx, certificate.Export(System.Security.Cryptography.X509Certificates.X509ContentType.Pkcs12));
        try
        {
            await using var h = await GraphHarness.StartAsync(new Dictionary<string, string?> { ["Graph:ClientSecret"] = null, ["Graph:CertificatePath"] = pfx });
            h.Tokens.ClientCertificate = certificate;

            var result = await h.Calendar.CreateSeriesAsync(GraphHarness.WeeklySeries(exceptions: []), CancellationToken.None);

            Assert.True(result.Succeeded);
            var token = Assert.Single(h.Tokens.Requests);
            Assert.Equal(("assertion", true, "https://graph.microsoft.com/.default"), (token.CredentialKind, token.SecretMatched, token.Scope));
            Assert.All(h.Graph.Requests, r => Assert.Equal("Bearer " + token.IssuedToken, r.Authorization));
        }
        finally
        {
            File.Delete(pfx);
        }
    }

    private static void AssertTime(JsonElement value, string dateTime)
    {
        Assert.Equal(dateTime, value.GetProperty("dateTime").GetString());
        Assert.Equal(Zone, value.GetProperty("timeZone").GetString());
    }
}
