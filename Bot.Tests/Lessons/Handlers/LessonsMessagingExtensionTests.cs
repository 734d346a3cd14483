using System.Net;
using System.Text.Json;
using IntervisieBot.Cards;
using IntervisieBot.Features.Lessons.Cards;
using IntervisieBot.Features.Lessons.Domain;
using IntervisieBot.Features.Lessons.Handlers;
using IntervisieBot.Tests.Infrastructure;

namespace IntervisieBot.Tests.Lessons.Handlers;

/// <summary>The messaging extension through /api/messages with Azurite: "Bewaar als les" (fetchTask + submitAction) and search.</summary>
public sealed class LessonsMessagingExtensionTests : IAsyncLifetime
{
    private LessonsHarness _h = null!;

    public async Task InitializeAsync() => _h = await LessonsHarness.StartAsync();

    public async Task DisposeAsync() => await _h.DisposeAsync();

    private static object FetchTask(string content, string contentType = "html") => new
    {
        commandId = LessonsMessagingExtension.SaveCommand,
        commandContext = "message",
        messagePayload = new { id = "1700000000001", body = new { contentType, content } },
        context = new { theme = "default" },
    };

    private static object Query(string? term, bool initialRun = false) => new
    {
        commandId = LessonsMessagingExtension.SearchCommand,
        parameters = initialRun ? new object[] { new { name = "initialRun", value = "true" } } : [new { name = "zoekterm", value = term }],
        queryOptions = new { skip = 0, count = 25 },
    };

    internal static Dictionary<string, string> Card(string lesson, string tags = "", string visibility = LessonVisibility.MijnTeam, string actionPlan = "") => new()
    {
        [LessonFormCard.LessonInput] = lesson,
        [LessonFormCard.ActionPlanInput] = actionPlan,
        [LessonFormCard.TagsInput] = tags,
        [LessonFormCard.VisibilityInput] = visibility,
    };

    [Fact]
    public async Task FetchTask_CleanMessage_OpensTheLessonCardPrefilledWithTheText()
    {
        var (status, body) = await _h.InvokeAsync("composeExtension/fetchTask",
            FetchTask("<p>Tip: bij <b>schulden</b> eerst de post samen openen.</p><p>Werkte bij drie klanten.</p>"), team: LessonsHarness.TeamNoord);

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal("continue", body.GetProperty("task").GetProperty("type").GetString());
        var value = body.GetProperty("task").GetProperty("value");
        Assert.Equal("Les bewaren", value.GetProperty("title").GetString());
        var card = value.GetProperty("card").GetProperty("content");
        var lesson = LessonCaptureTests.FindInput(card, LessonFormCard.LessonInput);
        Assert.Equal("Tip: bij schulden eerst de post samen openen. Werkte bij drie klanten.", lesson.GetProperty("value").GetString());
        Assert.StartsWith("schulden", LessonCaptureTests.FindInput(card, LessonFormCard.TagsInput).GetProperty("value").GetString(), StringComparison.Ordinal);
        Assert.Equal("Action.Submit", card.GetProperty("actions")[0].GetProperty("type").GetString());
    }

    [Fact]
    public async Task FetchTask_MessageWithIdentifiers_PrefillsNothingAndExplains()
    {
        var (_, body) = await _h.InvokeAsync("composeExtension/fetchTask",
            FetchTask("Mevrouw Bakker (BSN 111222333) belt morgen terug op 0612345678.", "text"), team: LessonsHarness.TeamNoord);

        var raw = body.GetRawText();
        Assert.DoesNotContain("111222333", raw, StringComparison.Ordinal);
        Assert.DoesNotContain("Bakker", raw, StringComparison.Ordinal);
        Assert.Contains("persoonsgegevens", raw, StringComparison.Ordinal);
        var card = body.GetProperty("task").GetProperty("value").GetProperty("card").GetProperty("content");
        Assert.False(LessonCaptureTests.FindInput(card, LessonFormCard.LessonInput).TryGetProperty("value", out _));
    }

    [Fact]
    public async Task SubmitAction_FromChannelMessage_StoresTeamLessonAndAnswersWithAMessage()
    {
        var (status, body) = await _h.InvokeAsync("composeExtension/submitAction",
            new { commandId = LessonsMessagingExtension.SaveCommand, commandContext = "message", data = Card("Bij schulden eerst de post samen openen.") },
            team: LessonsHarness.TeamNoord);

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal("message", body.GetProperty("composeExtension").GetProperty("type").GetString());
        Assert.StartsWith("Les bewaard", body.GetProperty("composeExtension").GetProperty("text").GetString(), StringComparison.Ordinal);
        var stored = Assert.Single(await _h.TeamLessonsAsync(LessonsHarness.TeamNoord));
        Assert.Equal("Bij schulden eerst de post samen openen.", stored.Text);
        Assert.Contains("schulden", stored.Tags);
    }

    [Fact]
    public async Task SubmitAction_InTeamWithoutVisibility_StoresAPersonalLesson()
    {
        var data = Card("Een les uit een bericht, zonder gekozen zichtbaarheid.");
        data.Remove(LessonFormCard.VisibilityInput);

        var (status, _) = await _h.InvokeAsync("composeExtension/submitAction",
            new { commandId = LessonsMessagingExtension.SaveCommand, commandContext = "message", data }, team: LessonsHarness.TeamNoord);

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Empty(await _h.TeamLessonsAsync(LessonsHarness.TeamNoord));
        Assert.Equal(LessonVisibility.AlleenIk, Assert.Single(await _h.PersonalLessonsAsync("29:user-a")).Visibility);
    }

    [Fact]
    public async Task SubmitAction_IdentifierInPlan_StoresNothingAndReturnsThePrivacyDialog()
    {
        var (_, body) = await _h.InvokeAsync("composeExtension/submitAction",
            new { commandId = LessonsMessagingExtension.SaveCommand, data = Card("Post samen openen.", actionPlan: "Mail naar j.jansen@example.nl sturen.") },
            team: LessonsHarness.TeamNoord);

        Assert.Empty(await _h.TeamLessonsAsync(LessonsHarness.TeamNoord));
        Assert.Empty(await _h.PersonalLessonsAsync("29:user-a"));
        var card = body.GetProperty("task").GetProperty("value").GetProperty("card").GetProperty("content");
        Assert.Contains("e-mailadres", card.GetRawText(), StringComparison.Ordinal);
        // handed back masked, so the bot's own message never repeats the identifier
        Assert.Equal("Mail naar [e-mailadres weggelaten] sturen.", LessonCaptureTests.FindInput(card, LessonFormCard.ActionPlanInput).GetProperty("value").GetString());
        Assert.DoesNotContain("j.jansen", card.GetRawText(), StringComparison.Ordinal);
        var action = card.GetProperty("actions")[0];
        Assert.Equal("Action.Submit", action.GetProperty("type").GetString());
        Assert.Equal("Post samen openen.", action.GetProperty("data").GetProperty(LessonFormCard.LessonInput).GetString());
    }

    [Fact]
    public async Task Query_FindsOwnTeamAndPublishedLessons_NeverAnotherTeams()
    {
        await _h.ExecuteAsync(LessonFormCard.SaveVerb, Card("Noord: bij schulden eerst de post openen.", "schulden"), "29:user-a", LessonsHarness.TeamNoord);
        await _h.ExecuteAsync(LessonFormCard.SaveVerb, Card("Zuid: bij schulden de deurwaarder zelf bellen.", "schulden"), "29:user-z", LessonsHarness.TeamZuid);
        await _h.ExecuteAsync(LessonFormCard.SaveVerb, Card("Persoonlijk van A: schulden eerst in kaart.", "schulden", LessonVisibility.AlleenIk), "29:user-a", LessonsHarness.TeamNoord);

        var asA = await SearchTextsAsync("schulden", "29:user-a", LessonsHarness.TeamNoord);
        var asB = await SearchTextsAsync("schulden", "29:user-b", LessonsHarness.TeamNoord);
        var asZ = await SearchTextsAsync("schulden", "29:user-z", LessonsHarness.TeamZuid);

        Assert.Contains(asA, t => t.StartsWith("Noord:", StringComparison.Ordinal));
        Assert.Contains(asA, t => t.StartsWith("Persoonlijk van A", StringComparison.Ordinal));
        Assert.DoesNotContain(asA, t => t.StartsWith("Zuid:", StringComparison.Ordinal));
        Assert.Contains(asB, t => t.StartsWith("Noord:", StringComparison.Ordinal));
        Assert.DoesNotContain(asB, t => t.StartsWith("Persoonlijk van A", StringComparison.Ordinal));
        Assert.Contains(asZ, t => t.StartsWith("Zuid:", StringComparison.Ordinal));
        Assert.DoesNotContain(asZ, t => t.StartsWith("Noord:", StringComparison.Ordinal) || t.StartsWith("Persoonlijk", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Query_Results_HaveAThumbnailPreviewAndFitTheMessagingExtensionLimit()
    {
        await _h.ExecuteAsync(LessonFormCard.SaveVerb, Card("Bij schulden eerst de post openen.", "schulden"), team: LessonsHarness.TeamNoord);

        var (status, body) = await _h.InvokeAsync("composeExtension/query", Query("schulden"), team: LessonsHarness.TeamNoord);

        Assert.Equal(HttpStatusCode.OK, status);
        var result = body.GetProperty("composeExtension");
        Assert.Equal("result", result.GetProperty("type").GetString());
        var attachments = result.GetProperty("attachments").EnumerateArray().ToList();
        Assert.NotEmpty(attachments);
        Assert.All(attachments, a =>
        {
            Assert.Equal("application/vnd.microsoft.card.adaptive", a.GetProperty("contentType").GetString());
            Assert.Equal(LessonsMessagingExtension.ThumbnailContentType, a.GetProperty("preview").GetProperty("contentType").GetString());
            Assert.False(string.IsNullOrWhiteSpace(a.GetProperty("preview").GetProperty("content").GetProperty("title").GetString()));
            Assert.True(a.GetProperty("content").GetRawText().Length * 2 <= CardSize.MessagingExtensionLimitBytes);
        });
        // The lesson comes first; handreikingen on schulden follow.
        Assert.Equal("Bij schulden eerst de post openen.", attachments[0].GetProperty("preview").GetProperty("content").GetProperty("title").GetString());
        Assert.True(attachments.Count > 1);
    }

    [Fact]
    public async Task Query_InitialRun_ReturnsRecentLessons()
    {
        await _h.ExecuteAsync(LessonFormCard.SaveVerb, Card("Jongeren liever via een appje benaderen.", "jongeren"), team: LessonsHarness.TeamNoord);

        var (_, body) = await _h.InvokeAsync("composeExtension/query", Query(null, initialRun: true), team: LessonsHarness.TeamNoord);

        var titles = body.GetProperty("composeExtension").GetProperty("attachments").EnumerateArray()
            .Select(a => a.GetProperty("preview").GetProperty("content").GetProperty("title").GetString()).ToList();
        Assert.Equal(["Jongeren liever via een appje benaderen."], titles);
    }

    [Fact]
    public async Task Query_WithIdentifier_IsRefusedWithoutSearching()
    {
        var (status, body) = await _h.InvokeAsync("composeExtension/query", Query("BSN 111222333 schulden"), team: LessonsHarness.TeamNoord);

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal("message", body.GetProperty("composeExtension").GetProperty("type").GetString());
        Assert.Contains("persoonsgegevens", body.GetProperty("composeExtension").GetProperty("text").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Query_UnknownCommand_Is501()
    {
        var (status, _) = await _h.InvokeAsync("composeExtension/query", new { commandId = "somethingElse", parameters = Array.Empty<object>() }, team: LessonsHarness.TeamNoord);

        Assert.Equal(HttpStatusCode.NotImplemented, status);
    }

    private async Task<List<string>> SearchTextsAsync(string term, string fromId, string team)
    {
        var (_, body) = await _h.InvokeAsync("composeExtension/query", Query(term), fromId, team);
        var composeExtension = body.GetProperty("composeExtension");
        if (composeExtension.GetProperty("type").GetString() != "result") return [];
        return [.. composeExtension.GetProperty("attachments").EnumerateArray().Select(a => a.GetProperty("preview").GetProperty("content").GetProperty("title").GetString()!)];
    }
}
