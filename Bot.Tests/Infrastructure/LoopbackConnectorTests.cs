using System.Net;
using System.Net.Http.Json;
using IntervisieBot.Protocol.Schema;

namespace IntervisieBot.Tests.Infrastructure;

public sealed class LoopbackConnectorTests
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(10);

    [Fact]
    public async Task Post_EscapedConversationId_RecordsDecodedIdAndReturnsGeneratedId()
    {
        await using var connector = await LoopbackConnector.StartAsync("emea");
        using var http = new HttpClient();

        var url = new Uri(new Uri(connector.ServiceUrl), "v3/conversations/" + Uri.EscapeDataString("19:abc@thread.tacv2;messageid=1") + "/activities");
        var response = await http.PostAsJsonAsync(url, new Activity { Type = "message", Text = "hallo" }, ProtocolJson.Options);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var resource = await response.Content.ReadFromJsonAsync<ResourceResponse>(ProtocolJson.Options);
        var recorded = Assert.Single(await connector.WaitForRequestsAsync(r => r.Operation == "Send", 1, Timeout));
        Assert.Equal("19:abc@thread.tacv2;messageid=1", recorded.ConversationId);
        Assert.Equal("hallo", recorded.Text);
        Assert.Equal(recorded.ResponseId, resource?.Id);
        Assert.StartsWith("/emea/v3/conversations/19%3A", recorded.RawPath, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Post_ScriptedFailureQueued_AnswersFailureOnceThenSucceeds()
    {
        await using var connector = await LoopbackConnector.StartAsync();
        connector.EnqueueFailures(ScriptedFailure.Throttled(3));
        using var http = new HttpClient();
        var url = new Uri(connector.BaseAddress, "v3/conversations/a%3A1/activities");

        var first = await http.PostAsJsonAsync(url, new Activity { Type = "message" }, ProtocolJson.Options);
        var second = await http.PostAsJsonAsync(url, new Activity { Type = "message" }, ProtocolJson.Options);

        Assert.Equal(HttpStatusCode.TooManyRequests, first.StatusCode);
        Assert.Equal(TimeSpan.FromSeconds(3), first.Headers.RetryAfter?.Delta);
        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
        Assert.Equal([429, 200], connector.Requests.Select(r => r.ResponseStatus));
    }

    [Fact]
    public async Task GetPagedMembers_RosterLargerThanPage_PagesWithContinuationToken()
    {
        await using var connector = await LoopbackConnector.StartAsync();
        connector.Members = [.. Enumerable.Range(1, 5).Select(i => new ChannelAccount { Id = "29:user" + i, Name = "Deelnemer " + i })];
        using var http = new HttpClient();

        var first = await http.GetFromJsonAsync<PagedMembersResult>(new Uri(connector.BaseAddress, "v3/conversations/c1/pagedmembers?pageSize=3"), ProtocolJson.Options);
        var second = await http.GetFromJsonAsync<PagedMembersResult>(new Uri(connector.BaseAddress, "v3/conversations/c1/pagedmembers?pageSize=3&continuationToken=" + first!.ContinuationToken), ProtocolJson.Options);

        Assert.Equal(["29:user1", "29:user2", "29:user3"], first.Members.Select(m => m.Id));
        Assert.Equal(["29:user4", "29:user5"], second!.Members.Select(m => m.Id));
        Assert.Null(second.ContinuationToken);
    }

    [Fact]
    public async Task WaitForRequestsAsync_FewerThanExpected_ThrowsTimeout()
    {
        await using var connector = await LoopbackConnector.StartAsync();

        await Assert.ThrowsAsync<TimeoutException>(() => connector.WaitForRequestsAsync(1, TimeSpan.FromMilliseconds(50)));
    }
}
