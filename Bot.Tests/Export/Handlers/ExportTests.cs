using System.Net;
using System.Text.Json;
using IntervisieBot.Features.Handreikingen.Domain;
using IntervisieBot.Features.Lessons.Domain;
using IntervisieBot.Features.Lessons.Storage;
using IntervisieBot.Features.Shared;
using IntervisieBot.Features.Teams.Roles;
using IntervisieBot.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace IntervisieBot.Tests.Export.Handlers;

/// <summary>
/// Export end to end over the loopback connector: the command, the file consent card in the personal chat, the user's
/// accept (a <c>fileConsent/invoke</c> whose upload url points at the connector's upload endpoint), the PUT of the file
/// and the file info card. The texts are invented.
/// </summary>
public sealed class ExportTests : IAsyncLifetime
{
    private const string Team = "19:team-export@thread.tacv2";
    private const string Kennismakelaar = "29:user-k";
    private const string Teamleider = "29:user-t";
    private const string Member = "29:user-a";
    private BotConversation _c = null!;

    public async Task InitializeAsync()
    {
        _c = await BotConversation.StartAsync(new Dictionary<string, string?> { ["FileUpload:DangerouslyAllowLoopbackHttp"] = "true" });
        await Roles.ReplaceAsync(Scope, new Dictionary<string, TeamRole>
        {
            [TestActivities.AadFor(Kennismakelaar)] = TeamRole.Kennismakelaar,
            [TestActivities.AadFor(Teamleider)] = TeamRole.Teamleider,
        }, "test", default);
    }

    public async Task DisposeAsync() => await _c.DisposeAsync();

    private static TeamScope Scope => new(TestActivities.TenantId, Team, Team);
    private RoleStore Roles => _c.Services.GetRequiredService<RoleStore>();
    private LessonStore Store => _c.Services.GetRequiredService<LessonStore>();

    [Fact]
    public async Task MyData_AcceptedInPersonalChat_UploadsJsonWithOwnLessonsAndSendsFileInfoCard()
    {
        await SeedAsync(LessonScopeKind.Personal, Member, "Eerst vragen wat al goed gaat, dan pas plannen.");
        await SeedAsync(LessonScopeKind.Personal, Kennismakelaar, "Een les van iemand anders.");

        var reply = await _c.SayAsync(TestActivities.Message(_c.ServiceUrl, "exporteer mijn gegevens", fromId: Member));

        var consent = Attachment(reply);
        Assert.Equal("application/vnd.microsoft.teams.card.file.consent", consent.GetProperty("contentType").GetString());
        Assert.Matches(@"^mijn-gegevens-\d{4}-\d{2}-\d{2}\.json$", consent.GetProperty("name").GetString());
        Assert.True(consent.GetProperty("content").GetProperty("sizeInBytes").GetInt64() > 100);
        var context = consent.GetProperty("content").GetProperty("acceptContext");

        var (status, _) = await _c.InvokeAsync(Accept(context, "mijn-gegevens.json"));

        Assert.Equal(HttpStatusCode.OK, status);
        var upload = Assert.Single(_c.Connector.Uploads);
        Assert.Equal("PUT", upload.Method);
        Assert.Null(upload.Authorization);                                          // the bot token never goes to an upload url
        Assert.Equal($"bytes 0-{upload.Content.Length - 1}/{upload.Content.Length}", upload.ContentRange);
        using var json = JsonDocument.Parse(upload.Content);
        var text = json.RootElement.GetRawText();
        Assert.Contains("Eerst vragen wat al goed gaat, dan pas plannen.", upload.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("Een les van iemand anders.", upload.Text, StringComparison.Ordinal);
        Assert.True(json.RootElement.GetProperty("overview").GetArrayLength() >= 5, text);   // every area's counts, like "mijn gegevens"
        var info = await FileInfoCardAsync();
        Assert.Equal("mijn-gegevens.json", info.GetProperty("name").GetString());
        Assert.Equal(_c.Connector.ContentUrl("mijn-gegevens.json"), info.GetProperty("contentUrl").GetString());
        Assert.Equal("unique-1", info.GetProperty("content").GetProperty("uniqueId").GetString());
    }

    [Fact]
    public async Task Library_KennismakelaarInTeam_GetsCsvAndMarkdownConsentCardsInPersonalChat_PublishedActiveLessonsOnly()
    {
        await SeedPublishedAsync("Samen plannen werkt", "=HYPERLINK(\"http://example.invalid\";\"klik\")", authorName: "Collega Noord");
        await SeedPublishedAsync("Ingetrokken les", "Deze les is niet meer in gebruik.", retired: true);
        await SeedAsync(LessonScopeKind.Team, Member, "Een teamles die niet gepubliceerd is.");

        var notice = await SayInTeamAsync("exporteer bibliotheek", Kennismakelaar);

        Assert.Contains("Kijk in je chat met mij", CardText.Of(notice.Body));
        var created = await _c.Connector.WaitForRequestsAsync(r => r.Operation == "CreateConversation", 1, BotConversation.ReplyTimeout);
        Assert.Equal(Kennismakelaar, created[0].Body!.Value.GetProperty("members")[0].GetProperty("id").GetString());
        var consents = await _c.Connector.WaitForRequestsAsync(
            r => r.Operation == "Send" && r.FirstAttachmentContentType == "application/vnd.microsoft.teams.card.file.consent", 2, BotConversation.ReplyTimeout);
        Assert.All(consents, r => Assert.Equal(created[0].ResponseId, r.ConversationId));
        var byName = consents.Select(Attachment).ToDictionary(a => Path.GetExtension(a.GetProperty("name").GetString())!);

        Assert.Equal(HttpStatusCode.OK, (await _c.InvokeAsync(Accept(byName[".csv"].GetProperty("content").GetProperty("acceptContext"), "bibliotheek.csv", Kennismakelaar))).Status);
        Assert.Equal(HttpStatusCode.OK, (await _c.InvokeAsync(Accept(byName[".md"].GetProperty("content").GetProperty("acceptContext"), "bibliotheek.md", Kennismakelaar))).Status);

        var csv = _c.Connector.Uploads.Single(u => u.FileName == "bibliotheek.csv");
        Assert.Equal([0xEF, 0xBB, 0xBF], csv.Content[..3]);                          // UTF-8 BOM for spreadsheets
        var lines = csv.Text.Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(2, lines.Length);                                               // header + the one published, active lesson
        Assert.StartsWith("Titel,Les,", lines[0], StringComparison.Ordinal);
        Assert.Contains("\"'=HYPERLINK(\"\"http://example.invalid\"\";\"\"klik\"\")\"", lines[1], StringComparison.Ordinal);   // never a formula
        Assert.Contains("Collega Noord", lines[1], StringComparison.Ordinal);
        Assert.DoesNotContain(TestActivities.AadFor(Member), csv.Text, StringComparison.Ordinal);
        var md = _c.Connector.Uploads.Single(u => u.FileName == "bibliotheek.md").Text;
        Assert.StartsWith("# Lessenbibliotheek", md, StringComparison.Ordinal);
        Assert.Contains("## Samen plannen werkt", md, StringComparison.Ordinal);
        Assert.DoesNotContain("Ingetrokken", md, StringComparison.Ordinal);
        Assert.DoesNotContain("teamles", md, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TeamOverzicht_Teamleider_GetsCountsOnlyCsv_WithSmallCountsHidden()
    {
        for (var i = 0; i < 3; i++) await SeedAsync(LessonScopeKind.Team, Member, "Teamles nummer " + i, tags: ["schulden"]);
        await SeedAsync(LessonScopeKind.Team, Member, "Teamles met taal", tags: ["taal"]);

        await SayInTeamAsync("exporteer team overzicht", Teamleider);
        var consent = Attachment((await _c.Connector.WaitForRequestsAsync(
            r => r.FirstAttachmentContentType == "application/vnd.microsoft.teams.card.file.consent", 1, BotConversation.ReplyTimeout))[0]);
        Assert.Equal(HttpStatusCode.OK, (await _c.InvokeAsync(Accept(consent.GetProperty("content").GetProperty("acceptContext"), "team.csv", Teamleider))).Status);

        var csv = Assert.Single(_c.Connector.Uploads).Text;
        Assert.Contains("Lessen vastgelegd (totaal),4", csv, StringComparison.Ordinal);
        Assert.Contains("Terugblikken beantwoord,minder dan 3", csv, StringComparison.Ordinal);
        Assert.Contains("Schulden", csv, StringComparison.Ordinal);
        Assert.DoesNotContain("Taal", csv, StringComparison.Ordinal);               // a tag below 3 is hidden
        Assert.DoesNotContain("Teamles", csv, StringComparison.Ordinal);            // counts only, no texts
    }

    [Theory]
    [InlineData("exporteer bibliotheek", Member, "Alleen voor kennismakelaars")]
    [InlineData("exporteer team overzicht", Kennismakelaar, "Alleen voor teamleiders")]
    [InlineData("exporteer mijn gegevens", Member, "Vraag dit in je chat met mij")]
    public async Task Command_WrongRoleOrPlace_IsRefusedWithoutAConsentCard(string command, string from, string expected)
    {
        var reply = await SayInTeamAsync(command, from);

        Assert.Contains(expected, CardText.Of(reply.Body));
        Assert.DoesNotContain(_c.Connector.Requests, r => r.Operation == "CreateConversation");
    }

    [Fact]
    public async Task TeamExport_InPersonalChat_AsksForTheTeamChannel()
    {
        var reply = await _c.SayAsync(TestActivities.Message(_c.ServiceUrl, "exporteer bibliotheek", fromId: Kennismakelaar));

        Assert.Contains("Vraag dit in het teamkanaal", CardText.Of(reply.Body));
    }

    [Fact]
    public async Task Accept_ForATeamWhereTheUserHasNoRole_UploadsNothing()
    {
        var forged = JsonSerializer.SerializeToElement(new Dictionary<string, string> { ["export"] = "library-csv", ["team"] = Team });

        var (status, _) = await _c.InvokeAsync(Accept(forged, "x.csv", Member));

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Empty(_c.Connector.Uploads);
        var notice = await _c.Connector.WaitForRequestsAsync(r => r.Operation == "Send" && CardText.Of(r.Body).Contains("Alleen voor kennismakelaars"), 1, BotConversation.ReplyTimeout);
        Assert.Single(notice);
    }

    [Theory]
    [InlineData("https://evil.example.com/upload")]
    [InlineData("https://sharepoint.com.evil.example/upload")]
    [InlineData("ftp://contoso.sharepoint.com/upload")]
    [InlineData("https://user:pw@contoso.sharepoint.com/upload")]
    public async Task Accept_WithAnUntrustedUploadUrl_IsRefusedKindlyAndNothingIsSent(string uploadUrl)
    {
        var context = JsonSerializer.SerializeToElement(new Dictionary<string, string> { ["export"] = "mydata-json" });

        var (status, _) = await _c.InvokeAsync(Accept(context, "x.json", Member, uploadUrl));

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Empty(_c.Connector.Uploads);
        await _c.Connector.WaitForRequestsAsync(r => r.Operation == "Send" && CardText.Of(r.Body).Contains("Opslaan lukte niet"), 1, BotConversation.ReplyTimeout);
        Assert.DoesNotContain(_c.Connector.Requests, r => r.FirstAttachmentContentType == "application/vnd.microsoft.teams.card.file.info");
    }

    [Fact]
    public async Task Decline_SaysSoAndUploadsNothing()
    {
        var context = JsonSerializer.SerializeToElement(new Dictionary<string, string> { ["export"] = "mydata-json" });

        var (status, _) = await _c.InvokeAsync(TestActivities.Invoke(_c.ServiceUrl, "fileConsent/invoke", new { type = "fileUpload", action = "decline", context }, fromId: Member));

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Empty(_c.Connector.Uploads);
        await _c.Connector.WaitForRequestsAsync(r => r.Operation == "Send" && CardText.Of(r.Body).Contains("Niet opgeslagen"), 1, BotConversation.ReplyTimeout);
    }

    public static TheoryData<string> MalformedAnswers => new()
    {
        """{"action":"accept","context":{"export":"mydata-json"}}""",                                      // no upload info
        """{"action":"maybe","context":{"export":"mydata-json"}}""",
        """{"action":"accept","context":{"export":"no-such-kind"},"uploadInfo":{"uploadUrl":"https://a.sharepoint.com/x"}}""",
        """{"action":"accept","context":"mydata-json","uploadInfo":{"uploadUrl":"https://a.sharepoint.com/x"}}""",
        """{"action":"accept","context":{"export":"library-csv"},"uploadInfo":{"uploadUrl":"https://a.sharepoint.com/x"}}""",   // team export without team
        """{"action":"accept","context":{"export":"mydata-json","team":"19:x"},"uploadInfo":{"uploadUrl":"https://a.sharepoint.com/x"}}""",
        """[1,2,3]""",
    };

    [Theory]
    [MemberData(nameof(MalformedAnswers))]
    public async Task Accept_Malformed_Is400(string value)
    {
        using var document = JsonDocument.Parse(value);
        var (status, _) = await _c.InvokeAsync(TestActivities.Invoke(_c.ServiceUrl, "fileConsent/invoke", document.RootElement.Clone(), fromId: Member));

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Empty(_c.Connector.Uploads);
    }

    [Fact]
    public async Task Accept_InATeamConversation_Is400()
    {
        var context = JsonSerializer.SerializeToElement(new Dictionary<string, string> { ["export"] = "mydata-json" });
        var invoke = Accept(context, "x.json", Member).InChannel(Team);

        Assert.Equal(HttpStatusCode.BadRequest, (await _c.InvokeAsync(invoke)).Status);
        Assert.Empty(_c.Connector.Uploads);
    }

    private Dictionary<string, object?> Accept(JsonElement context, string fileName, string from = Member, string? uploadUrl = null) =>
        TestActivities.Invoke(_c.ServiceUrl, "fileConsent/invoke", new
        {
            type = "fileUpload",
            action = "accept",
            context,
            uploadInfo = new
            {
                name = fileName,
                uploadUrl = uploadUrl ?? _c.Connector.UploadUrl(fileName),
                contentUrl = _c.Connector.ContentUrl(fileName),
                uniqueId = "unique-1",
                fileType = Path.GetExtension(fileName).TrimStart('.'),
            },
        }, fromId: from);

    private async Task<JsonElement> FileInfoCardAsync() => Attachment((await _c.Connector.WaitForRequestsAsync(
        r => r.FirstAttachmentContentType == "application/vnd.microsoft.teams.card.file.info", 1, BotConversation.ReplyTimeout))[0]);

    private static JsonElement Attachment(RecordedRequest request) => request.Body!.Value.GetProperty("attachments")[0];

    private async Task<RecordedRequest> SayInTeamAsync(string text, string fromId)
    {
        var activity = TestActivities.Message(_c.ServiceUrl, "<at>IntervisieBot</at> " + text, fromId: fromId).InChannel(Team);
        Assert.Equal(HttpStatusCode.OK, (await _c.Bot.PostActivityAsync(activity)).StatusCode);
        var id = (string)activity["id"]!;
        return (await _c.Connector.WaitForRequestsAsync(r => r.ReplyToId == id, 1, BotConversation.ReplyTimeout))[0];
    }

    private async Task SeedAsync(LessonScopeKind scope, string owner, string text, string[]? tags = null)
    {
        var now = DateTimeOffset.UtcNow;
        await Store.AddAsync(new Lesson
        {
            Id = LessonPartitions.NewId(now),
            Scope = scope,
            TenantId = TestActivities.TenantId,
            TeamKey = scope == LessonScopeKind.Team ? Team : null,
            OwnerKey = TestActivities.AadFor(owner),
            OwnerUserId = owner,
            Text = text,
            Tags = tags ?? [],
            Type = LessonTypes.Uitproberen,
            Evidence = EvidenceLevels.Praktijkervaring,
            Visibility = scope == LessonScopeKind.Personal ? LessonVisibility.AlleenIk : LessonVisibility.MijnTeam,
            Created = now,
            Updated = now,
            CheckDate = now.AddDays(28),
        }, default);
    }

    private async Task SeedPublishedAsync(string title, string text, string? authorName = null, bool retired = false)
    {
        var now = DateTimeOffset.UtcNow;
        await Store.AddAsync(new Lesson
        {
            Id = LessonPartitions.NewId(now),
            Scope = LessonScopeKind.Organisation,
            TenantId = TestActivities.TenantId,
            OwnerKey = TestActivities.AadFor(Member),
            Text = text,
            Title = title,
            Tags = ["schulden"],
            Type = LessonTypes.MeerDoen,
            Evidence = EvidenceLevels.Onderbouwd,
            Visibility = LessonVisibility.MijnTeam,
            Created = now,
            Updated = now,
            AuthorNamed = authorName is not null,
            AuthorName = authorName,
            Status = retired ? LessonStatus.Retired : LessonStatus.Active,
        }, default);
    }
}
