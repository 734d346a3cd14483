using IntervisieBot.Protocol.Connector;
using IntervisieBot.Protocol.Schema;
using IntervisieBot.Tests.Infrastructure;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace IntervisieBot.Tests.Protocol.Connector;

public sealed class ServiceUrlTrustTests
{
    private static ServiceUrlTrust Create(params string[] trustedHosts) =>
        new(new StaticOptionsMonitor(new ConnectorOptions { TrustedServiceHosts = trustedHosts }), NullLogger<ServiceUrlTrust>.Instance);

    [Theory]
    [InlineData("https://smba.trafficmanager.net/emea/", true)]
    [InlineData("https://SMBA.trafficmanager.net/amer/", true)]
    [InlineData("https://smba.trafficmanager.net:443/teams/", true)]
    [InlineData("http://smba.trafficmanager.net/emea/", false)]
    [InlineData("https://smba.trafficmanager.net:8443/emea/", false)]
    [InlineData("https://evil.smba.trafficmanager.net/emea/", false)]
    [InlineData("https://smba.trafficmanager.net.evil.example/emea/", false)]
    [InlineData("https://user@smba.trafficmanager.net/emea/", false)]
    [InlineData("https://example.com/", false)]
    [InlineData("http://127.0.0.1:3978/", false)]
    [InlineData("ftp://smba.trafficmanager.net/", false)]
    public void IsTrusted_DefaultConfiguration_OnlyPublicTeamsHostOverHttps(string url, bool expected)
    {
        var trust = Create();

        Assert.Equal(expected, trust.IsTrusted(new Uri(url)));
    }

    [Theory]
    [InlineData("https://smba.infra.gcc.teams.microsoft.com/gcc/", true)]
    [InlineData("https://proxy.example.org:8443/x/", true)]
    [InlineData("https://proxy.example.org/x/", false)]
    [InlineData("https://smba.trafficmanager.net/emea/", false)]
    public void IsTrusted_ConfiguredHosts_ReplaceDefaultWithExactMatches(string url, bool expected)
    {
        var trust = Create("smba.infra.gcc.teams.microsoft.com", "proxy.example.org:8443");

        Assert.Equal(expected, trust.IsTrusted(new Uri(url)));
    }

    [Theory]
    [InlineData("http://127.0.0.1:41000/emea/", true)]
    [InlineData("https://127.0.0.1:41000/", true)]
    [InlineData("http://127.0.0.1:41001/", false)]
    [InlineData("http://proxy.example.org:8443/x/", false)]
    public void IsTrusted_ConfiguredLoopbackHost_AlsoOverHttp_ConfiguredRemoteHostOnlyOverHttps(string url, bool expected)
    {
        var trust = Create("127.0.0.1:41000", "proxy.example.org:8443");

        Assert.Equal(expected, trust.IsTrusted(new Uri(url)));
    }

    [Theory]
    [InlineData("https://tenant-proxy.example.net/teams/", "https://tenant-proxy.example.net/other/path/", true)]
    [InlineData("https://tenant-proxy.example.net/teams/", "https://tenant-proxy.example.net:8443/teams/", false)]
    [InlineData("https://tenant-proxy.example.net/teams/", "http://tenant-proxy.example.net/teams/", false)]
    [InlineData("http://127.0.0.1:41000/", "http://127.0.0.1:41000/anything/", true)]
    [InlineData("http://127.0.0.1:41000/", "http://127.0.0.1:41001/", false)]
    [InlineData("http://localhost:56150/", "http://localhost:56150/", true)]
    [InlineData("http://example.com/", "http://example.com/", false)]
    [InlineData("http://192.168.1.10:3978/", "http://192.168.1.10:3978/", false)]
    [InlineData("not a url", "https://example.com/", false)]
    public void IsTrusted_AfterTrustAuthenticated_TrustsThatOriginOnly(string authenticated, string requested, bool expected)
    {
        var trust = Create();

        trust.TrustAuthenticated(authenticated);

        Assert.Equal(expected, trust.IsTrusted(new Uri(requested)));
    }

    [Fact]
    public async Task SendAsync_UntrustedServiceUrl_RefusedBeforeAnyRequestOrToken()
    {
        await using var harness = await ConnectorHarness.StartAsync(trustConnector: false);

        var error = await Assert.ThrowsAsync<UntrustedServiceUrlException>(() =>
            harness.Client.SendAsync(harness.ServiceUrl, "a:1", new Activity { Type = ActivityTypes.Message, Text = "x" }, CancellationToken.None));

        Assert.Empty(harness.Connector.Requests);
        Assert.Equal(0, harness.TokenServer.RequestCount);
        Assert.Contains("127.0.0.1", error.Message, StringComparison.Ordinal);
        var warning = Assert.Single(harness.Logs.Entries, e => e.EventId.Id == 2101);
        Assert.Equal(LogLevel.Warning, warning.Level);
        Assert.Contains("127.0.0.1", warning.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(harness.Connector.BaseAddress.Port.ToString(System.Globalization.CultureInfo.InvariantCulture), warning.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("https://attacker.example/")]
    [InlineData("http://169.254.169.254/metadata/")]
    [InlineData("relative/path")]
    [InlineData("")]
    public async Task EveryOperation_UntrustedServiceUrl_RefusedWithoutToken(string serviceUrl)
    {
        await using var harness = await ConnectorHarness.StartAsync();
        var client = harness.Client;
        var activity = new Activity { Type = ActivityTypes.Message };

        await Assert.ThrowsAsync<UntrustedServiceUrlException>(() => client.SendAsync(serviceUrl, "a:1", activity, CancellationToken.None));
        await Assert.ThrowsAsync<UntrustedServiceUrlException>(() => client.ReplyAsync(serviceUrl, "a:1", "1", activity, CancellationToken.None));
        await Assert.ThrowsAsync<UntrustedServiceUrlException>(() => client.UpdateAsync(serviceUrl, "a:1", "1", activity, CancellationToken.None));
        await Assert.ThrowsAsync<UntrustedServiceUrlException>(() => client.DeleteAsync(serviceUrl, "a:1", "1", CancellationToken.None));
        await Assert.ThrowsAsync<UntrustedServiceUrlException>(() => client.CreateConversationAsync(serviceUrl, new ConversationParameters(), CancellationToken.None));
        await Assert.ThrowsAsync<UntrustedServiceUrlException>(() => client.GetPagedMembersAsync(serviceUrl, "a:1", null, null, CancellationToken.None));

        Assert.Equal(0, harness.TokenServer.RequestCount);
        Assert.Empty(harness.Connector.Requests);
    }

    [Fact]
    public async Task SendAsync_TrustedAndUntrustedConnectors_TokenReachesOnlyTheTrustedOne()
    {
        await using var harness = await ConnectorHarness.StartAsync();
        await using var other = await LoopbackConnector.StartAsync();
        var activity = new Activity { Type = ActivityTypes.Message, Text = "x" };

        await harness.Client.SendAsync(harness.ServiceUrl, "a:1", activity, CancellationToken.None);
        await Assert.ThrowsAsync<UntrustedServiceUrlException>(() => harness.Client.SendAsync(other.ServiceUrl, "a:1", activity, CancellationToken.None));

        Assert.Equal("Bearer loopback-token-1", Assert.Single(harness.Connector.Requests).Authorization);
        Assert.Empty(other.Requests);
    }

    private sealed class StaticOptionsMonitor(ConnectorOptions value) : IOptionsMonitor<ConnectorOptions>
    {
        public ConnectorOptions CurrentValue => value;
        public ConnectorOptions Get(string? name) => value;
        public IDisposable? OnChange(Action<ConnectorOptions, string?> listener) => null;
    }
}
