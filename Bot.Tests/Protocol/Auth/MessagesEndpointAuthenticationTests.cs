using System.Net;
using System.Net.Http.Json;
using IntervisieBot.Protocol.Auth;
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
            AuthTestServices.AppId, serviceUrl: null, now.AddMinutes(-1), now.AddMinutes(59));
        var probe = _fixture.App.Services.GetRequiredService<AuthProbeRoutes.Counter>();
        var before = probe.Count;

        using var response = await PostAsync(_fixture.App, AsProbe(AuthTestServices.TeamsActivity()), $"Bearer {token}");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(before + 1, probe.Count);
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
