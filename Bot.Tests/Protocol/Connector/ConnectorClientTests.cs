using System.Text.Json;
using IntervisieBot.Protocol.Connector;
using IntervisieBot.Protocol.Schema;
using IntervisieBot.Tests.Infrastructure;

namespace IntervisieBot.Tests.Protocol.Connector;

public sealed class ConnectorClientTests
{
    private const string ConversationId = "19:abcDEF123@thread.tacv2;messageid=1700000000001";
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(10);

    private static Activity Message(string text) => new() { Type = ActivityTypes.Message, Text = text };

    [Fact]
    public async Task SendAsync_TrustedServiceUrl_PostsActivityToConversationActivities()
    {
        await using var harness = await ConnectorHarness.StartAsync();

        var response = await harness.Client.SendAsync(harness.ServiceUrl, ConversationId, Message("Welkom bij IntervisieBot"), CancellationToken.None);

        var request = Assert.Single(harness.Connector.Requests);
        Assert.Equal("POST", request.Method);
        Assert.Equal("Send", request.Operation);
        Assert.Equal(ConversationId, request.ConversationId);
        Assert.Equal("/v3/conversations/" + Uri.EscapeDataString(ConversationId) + "/activities", request.RawPath);
        Assert.Equal("message", request.ActivityType);
        Assert.Equal("Welkom bij IntervisieBot", request.Text);
        Assert.Equal("Bearer loopback-token-1", request.Authorization);
        Assert.NotNull(response.Id);
        Assert.Equal(request.ResponseId, response.Id);
    }

    [Fact]
    public async Task ReplyAsync_ActivityId_PostsToThatActivity()
    {
        await using var harness = await ConnectorHarness.StartAsync();

        var response = await harness.Client.ReplyAsync(harness.ServiceUrl, ConversationId, "1700000000123", Message("Antwoord"), CancellationToken.None);

        var request = Assert.Single(harness.Connector.Requests);
        Assert.Equal(("POST", "Reply", ConversationId, "1700000000123"), (request.Method, request.Operation, request.ConversationId, request.ActivityId));
        Assert.Equal("Antwoord", request.Text);
        Assert.Equal(request.ResponseId, response.Id);
    }

    [Fact]
    public async Task UpdateAsync_ActivityWithoutId_PutsFullActivityCarryingTheId()
    {
        await using var harness = await ConnectorHarness.StartAsync();

        var response = await harness.Client.UpdateAsync(harness.ServiceUrl, ConversationId, "1700000000456", Message("Bijgewerkt"), CancellationToken.None);

        var request = Assert.Single(harness.Connector.Requests);
        Assert.Equal(("PUT", "Update", "1700000000456"), (request.Method, request.Operation, request.ActivityId));
        Assert.Equal("1700000000456", request.Body!.Value.GetProperty("id").GetString());
        Assert.Equal("Bijgewerkt", request.Text);
        Assert.Equal("1700000000456", response.Id);
    }

    [Fact]
    public async Task DeleteAsync_ActivityId_SendsDeleteWithoutBody()
    {
        await using var harness = await ConnectorHarness.StartAsync();

        await harness.Client.DeleteAsync(harness.ServiceUrl, ConversationId, "1700000000789", CancellationToken.None);

        var request = Assert.Single(harness.Connector.Requests);
        Assert.Equal(("DELETE", "Delete", ConversationId, "1700000000789"), (request.Method, request.Operation, request.ConversationId, request.ActivityId));
        Assert.Null(request.Body);
        Assert.StartsWith("Bearer ", request.Authorization, StringComparison.Ordinal);
    }

    [Fact]
    public async Task CreateConversationAsync_PersonalChat_PostsParametersAndReturnsConversationId()
    {
        await using var harness = await ConnectorHarness.StartAsync();
        var parameters = new ConversationParameters
        {
            Bot = new ChannelAccount { Id = "28:" + ConnectorHarness.AppId, Name = "IntervisieBot" },
            Members = [new ChannelAccount { Id = "29:1-fictieve-gebruiker" }],
            TenantId = ConnectorHarness.TenantId,
            ChannelData = new { tenant = new { id = ConnectorHarness.TenantId } },
        };

        var response = await harness.Client.CreateConversationAsync(harness.ServiceUrl, parameters, CancellationToken.None);

        var request = Assert.Single(harness.Connector.Requests);
        Assert.Equal(("POST", "CreateConversation", "/v3/conversations"), (request.Method, request.Operation, request.RawPath));
        var body = request.Body!.Value;
        Assert.Equal("29:1-fictieve-gebruiker", body.GetProperty("members")[0].GetProperty("id").GetString());
        Assert.Equal(ConnectorHarness.TenantId, body.GetProperty("channelData").GetProperty("tenant").GetProperty("id").GetString());
        Assert.False(body.GetProperty("isGroup").GetBoolean());
        Assert.Equal(request.ResponseId, response.Id);
        Assert.StartsWith("a:", response.Id, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(null, "")]
    [InlineData(10, "?pageSize=50")]
    [InlineData(50, "?pageSize=50")]
    [InlineData(200, "?pageSize=200")]
    [InlineData(500, "?pageSize=500")]
    [InlineData(5000, "?pageSize=500")]
    public async Task GetPagedMembersAsync_PageSize_ClampedTo50To500(int? pageSize, string expectedQuery)
    {
        await using var harness = await ConnectorHarness.StartAsync();

        await harness.Client.GetPagedMembersAsync(harness.ServiceUrl, ConversationId, pageSize, null, CancellationToken.None);

        var request = Assert.Single(harness.Connector.Requests);
        Assert.Equal(("GET", "GetPagedMembers"), (request.Method, request.Operation));
        Assert.Equal(expectedQuery, request.Query);
    }

    [Fact]
    public async Task GetTeamDetailsAsync_EscapesTheTeamId_ReadsTheGroup_UnknownTeamIsAConnectorException()
    {
        await using var harness = await ConnectorHarness.StartAsync();
        const string team = "19:abc;def@thread.tacv2";
        harness.Connector.Teams[team] = new TeamDetails { Id = team, Name = "Team Noord", AadGroupId = "0b9a7c55-1111-4aaa-8bbb-000000000001" };

        var details = await harness.Client.GetTeamDetailsAsync(harness.ServiceUrl, team, CancellationToken.None);
        var missing = await Assert.ThrowsAsync<ConnectorException>(() => harness.Client.GetTeamDetailsAsync(harness.ServiceUrl, "19:other@thread.tacv2", CancellationToken.None));

        Assert.Equal(("Team Noord", "0b9a7c55-1111-4aaa-8bbb-000000000001"), (details.Name, details.AadGroupId));
        var request = harness.Connector.Requests[0];
        Assert.Equal(("GET", "GetTeamDetails", "/v3/teams/19%3Aabc%3Bdef%40thread.tacv2"), (request.Method, request.Operation, request.RawPath));
        Assert.Equal((404, true), (missing.StatusCode, missing.IsPermanent));
    }

    [Fact]
    public async Task GetPagedMembersAsync_ContinuationToken_WalksWholeRoster()
    {
        await using var harness = await ConnectorHarness.StartAsync();
        harness.Connector.Members = [.. Enumerable.Range(1, 120).Select(i => new ChannelAccount { Id = $"29:deelnemer-{i}", Name = $"Deelnemer {i}" })];

        List<string?> ids = [];
        string? token = null;
        var pages = 0;
        do
        {
            var page = await harness.Client.GetPagedMembersAsync(harness.ServiceUrl, ConversationId, 50, token, CancellationToken.None);
            ids.AddRange(page.Members.Select(m => m.Id));
            token = page.ContinuationToken;
            pages++;
        }
        while (token is not null && pages < 10);

        Assert.Equal(3, pages);
        Assert.Equal(harness.Connector.Members.Select(m => m.Id), ids);
        Assert.Contains(harness.Connector.Requests, r => r.Query == "?pageSize=50&continuationToken=100");
    }

    [Theory]
    [InlineData("19:abc@thread.tacv2")]
    [InlineData("19:meeting_Njg0@thread.v2;messageid=1700000000000")]
    [InlineData("a:1Xy-9_Q=;x=y")]
    [InlineData("29:slash/and?query#hash")]
    [InlineData("met spatie en %25 en +")]
    [InlineData("ünïcødé:id")]
    public async Task SendAsync_OddConversationId_ArrivesAsOneEscapedSegment(string conversationId)
    {
        await using var harness = await ConnectorHarness.StartAsync();

        await harness.Client.SendAsync(harness.ServiceUrl, conversationId, Message("x"), CancellationToken.None);

        var request = Assert.Single(harness.Connector.Requests);
        Assert.Equal("Send", request.Operation);
        Assert.Equal(conversationId, request.ConversationId);
        var segment = request.RawPath.Split('/')[3];
        Assert.DoesNotContain(segment, c => c is ':' or ';' or '@' or '=' or '?' or '#' or ' ' or '/');
    }

    [Theory]
    [InlineData("emea", true)]
    [InlineData("emea", false)]
    [InlineData("", true)]
    [InlineData("", false)]
    public async Task SendAsync_ServiceUrlWithOrWithoutTrailingSlash_KeepsServiceUrlPath(string pathPrefix, bool trailingSlash)
    {
        await using var harness = await ConnectorHarness.StartAsync(pathPrefix: pathPrefix);
        var serviceUrl = trailingSlash ? harness.ServiceUrl : harness.ServiceUrl.TrimEnd('/');

        await harness.Client.SendAsync(serviceUrl, "a:1", Message("x"), CancellationToken.None);

        var request = Assert.Single(harness.Connector.Requests);
        Assert.Equal("Send", request.Operation);
        Assert.Equal((pathPrefix.Length > 0 ? "/" + pathPrefix : "") + "/v3/conversations/a%3A1/activities", request.RawPath);
    }

    [Theory]
    [InlineData("")]
    [InlineData(" ")]
    [InlineData(".")]
    [InlineData("..")]
    public async Task SendAsync_EmptyOrDotConversationId_ThrowsWithoutRequest(string conversationId)
    {
        await using var harness = await ConnectorHarness.StartAsync();

        await Assert.ThrowsAsync<ArgumentException>(() => harness.Client.SendAsync(harness.ServiceUrl, conversationId, Message("x"), CancellationToken.None));

        Assert.Empty(harness.Connector.Requests);
    }

    [Fact]
    public async Task SendAsync_CardAttachment_SerializedWithProtocolJson()
    {
        await using var harness = await ConnectorHarness.StartAsync();
        using var card = JsonDocument.Parse("""{"type":"AdaptiveCard","version":"1.5","body":[{"type":"TextBlock","text":"Hulp"}]}""");
        var activity = new Activity
        {
            Type = ActivityTypes.Message,
            Attachments = [new Attachment { ContentType = "application/vnd.microsoft.card.adaptive", Content = card.RootElement.Clone() }],
        };

        await harness.Client.SendAsync(harness.ServiceUrl, "a:1", activity, CancellationToken.None);

        var request = Assert.Single(harness.Connector.Requests);
        Assert.Equal("application/vnd.microsoft.card.adaptive", request.FirstAttachmentContentType);
        Assert.False(request.Body!.Value.TryGetProperty("text", out _), "null fields are not written");
    }
}
