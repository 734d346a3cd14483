using System.Net;
using System.Text;
using Azure.Data.Tables;
using IntervisieBot.Storage;
using IntervisieBot.Tests.Infrastructure;

namespace IntervisieBot.Tests.Turns;

/// <summary>Whole turns in-process: /api/messages → Azurite → loopback connector.</summary>
public sealed class TurnPipelineTests : IAsyncLifetime
{
    private static readonly TimeSpan Wait = TimeSpan.FromSeconds(20);
    private LoopbackConnector _connector = null!;
    private BotApplicationFactory _bot = null!;

    public async Task InitializeAsync()
    {
        _connector = await LoopbackConnector.StartAsync();
        _bot = new BotApplicationFactory();
    }

    public async Task DisposeAsync()
    {
        await _bot.DisposeAsync();
        await _connector.DisposeAsync();
    }

    [Fact]
    public async Task Install_InPersonalChat_SendsOneWelcomeCard()
    {
        var install = await _bot.PostActivityAsync(TestActivities.InstallationAdd(_connector.ServiceUrl));
        var update = await _bot.PostActivityAsync(TestActivities.BotAddedToTeam(_connector.ServiceUrl, conversationId: "a:personal-1"));
        Assert.Equal(HttpStatusCode.OK, install.StatusCode);
        Assert.Equal(HttpStatusCode.OK, update.StatusCode);

        var sent = await _connector.WaitForRequestsAsync(r => r.Method == "POST", 1, Wait);
        Assert.Equal("a:personal-1", sent[0].ConversationId);
        Assert.Equal("application/vnd.microsoft.card.adaptive", sent[0].FirstAttachmentContentType);
        Assert.Contains("Welkom bij IntervisieBot", CardText.Of(sent[0].Body));

        // Both events were handled; still exactly one welcome (the second claim lost).
        await SendAndWaitForReplyAsync(TestActivities.Message(_connector.ServiceUrl, "help"));
        Assert.Single(_connector.Requests, r => CardText.Of(r.Body).Contains("Welkom bij IntervisieBot"));
    }

    [Fact]
    public async Task BotAddedToTeam_SendsTeamWelcomeInTheChannel()
    {
        await _bot.PostActivityAsync(TestActivities.BotAddedToTeam(_connector.ServiceUrl));
        var sent = await _connector.WaitForRequestsAsync(r => r.Method == "POST", 1, Wait);
        Assert.Equal("19:general@thread.tacv2", sent[0].ConversationId);
        Assert.Contains(CardText.Of(sent[0].Body), t => t.Contains("@IntervisieBot", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("help", "nl-NL", "Wat kan IntervisieBot?")]
    [InlineData("<at>IntervisieBot</at> hulp", "nl-NL", "Wat kan IntervisieBot?")]
    [InlineData("HELP", "en-US", "Wat kan IntervisieBot?")]
    public async Task Help_AnswersWithHelpCard(string text, string locale, string expectedTitle)
    {
        var reply = await SendAndWaitForReplyAsync(TestActivities.Message(_connector.ServiceUrl, text, locale: locale));
        Assert.Equal("application/vnd.microsoft.card.adaptive", reply.FirstAttachmentContentType);
        Assert.Contains(expectedTitle, CardText.Of(reply.Body));
    }

    [Fact]
    public async Task UnknownCommand_GetsFriendlyHint_WithoutEchoingText()
    {
        var reply = await SendAndWaitForReplyAsync(TestActivities.Message(_connector.ServiceUrl, "blablabla mevrouw Zonnebloem"));
        var texts = CardText.Of(reply.Body);
        Assert.Contains("Dat herken ik niet", texts);
        Assert.DoesNotContain(texts, t => t.Contains("Zonnebloem", StringComparison.Ordinal));
    }

    [Fact]
    public async Task SameActivityIdTwice_IsProcessedOnce()
    {
        var activity = TestActivities.Message(_connector.ServiceUrl, "help", id: "dup-1");
        var first = await _bot.PostActivityAsync(activity);
        var second = await _bot.PostActivityAsync(activity);
        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
        await _connector.WaitForRequestsAsync(r => r.Method == "POST", 1, Wait);

        // A later, different activity is answered; by then the duplicate would have been too.
        await SendAndWaitForReplyAsync(TestActivities.Message(_connector.ServiceUrl, "hulp", id: "dup-2"));
        Assert.Single(_connector.Requests, r => r.Body?.GetProperty("replyToId").GetString() == "dup-1");
    }

    [Fact]
    public async Task UnknownInvoke_Gets501()
    {
        var response = await _bot.PostActivityAsync(TestActivities.Invoke(_connector.ServiceUrl, "composeExtension/unknownThing", new { commandId = "x" }));
        Assert.Equal(HttpStatusCode.NotImplemented, response.StatusCode);
    }

    [Fact]
    public async Task Healthz_IsOk_AndReadyzSeesStorage()
    {
        var client = _bot.CreateClient();
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/healthz")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/readyz")).StatusCode);
    }

    [Theory]
    [InlineData("/", "IntervisieBot")]
    [InlineData("/privacy", "Geen gegevens van klanten")]
    [InlineData("/voorwaarden", "Gebruiksvoorwaarden")]
    public async Task ManifestPages_AreServed(string path, string expected)
    {
        var response = await _bot.CreateClient().GetAsync(path);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains(expected, await response.Content.ReadAsStringAsync());
    }

    public static TheoryData<string, string, HttpStatusCode> BadRequests => new()
    {
        { "application/json", "{ this is not json", HttpStatusCode.BadRequest },
        { "text/plain", """{"type":"message","serviceUrl":"http://127.0.0.1:1/","conversation":{"id":"c-bad"}}""", HttpStatusCode.BadRequest },
        { "application/json", """{"serviceUrl":"http://127.0.0.1:1/","conversation":{"id":"c-bad"}}""", HttpStatusCode.BadRequest },
        { "application/json", """{"type":"message","serviceUrl":"http://127.0.0.1:1/"}""", HttpStatusCode.BadRequest },
        { "application/json", """{"type":"message","conversation":{"id":"c-bad"}}""", HttpStatusCode.BadRequest },
        { "application/json", """{"type":"message","serviceUrl":"not a url","conversation":{"id":"c-bad"}}""", HttpStatusCode.BadRequest },
        { "application/json", """{"type":"message","serviceUrl":"ftp://127.0.0.1/","conversation":{"id":"c-bad"}}""", HttpStatusCode.BadRequest },
        { "application/json", """{"type":42,"serviceUrl":"http://127.0.0.1:1/","conversation":{"id":"c-bad"}}""", HttpStatusCode.BadRequest },
        { "application/json", "[]", HttpStatusCode.BadRequest },
        { "application/json", "null", HttpStatusCode.BadRequest },
        { "application/json", "", HttpStatusCode.BadRequest },
        { "application/json", "{\"type\":\"message\",\"serviceUrl\":\"http://127.0.0.1:1/\",\"conversation\":{\"id\":\"c-bad\"},\"text\":\"" + new string('x', 300 * 1024) + "\"}", HttpStatusCode.RequestEntityTooLarge },
        // Ids that can never be stored or addressed: a permanent 400, never a 503 the channel would retry for ever.
        { "application/json", """{"type":"message","serviceUrl":"http://127.0.0.1:1/","conversation":{"id":"."},"text":"hulp"}""", HttpStatusCode.BadRequest },
        { "application/json", """{"type":"message","serviceUrl":"http://127.0.0.1:1/","conversation":{"id":".."},"text":"hulp"}""", HttpStatusCode.BadRequest },
        { "application/json", """{"type":"message","id":"..","serviceUrl":"http://127.0.0.1:1/","conversation":{"id":"c-bad"},"text":"hulp"}""", HttpStatusCode.BadRequest },
        { "application/json", """{"type":"message","serviceUrl":"http://127.0.0.1:1/","conversation":{"id":"c-bad\u0000x"},"text":"hulp"}""", HttpStatusCode.BadRequest },
        { "application/json", "{\"type\":\"message\",\"serviceUrl\":\"http://127.0.0.1:1/\",\"conversation\":{\"id\":\"" + new string('c', 60_000) + "\"},\"text\":\"hulp\"}", HttpStatusCode.BadRequest },
        { "application/json", "{\"type\":\"message\",\"serviceUrl\":\"http://127.0.0.1:1/\",\"conversation\":{\"id\":\"c-bad\"},\"channelData\":{\"team\":{\"id\":\"" + new string('t', 60_000) + "\"}},\"text\":\"hulp\"}", HttpStatusCode.BadRequest },
        { "application/json", "{\"type\":\"message\",\"serviceUrl\":\"http://127.0.0.1:1/\",\"conversation\":{\"id\":\"c-bad\"},\"from\":{\"id\":\"" + new string('u', 5_000) + "\"},\"text\":\"hulp\"}", HttpStatusCode.BadRequest },
    };

    [Theory]
    [MemberData(nameof(BadRequests))]
    public async Task BadInput_IsRejectedWithClientError_AndNothingIsStored(string contentType, string body, HttpStatusCode expected)
    {
        var client = _bot.CreateClient();
        using var content = new StringContent(body, Encoding.UTF8);
        content.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue(contentType);
        var response = await client.PostAsync("/api/messages", content);

        Assert.Equal(expected, response.StatusCode);
        var text = await response.Content.ReadAsStringAsync();
        Assert.DoesNotContain("Exception", text, StringComparison.Ordinal);
        var table = new TableServiceClient(AzuriteServer.Shared.ConnectionString).GetTableClient(_bot.TablePrefix + TableNames.Conversations);
        await table.CreateIfNotExistsAsync();
        Assert.Empty(table.Query<TableEntity>(maxPerPage: 10).Take(10));
        Assert.Empty(_connector.Requests);
    }

    private async Task<RecordedRequest> SendAndWaitForReplyAsync(Dictionary<string, object?> activity)
    {
        var id = (string)activity["id"]!;
        var response = await _bot.PostActivityAsync(activity);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var replies = await _connector.WaitForRequestsAsync(r => r.Body?.TryGetProperty("replyToId", out var to) == true && to.GetString() == id, 1, Wait);
        return replies[0];
    }
}
