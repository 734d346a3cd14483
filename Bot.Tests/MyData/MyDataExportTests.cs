using System.Net;
using System.Text.Json;
using IntervisieBot.Features.Reminders.Handlers;
using IntervisieBot.Features.Handreikingen.Domain;
using IntervisieBot.Features.Handreikingen.Handlers;
using IntervisieBot.Features.Handreikingen.Storage;
using IntervisieBot.Features.Lessons.Domain;
using IntervisieBot.Features.Lessons.Storage;
using IntervisieBot.Features.Reminders.Domain;
using IntervisieBot.Features.Reminders.Storage;
using IntervisieBot.Features.Scheduling;
using IntervisieBot.Features.Scheduling.Domain;
using IntervisieBot.Features.Scheduling.Storage;
using IntervisieBot.Features.Shared;
using IntervisieBot.Features.Teams.Roles;
using IntervisieBot.Privacy.Rights;
using IntervisieBot.Tests.Infrastructure;
using IntervisieBot.Tests.Intervisie.Handlers;
using Microsoft.Extensions.DependencyInjection;

namespace IntervisieBot.Tests.MyData;

/// <summary>
/// <c>exporteer mijn gegevens</c> end to end over the loopback connector and Azurite: person A did something in every
/// feature that keeps personal data (a round with a casus and a contribution, the group agreement, a lesson, an away mark,
/// a casus proposal, a handreiking rating, a catalogue edit, a role, a language choice, a reminder, the personal chat); B did
/// the same kind of things next to them. A's JSON file holds every area with A's own content and nothing of B. The texts
/// are invented.
/// </summary>
public sealed class MyDataExportTests : IAsyncLifetime
{
    private const string Team = "19:team-export-alles@thread.tacv2";
    private const string A = "29:user-a";
    private const string B = "29:user-b";
    private const string ChatA = "a:personal-a";
    private const string ChatB = "a:personal-b";
    private static readonly DateOnly SessionDate = new(2026, 3, 12);
    private BotConversation _c = null!;

    public async Task InitializeAsync()
    {
        _c = await BotConversation.StartAsync(new Dictionary<string, string?> { ["FileUpload:DangerouslyAllowLoopbackHttp"] = "true" });
        _c.Connector.Members = [TestActivities.Member(A, "Deelnemer A"), TestActivities.Member(B, "Deelnemer B")];
    }

    public async Task DisposeAsync() => await _c.DisposeAsync();

    private T Get<T>() where T : notnull => _c.Services.GetRequiredService<T>();

    [Fact]
    public async Task MyDataJson_HoldsEveryFeaturesDataOfThePerson_AndNothingOfAnother()
    {
        await EveryFeatureAsync();

        var json = await ExportAsync(A, ChatA);
        var text = json.RootElement.GetRawText();

        // Every contributor has a section, and none is empty: A did something in each of them.
        var contributors = _c.Services.GetServices<IPersonalDataContributor>().ToList();
        var sections = json.RootElement.GetProperty("content").EnumerateArray().ToList();
        Assert.Equal(contributors.Count, sections.Count);
        Assert.All(sections, s => Assert.True(s.GetProperty("items").GetArrayLength() > 0, "empty area: " + s.GetProperty("area").GetString() + "\n" + text));
        Assert.Equal(contributors.Count, json.RootElement.GetProperty("overview").GetArrayLength());

        // A's own content, area by area.
        Assert.Contains("Klant mist steeds de ochtendafspraak", text, StringComparison.Ordinal);   // casus (Intervisie)
        Assert.Contains("Wat heb je de vorige keer geprobeerd?", text, StringComparison.Ordinal);   // contribution
        Assert.Contains("groupAgreementConfirmed", text, StringComparison.Ordinal);
        Assert.Contains("\"rotation\"", text, StringComparison.Ordinal);
        Assert.Contains("Eerst vragen wat al goed gaat, dan pas plannen.", text, StringComparison.Ordinal);   // lesson
        Assert.Contains("Twijfel over een proefplaatsing", text, StringComparison.Ordinal);   // casus proposal (Scheduling)
        var session = Assert.Single(Items(json, "session"));
        Assert.True(session.GetProperty("away").GetBoolean());
        Assert.False(session.TryGetProperty("role", out _));   // B holds the role in that session: not A's data
        Assert.Contains(Items(json, null), i => i.TryGetProperty("useful", out var u) && u.GetBoolean() && i.GetProperty("handreiking").GetString() == "hr-rating");
        Assert.Contains(Items(json, null), i => i.TryGetProperty("retired", out _) && i.GetProperty("handreiking").GetString() == _editedEntry);
        Assert.Contains(Items(json, null), i => i.TryGetProperty("roles", out var r) && r.GetString() == nameof(TeamRole.Kennismakelaar));
        Assert.Contains(Items(json, null), i => i.TryGetProperty("language", out var l) && l.GetString() == "en");
        Assert.Contains(Items(json, null), i => i.TryGetProperty("due", out var d) && d.GetDateTimeOffset() == ReminderDue);
        Assert.Contains(Items(json, "address"), i => i.GetProperty("conversation").GetString() == ChatA);
        Assert.Single(Items(json, "welcomed"));

        // Nothing of B: not their texts, not their ids, not their choices.
        Assert.DoesNotContain("Hoe reageert de klant op een herinnering?", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Een les van iemand anders.", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Taalcursus of direct aan het werk", text, StringComparison.Ordinal);
        Assert.DoesNotContain("hr-rating-b", text, StringComparison.Ordinal);
        Assert.DoesNotContain(TestActivities.AadFor(B), text, StringComparison.Ordinal);
        Assert.DoesNotContain(B, text, StringComparison.Ordinal);
        Assert.DoesNotContain(ChatB, text, StringComparison.Ordinal);
        Assert.DoesNotContain(ReminderDue.AddDays(1).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), text, StringComparison.Ordinal);

        // And B's own file holds B's contribution but none of A's texts.
        var other = (await ExportAsync(B, ChatB)).RootElement.GetRawText();
        Assert.Contains("Hoe reageert de klant op een herinnering?", other, StringComparison.Ordinal);
        Assert.DoesNotContain("Wat heb je de vorige keer geprobeerd?", other, StringComparison.Ordinal);
        Assert.DoesNotContain("Eerst vragen wat al goed gaat", other, StringComparison.Ordinal);
        Assert.DoesNotContain(TestActivities.AadFor(A), other, StringComparison.Ordinal);
    }

    private static readonly DateTimeOffset ReminderDue = new(2027, 1, 6, 9, 0, 0, TimeSpan.Zero);
    private string _editedEntry = "";

    /// <summary>A (and, next to them, B) leave something in every feature: through the bot where a command does it, else through the feature's store.</summary>
    private async Task EveryFeatureAsync()
    {
        // Personal chat and welcome, then the language (a command).
        Assert.Equal(HttpStatusCode.OK, (await _c.Bot.PostActivityAsync(TestActivities.InstallationAdd(_c.ServiceUrl, ChatA, fromId: A))).StatusCode);
        await _c.Connector.WaitForRequestsAsync(r => r.ConversationId == ChatA, 1, BotConversation.ReplyTimeout);
        await _c.SayAsync(TestActivities.Message(_c.ServiceUrl, "taal en", conversationId: ChatA, fromId: A));

        // Intervisie: A brings the casus and asks a question, B chairs and asks one too (a round over the connector).
        var team = new RoundTeam(_c.Bot, _c.Connector, Team);
        var (roundId, _) = await team.StartAsync(starter: B, inbrenger: A, gespreksleider: B);
        await team.CasusAsync(roundId, A, "Klant mist steeds de ochtendafspraak");
        await team.AdvanceAsync(roundId, 0, B);
        await team.ContributeAsync(roundId, 1, A, "Wat heb je de vorige keer geprobeerd?");
        await team.ContributeAsync(roundId, 1, B, "Hoe reageert de klant op een herinnering?");

        // Lessons.
        await AddLessonAsync(A, "Eerst vragen wat al goed gaat, dan pas plannen.");
        await AddLessonAsync(B, "Een les van iemand anders.");

        // Scheduling: A is away in a session where B brings the casus; both propose a casus.
        var series = Get<SeriesStore>();
        const string partition = "export-series";
        await series.UpdateSessionAsync(partition, SessionDate, _ => new SessionEntity
        {
            Date = SessionDate.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
            Number = 1,
            InbrengerKey = TestActivities.AadFor(B),
            AwayJson = SeriesStore.AwayJson([TestActivities.AadFor(A)]),
        }, default);
        await series.UpsertProposalAsync(partition, SessionDate, TestActivities.AadFor(A), "Twijfel over een proefplaatsing", DateTimeOffset.UtcNow, default);
        await series.UpsertProposalAsync(partition, SessionDate, TestActivities.AadFor(B), "Taalcursus of direct aan het werk", DateTimeOffset.UtcNow, default);

        // Handreikingen: ratings, and a catalogue change by A as kennismakelaar.
        var casus = Get<CasusStore>();
        await casus.RateAsync(TestActivities.TenantId, TestActivities.AadFor(A), "hr-rating", useful: true, default);
        await casus.RateAsync(TestActivities.TenantId, TestActivities.AadFor(B), "hr-rating-b", useful: false, default);
        var catalogue = Get<LiveCatalogue>();
        _editedEntry = (await catalogue.GetAsync(default)).Catalogue.Entries[0].Id;
        Assert.True(await catalogue.RetireAsync(_editedEntry, TestActivities.AadFor(A), default));

        // Roles: A is kennismakelaar, B teamleider, of the same team.
        await Get<RoleStore>().ReplaceAsync(new TeamScope(TestActivities.TenantId, Team, Team), new Dictionary<string, TeamRole>
        {
            [TestActivities.AadFor(A)] = TeamRole.Kennismakelaar,
            [TestActivities.AadFor(B)] = TeamRole.Teamleider,
        }, TestActivities.AadFor(B), default);

        // Reminders: one planned for each (far ahead, so none goes out during the test).
        var scheduler = Get<ReminderScheduler>();
        await scheduler.ScheduleAsync(new ReminderRequest("lesson-check", TestActivities.TenantId, A, TestActivities.AadFor(A), _c.ServiceUrl, ReminderDue, ConversationId: ChatA), default);
        await scheduler.ScheduleAsync(new ReminderRequest("lesson-check", TestActivities.TenantId, B, TestActivities.AadFor(B), _c.ServiceUrl, ReminderDue.AddDays(1), ConversationId: ChatB), default);
    }

    /// <summary>"exporteer mijn gegevens" in the person's chat, the consent card accepted, the uploaded file parsed.</summary>
    private async Task<JsonDocument> ExportAsync(string from, string chat)
    {
        var uploads = _c.Connector.Uploads.Count;
        var reply = await _c.SayAsync(TestActivities.Message(_c.ServiceUrl, "exporteer mijn gegevens", conversationId: chat, fromId: from));
        var consent = reply.Body!.Value.GetProperty("attachments")[0];
        Assert.Equal("application/vnd.microsoft.teams.card.file.consent", consent.GetProperty("contentType").GetString());
        var fileName = "mijn-gegevens-" + from[3..] + ".json";
        var (status, _) = await _c.InvokeAsync(TestActivities.Invoke(_c.ServiceUrl, "fileConsent/invoke", new
        {
            type = "fileUpload",
            action = "accept",
            context = consent.GetProperty("content").GetProperty("acceptContext"),
            uploadInfo = new
            {
                name = fileName,
                uploadUrl = _c.Connector.UploadUrl(fileName),
                contentUrl = _c.Connector.ContentUrl(fileName),
                uniqueId = "unique-" + from,
                fileType = "json",
            },
        }, conversationId: chat, fromId: from));
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal(uploads + 1, _c.Connector.Uploads.Count);
        return JsonDocument.Parse(_c.Connector.Uploads[^1].Content);
    }

    /// <summary>Every exported item, or those of one kind.</summary>
    private static List<JsonElement> Items(JsonDocument json, string? kind) =>
    [
        .. json.RootElement.GetProperty("content").EnumerateArray()
            .SelectMany(s => s.GetProperty("items").EnumerateArray())
            .Where(i => kind is null || (i.TryGetProperty("kind", out var k) && k.GetString() == kind)),
    ];

    private async Task AddLessonAsync(string owner, string text)
    {
        var now = DateTimeOffset.UtcNow;
        await Get<LessonStore>().AddAsync(new Lesson
        {
            Id = LessonPartitions.NewId(now),
            Scope = LessonScopeKind.Personal,
            TenantId = TestActivities.TenantId,
            OwnerKey = TestActivities.AadFor(owner),
            OwnerUserId = owner,
            Text = text,
            Tags = [],
            Type = LessonTypes.Uitproberen,
            Evidence = EvidenceLevels.Praktijkervaring,
            Visibility = LessonVisibility.AlleenIk,
            Created = now,
            Updated = now,
            CheckDate = now.AddDays(28),
        }, default);
    }
}
