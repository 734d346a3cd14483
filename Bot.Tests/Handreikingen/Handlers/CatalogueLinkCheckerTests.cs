using System.Net;
using System.Net.Sockets;
using IntervisieBot.Features.Handreikingen.Domain;
using IntervisieBot.Features.Handreikingen.Handlers;
using IntervisieBot.Protocol.Schema;
using IntervisieBot.Tests.Infrastructure;

namespace IntervisieBot.Tests.Handreikingen.Handlers;

/// <summary><c>catalogue check-links</c> against a loopback web server: a working link passes, a 404 and a closed port are reported.</summary>
public sealed class CatalogueLinkCheckerTests : IAsyncLifetime
{
    private LoopbackConnector _server = null!;

    public async Task InitializeAsync() => _server = await LoopbackConnector.StartAsync();

    public async Task DisposeAsync() => await _server.DisposeAsync();

    [Fact]
    public async Task CheckAsync_ReportsBrokenAndUnreachableLinks_SkipsEntriesWithoutLink()
    {
        _server.Teams["team-1"] = new TeamDetails { Id = "team-1", Name = "Team" };
        var ok = Entry("werkt", new Uri(_server.BaseAddress, "v3/teams/team-1").ToString());
        var missing = Entry("bestaat-niet-meer", new Uri(_server.BaseAddress, "v3/teams/verdwenen").ToString());
        var closed = Entry("server-weg", $"http://127.0.0.1:{ClosedPort()}/handreiking");
        var none = Entry("zonder-link", "");
        using var http = new HttpClient();

        var problems = await new CatalogueLinkChecker(http).CheckAsync([ok, missing, closed, none], default);

        Assert.Equal(["bestaat-niet-meer", "server-weg"], problems.Select(p => p.EntryId));
        Assert.Equal("HTTP 404", problems[0].Problem);
        Assert.Equal(nameof(HttpRequestError.ConnectionError), problems[1].Problem);
        Assert.Contains(_server.Requests, r => r.Method == "GET" && r.RawPath.EndsWith("/v3/teams/team-1", StringComparison.Ordinal) && r.Succeeded);
    }

    private static int ClosedPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return port;
    }

    private static Handreiking Entry(string id, string url) => new()
    {
        Id = id,
        Title = "Hoe om te gaan met een test",
        OfficialTitle = "Test",
        Publisher = "Test",
        Url = url,
        Summary = ["Een.", "Twee.", "Let op: drie."],
        Tags = ["schulden"],
        Step = 1,
        Evidence = EvidenceLevels.Praktijkervaring,
        Audience = "klantmanagers",
    };
}
