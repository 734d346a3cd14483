using IntervisieBot.Protocol.Auth;
using IntervisieBot.Protocol.Schema;
using IntervisieBot.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Microsoft.IdentityModel.Tokens;

namespace IntervisieBot.Tests.Protocol.Auth;

public sealed class JwtInboundAuthenticatorTests : IClassFixture<InboundTokenFixture>
{
    private readonly InboundTokenFixture _fixture;
    private readonly FakeTimeProvider _time = new(DateTimeOffset.UtcNow);
    private readonly InboundTokenCases _cases;

    public JwtInboundAuthenticatorTests(InboundTokenFixture fixture)
    {
        _fixture = fixture;
        _cases = new InboundTokenCases(fixture, _time);
    }

    private DateTimeOffset Now => _time.GetUtcNow();

    [Fact]
    public async Task AuthenticateAsync_ValidBotFrameworkToken_SucceedsOnBotFrameworkPath()
    {
        var token = _cases.BotFrameworkToken(_fixture.TeamsKey);

        var result = await AuthenticateAsync($"Bearer {token}", AuthTestServices.TeamsActivity());

        Assert.True(result.Succeeded, result.FailureReason);
        Assert.NotNull(result.Identity);
        Assert.Equal(InboundAuthClaims.BotFrameworkPath, result.Identity.FindFirst(InboundAuthClaims.AuthenticationPath)?.Value);
        Assert.Equal(AuthTestServices.AppId, result.Identity.FindFirst("aud")?.Value);
        Assert.False(InboundAuthClaims.IsDevelopment(result.Identity));
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task AuthenticateAsync_EntraTokenOfOwnTenantCalledByTheBotItself_SucceedsOnEntraPath(bool v2)
    {
        var token = _cases.EntraToken(caller: AuthTestServices.AppId, v2: v2);

        var result = await AuthenticateAsync($"Bearer {token}", AuthTestServices.TeamsActivity());

        Assert.True(result.Succeeded, result.FailureReason);
        Assert.Equal(InboundAuthClaims.EntraPath, result.Identity!.FindFirst(InboundAuthClaims.AuthenticationPath)?.Value);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task AuthenticateAsync_EntraTokenOfAnAllowedCaller_Succeeds_AndAnyOtherCallerIsRefused(bool v2)
    {
        const string allowed = "5b6c7d8e-9f0a-4b1c-8d2e-3f4a5b6c7d8e";
        var settings = AuthTestServices.Configuration(_fixture.Server);
        settings["BotAuth:AllowedCallers:0"] = allowed;

        var admitted = await AuthenticateAsync(settings, $"Bearer {_cases.EntraToken(caller: allowed, v2: v2)}", AuthTestServices.TeamsActivity());
        var refused = await AuthenticateAsync(settings, $"Bearer {_cases.EntraToken(caller: TestTokenFactory.ForeignCaller, v2: v2)}", AuthTestServices.TeamsActivity());

        Assert.True(admitted.Succeeded, admitted.FailureReason);
        Assert.False(refused.Succeeded);
        Assert.Equal(AuthFailureReasons.CallerNotAllowed, refused.FailureReason);
    }

    [Fact]
    public async Task AuthenticateAsync_BotFrameworkToken_BindsTheActivitysServiceUrl()
    {
        var result = await AuthenticateAsync($"Bearer {_cases.BotFrameworkToken(_fixture.TeamsKey)}", AuthTestServices.TeamsActivity());

        Assert.True(result.Succeeded, result.FailureReason);
        Assert.Equal(AuthTestServices.ServiceUrl, InboundAuthClaims.BoundServiceUrlOf(result.Identity));
    }

    [Fact]
    public async Task AuthenticateAsync_EntraTokenWithoutServiceUrlClaim_BindsNoServiceUrl()
    {
        var result = await AuthenticateAsync($"Bearer {_cases.EntraToken()}", AuthTestServices.TeamsActivity(serviceUrl: "https://evil.example/"));

        Assert.True(result.Succeeded, result.FailureReason);
        Assert.Null(InboundAuthClaims.BoundServiceUrlOf(result.Identity));
    }

    [Fact]
    public async Task AuthenticateAsync_EntraTokenWithMatchingServiceUrlClaim_BindsIt()
    {
        var result = await AuthenticateAsync($"Bearer {_cases.EntraToken(serviceUrl: AuthTestServices.ServiceUrl)}", AuthTestServices.TeamsActivity());

        Assert.True(result.Succeeded, result.FailureReason);
        Assert.Equal(AuthTestServices.ServiceUrl, InboundAuthClaims.BoundServiceUrlOf(result.Identity));
    }

    [Theory]
    [InlineData(SecurityAlgorithms.RsaSha384)]
    [InlineData(SecurityAlgorithms.RsaSha512)]
    public async Task AuthenticateAsync_OtherAllowedRsaAlgorithm_Succeeds(string algorithm)
    {
        var token = _cases.BotFrameworkToken(_fixture.TeamsKey, algorithm: algorithm);

        var result = await AuthenticateAsync($"Bearer {token}", AuthTestServices.TeamsActivity());

        Assert.True(result.Succeeded, result.FailureReason);
    }

    [Fact]
    public async Task AuthenticateAsync_ServiceUrlDiffersOnlyInCase_Succeeds()
    {
        var token = _cases.BotFrameworkToken(_fixture.TeamsKey, serviceUrl: "https://SMBA.trafficmanager.net/EMEA/");

        var result = await AuthenticateAsync($"Bearer {token}", AuthTestServices.TeamsActivity());

        Assert.True(result.Succeeded, result.FailureReason);
    }

    [Theory]
    [InlineData(-4, 1)]   // expired four minutes ago: inside the 5-minute skew
    [InlineData(4, 60)]   // valid from four minutes from now: inside the 5-minute skew
    public async Task AuthenticateAsync_LifetimeWithinClockSkew_Succeeds(int notBeforeOrExpiryMinutes, int lifetimeMinutes)
    {
        var (notBefore, expires) = notBeforeOrExpiryMinutes < 0
            ? (Now.AddMinutes(notBeforeOrExpiryMinutes - lifetimeMinutes), Now.AddMinutes(notBeforeOrExpiryMinutes))
            : (Now.AddMinutes(notBeforeOrExpiryMinutes), Now.AddMinutes(notBeforeOrExpiryMinutes + lifetimeMinutes));
        var token = _cases.BotFrameworkToken(_fixture.TeamsKey, notBefore: notBefore, expires: expires);

        var result = await AuthenticateAsync($"Bearer {token}", AuthTestServices.TeamsActivity());

        Assert.True(result.Succeeded, result.FailureReason);
    }

    [Theory]
    [MemberData(nameof(InboundTokenCases.Rejected), MemberType = typeof(InboundTokenCases))]
    public async Task AuthenticateAsync_RejectedCase_FailsWithReasonAndNoIdentity(string caseName, string expectedReason)
    {
        var (header, activity) = _cases.Build(caseName);

        var result = await AuthenticateAsync(header, activity);

        Assert.False(result.Succeeded);
        Assert.Null(result.Identity);
        Assert.Equal(expectedReason, result.FailureReason);
        if (header is { Length: > 20 })
        {
            Assert.DoesNotContain(header[^20..], result.FailureReason, StringComparison.Ordinal);
        }
    }

    private Task<InboundAuthResult> AuthenticateAsync(string? header, Activity activity) =>
        AuthenticateAsync(AuthTestServices.Configuration(_fixture.Server), header, activity);

    private async Task<InboundAuthResult> AuthenticateAsync(Dictionary<string, string?> settings, string? header, Activity activity)
    {
        await using var provider = AuthTestServices.Build(settings, _time);
        var authenticator = provider.GetRequiredService<IInboundAuthenticator>();
        Assert.IsType<JwtInboundAuthenticator>(authenticator);
        return await authenticator.AuthenticateAsync(header, activity, CancellationToken.None);
    }
}
