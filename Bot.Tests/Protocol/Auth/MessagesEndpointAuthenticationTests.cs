using System.Net;
using System.Net.Http.Json;
using IntervisieBot.Protocol.Auth;
using IntervisieBot.Protocol.Connector;
using IntervisieBot.Protocol.Schema;
using IntervisieBot.Protocol.Turns;
using IntervisieBot.Tests.Infrastructure;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace IntervisieBot.Tests.Protocol.Auth;

/// <summary>POST /api/messages end to end: every rejected token gets 401 and no handler runs; valid tokens run the handler.</summary>
public sealed class MessagesEndpointAuthenticationTests : IClassFixture<MessagesEndpointAuthFixture>
{
    private readonly MessagesEndpointAuthFixture _fixture;
    private readonly InboundTokenCases _cases;

    public MessagesEndpointAuthenticationTests(MessagesEndpointAuthFixture fixture)
    {
        _fixture = fixture;
        _cases = new InboundTokenCases(fixture.Tokens, TimeProvider.System);
    }

    [Theory]
    [MemberData(nameof(InboundTokenCases.Rejected), MemberType = typeof(InboundTokenCases))]
    public async Task PostActivity_RejectedCase_Returns401AndNoHandlerRuns(string caseName, string reason)
    {
        Assert.False(string.IsNullOrEmpty(reason));
        var (header, activity) = _cases.Build(caseName);
        var probe = _fixture.App.Services.GetRequiredService<AuthProbeRoutes.Counter>();
        var before = probe.Count;
        var probeActivity = AsProbe(activity);

        using var response = await PostAsync(_fixture.App, probeActivity, header);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal(before, probe.Count);
        Assert.Null(await StoredConversationAsync(_fixture.App, probeActivity));
    }

    [Fact]
    public async Task PostActivity_ValidBotFrameworkToken_RunsHandlerAndRecordsConversation()
    {
        var token = _cases.BotFrameworkToken(_fixture.Tokens.TeamsKey);
        var probe = _fixture.App.Services.GetRequiredService<AuthProbeRoutes.Counter>();
        var before = probe.Count;
        var activity = AsProbe(AuthTestServices.TeamsActivity());

        using var response = await PostAsync(_fixture.App, activity, $"Bearer {token}");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(before + 1, probe.Count);
        Assert.NotNull(await StoredConversationAsync(_fixture.App, activity));
    }

    [Fact]
    public async Task PostActivity_ValidEntraToken_RunsHandler()
    {
        var now = DateTimeOffset.UtcNow;
        var token = TestTokenFactory.Create(
            _fixture.Tokens.EntraKey.Credentials(), TestTokenFactory.EntraV1Issuer(AuthTestServices.TenantId),
            AuthTestServices.AppId, serviceUrl: null, now.AddMinutes(-1), now.AddMinutes(59), caller: AuthTestServices.AppId);
        var probe = _fixture.App.Services.GetRequiredService<AuthProbeRoutes.Counter>();
        var before = probe.Count;

        using var response = await PostAsync(_fixture.App, AsProbe(AuthTestServices.TeamsActivity()), $"Bearer {token}");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(before + 1, probe.Count);
    }

    [Fact]
    public async Task PostActivity_EntraTokenWithoutServiceUrlClaim_TheBotsTokenNeverGoesToTheActivitysServiceUrl()
    {
        // The attack of issue #14: a token of the bot's own tenant with no serviceurl claim, naming a serviceUrl the
        // attacker controls. Even from an admitted caller, nothing binds that URL: it is not trusted, a reply to it is
        // refused before any token is fetched, and the stored conversation reference does not widen that later.
        await using var attacker = await LoopbackConnector.StartAsync();
        var activity = AsProbe(AuthTestServices.TeamsActivity(serviceUrl: attacker.ServiceUrl));

        using var response = await PostAsync(_fixture.App, activity, $"Bearer {_cases.EntraToken()}");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var trust = _fixture.App.Services.GetRequiredService<IServiceUrlTrust>();
        Assert.False(trust.IsTrusted(new Uri(attacker.ServiceUrl)));
        var stored = await StoredConversationAsync(_fixture.App, activity);
        Assert.NotNull(stored);
        Assert.False(trust.IsTrusted(new Uri(stored.ServiceUrl)));

        var connector = _fixture.App.Services.GetRequiredService<IConnectorClient>();
        await Assert.ThrowsAsync<UntrustedServiceUrlException>(() => connector.SendAsync(
            stored.ServiceUrl, stored.ConversationId, new Activity { Type = ActivityTypes.Message, Text = "hallo" }, CancellationToken.None));
        Assert.Empty(attacker.Requests);
    }

    [Fact]
    public async Task PostActivity_BotFrameworkTokenBindingTheServiceUrl_TrustsThatServiceUrl()
    {
        await using var connector = await LoopbackConnector.StartAsync();
        var token = _cases.BotFrameworkToken(_fixture.Tokens.TeamsKey, serviceUrl: connector.ServiceUrl);
        var trust = _fixture.App.Services.GetRequiredService<IServiceUrlTrust>();
        Assert.False(trust.IsTrusted(new Uri(connector.ServiceUrl)));

        using var response = await PostAsync(_fixture.App, AsProbe(AuthTestServices.TeamsActivity(serviceUrl: connector.ServiceUrl)), $"Bearer {token}");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.True(trust.IsTrusted(new Uri(connector.ServiceUrl)));
    }

    [Theory]
    [InlineData("https://evil.example/", false)]
    [InlineData("http://127.0.0.1:9/", true)]
    public async Task PostActivity_DevelopmentMode_BindsOnlyALoopbackServiceUrl(string serviceUrl, bool trusted)
    {
        using var response = await PostAsync(_fixture.DevelopmentApp, AsProbe(AuthTestServices.TeamsActivity(serviceUrl: serviceUrl)), authorization: null);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(trusted, _fixture.DevelopmentApp.Services.GetRequiredService<IServiceUrlTrust>().IsTrusted(new Uri(serviceUrl)));
    }

    [Theory]
    [InlineData("evil.example", HttpStatusCode.Unauthorized)]
    [InlineData("evil.example:3978", HttpStatusCode.Unauthorized)]
    [InlineData("10.0.0.8:3978", HttpStatusCode.Unauthorized)]
    [InlineData("localhost:3978", HttpStatusCode.OK)]
    [InlineData("127.0.0.1:3978", HttpStatusCode.OK)]
    [InlineData("[::1]:3978", HttpStatusCode.OK)]
    public async Task PostActivity_DevelopmentMode_OnlyForALoopbackHostHeader(string host, HttpStatusCode expected)
    {
        // A page on another site whose name was rebound to 127.0.0.1 reaches the dev bot from a loopback address,
        // but with its own name in Host.
        var probe = _fixture.DevelopmentApp.Services.GetRequiredService<AuthProbeRoutes.Counter>();
        var before = probe.Count;
        using var client = _fixture.DevelopmentApp.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Post, TurnsServiceCollectionExtensions.MessagesPath)
        {
            Content = JsonContent.Create(AsProbe(AuthTestServices.TeamsActivity()), options: ProtocolJson.Options),
        };
        request.Headers.Host = host;

        using var response = await client.SendAsync(request);

        Assert.Equal(expected, response.StatusCode);
        Assert.Equal(expected == HttpStatusCode.OK ? before + 1 : before, probe.Count);
    }

    [Theory]
    [InlineData("Bearer eyJhbGciOiJSU0EtT0FFUCJ9.a.b.c.d")]
    [InlineData("Bearer eyJhbGciOiJSUzI1NiJ9.eyJpc3MiOjF9.x")]
    [InlineData("Bearer \u0000.\u0000.\u0000")]
    public async Task PostActivity_UnreadableTokenInDevelopmentEnvironment_Gets401WithoutStackTrace(string header)
    {
        using var response = await PostAsync(_fixture.App, AsProbe(AuthTestServices.TeamsActivity()), header);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        var body = await response.Content.ReadAsStringAsync();
        Assert.DoesNotContain("   at ", body, StringComparison.Ordinal);
        Assert.DoesNotContain("Exception", body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task PostActivity_NoAppIdUnderTestServer_DevelopmentModeRunsHandlerWithoutToken()
    {
        var probe = _fixture.DevelopmentApp.Services.GetRequiredService<AuthProbeRoutes.Counter>();
        var before = probe.Count;

        using var response = await PostAsync(_fixture.DevelopmentApp, AsProbe(AuthTestServices.TeamsActivity()), authorization: null);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(before + 1, probe.Count);
        Assert.IsType<DevelopmentModeAuthenticator>(_fixture.DevelopmentApp.Services.GetRequiredService<IInboundAuthenticator>());
    }

    [Fact]
    public async Task Composition_AppIdConfigured_UsesJwtAuthenticator()
    {
        using var client = _fixture.App.CreateClient();

        Assert.IsType<JwtInboundAuthenticator>(_fixture.App.Services.GetRequiredService<IInboundAuthenticator>());
        using var response = await PostAsync(_fixture.App, AsProbe(AuthTestServices.TeamsActivity()), authorization: null);
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    private static Activity AsProbe(Activity activity) => activity with
    {
        Type = ActivityTypes.Invoke,
        Name = AuthProbeRoutes.InvokeName,
        Id = Guid.NewGuid().ToString("N"),
        Conversation = new ConversationAccount
        {
            Id = $"a:auth-probe-{Guid.NewGuid():N}",
            ConversationType = "personal",
            TenantId = AuthTestServices.TenantId,
        },
        From = new ChannelAccount { Id = "29:auth-probe-user", Name = "Klantmanager Test" },
        Recipient = new ChannelAccount { Id = "28:" + AuthTestServices.AppId, Name = "IntervisieBot" },
    };

    private static async Task<HttpResponseMessage> PostAsync(WebApplicationFactory<Program> app, Activity activity, string? authorization)
    {
        using var client = app.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Post, TurnsServiceCollectionExtensions.MessagesPath)
        {
            Content = JsonContent.Create(activity, options: ProtocolJson.Options),
        };
        if (authorization is not null) request.Headers.TryAddWithoutValidation("Authorization", authorization);
        return await client.SendAsync(request);
    }

    private static Task<ConversationReference?> StoredConversationAsync(WebApplicationFactory<Program> app, Activity activity) =>
        app.Services.GetRequiredService<IConversationReferenceStore>()
            .GetAsync(AuthTestServices.TenantId, activity.Conversation!.Id!, CancellationToken.None);
}
