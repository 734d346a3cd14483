using Xunit;
using System.Text;
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

    public JwtInboundAuthenticatorTests(InboundTokenFixture fixture) => _fixture = fixture;

    private DateTimeOffset Now => _time.GetUtcNow();

    [Fact]
    public async Task AuthenticateAsync_ValidBotFrameworkToken_SucceedsOnBotFrameworkPath()
    {
        var token = BotFrameworkToken(_fixture.TeamsKey);

        var result = await AuthenticateAsync($"Bearer {token}", AuthTestServices.TeamsActivity());

        Assert.True(result.Succeeded, result.FailureReason);
        Assert.NotNull(result.Identity);
        Assert.Equal(InboundAuthClaims.BotFrameworkPath, result.Identity.FindFirst(InboundAuthClaims.AuthenticationPath)?.Value);
        Assert.Equal(AuthTestServices.AppId, result.Identity.FindFirst("aud")?.Value);
        Assert.False(InboundAuthClaims.IsDevelopment(result.Identity));
    }

    [Theory]
    [InlineData("v1")]
    [InlineData("v2")]
    public async Task AuthenticateAsync_ValidEntraTokenOfConfiguredTenant_SucceedsOnEntraPath(string version)
    {
        var issuer = version == "v1"
            ? TestTokenFactory.EntraV1Issuer(AuthTestServices.TenantId)
            : TestTokenFactory.EntraV2Issuer(AuthTestServices.TenantId);
        var token = TestTokenFactory.Create(
            _fixture.EntraKey.Credentials(), issuer, AuthTestServices.AppId, serviceUrl: null, Now.AddMinutes(-1), Now.AddMinutes(59));

        var result = await AuthenticateAsync($"Bearer {token}", AuthTestServices.TeamsActivity());

        Assert.True(result.Succeeded, result.FailureReason);
        Assert.Equal(InboundAuthClaims.EntraPath, result.Identity!.FindFirst(InboundAuthClaims.AuthenticationPath)?.Value);
    }

    [Theory]
    [InlineData(SecurityAlgorithms.RsaSha384)]
    [InlineData(SecurityAlgorithms.RsaSha512)]
    public async Task AuthenticateAsync_OtherAllowedRsaAlgorithm_Succeeds(string algorithm)
    {
        var token = BotFrameworkToken(_fixture.TeamsKey, algorithm: algorithm);

        var result = await AuthenticateAsync($"Bearer {token}", AuthTestServices.TeamsActivity());

        Assert.True(result.Succeeded, result.FailureReason);
    }

    [Fact]
    public async Task AuthenticateAsync_ServiceUrlDiffersOnlyInCase_Succeeds()
    {
        var token = BotFrameworkToken(_fixture.TeamsKey, serviceUrl: "https://SMBA.trafficmanager.net/EMEA/");

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
        var token = BotFrameworkToken(_fixture.TeamsKey, notBefore: notBefore, expires: expires);

        var result = await AuthenticateAsync($"Bearer {token}", AuthTestServices.TeamsActivity());

        Assert.True(result.Succeeded, result.FailureReason);
    }

    public static TheoryData<string, string> RejectedCases => new()
    {
        { "missing header", AuthFailureReasons.MissingHeader },
        { "empty header", AuthFailureReasons.MissingHeader },
        { "basic scheme", AuthFailureReasons.NotBearer },
        { "bare token without scheme", AuthFailureReasons.NotBearer },
        { "bearer without token", AuthFailureReasons.MalformedToken },
        { "garbage token", AuthFailureReasons.MalformedToken },
        { "bad signature", AuthFailureReasons.InvalidSignature },
        { "unknown key", AuthFailureReasons.UnknownKey },
        { "expired", AuthFailureReasons.Expired },
        { "not yet valid", AuthFailureReasons.NotYetValid },
        { "no expiry", AuthFailureReasons.NoExpiration },
        { "wrong issuer", AuthFailureReasons.UntrustedIssuer },
        { "entra issuer of another tenant", AuthFailureReasons.UntrustedIssuer },
        { "entra token signed with bot framework key", AuthFailureReasons.UnknownKey },
        { "wrong audience", AuthFailureReasons.InvalidAudience },
        { "entra wrong audience", AuthFailureReasons.InvalidAudience },
        { "serviceurl mismatch", AuthFailureReasons.ServiceUrlMismatch },
        { "serviceurl prefix only", AuthFailureReasons.ServiceUrlMismatch },
        { "entra serviceurl mismatch", AuthFailureReasons.ServiceUrlMismatch },
        { "missing serviceurl", AuthFailureReasons.MissingServiceUrlClaim },
        { "key without msteams endorsement", AuthFailureReasons.ChannelNotEndorsed },
        { "key without endorsements", AuthFailureReasons.KeyWithoutEndorsements },
        { "activity without channelId", AuthFailureReasons.MissingChannelId },
        { "activity channel not endorsed", AuthFailureReasons.ChannelNotEndorsed },
        { "alg none", AuthFailureReasons.AlgorithmNotAllowed },
        { "hs256 with guessed secret", AuthFailureReasons.AlgorithmNotAllowed },
        { "tampered payload", AuthFailureReasons.InvalidSignature },
        { "tampered audience", AuthFailureReasons.InvalidSignature },
    };

    [Theory]
    [MemberData(nameof(RejectedCases))]
    public async Task AuthenticateAsync_RejectedCase_FailsWithReasonAndNoIdentity(string caseName, string expectedReason)
    {
        var (header, activity) = BuildRejectedCase(caseName);

        var result = await AuthenticateAsync(header, activity);

        Assert.False(result.Succeeded);
        Assert.Null(result.Identity);
        Assert.Equal(expectedReason, result.FailureReason);
        if (header is { Length: > 20 })
        {
            Assert.DoesNotContain(header[^20..], result.FailureReason, StringComparison.Ordinal);
        }
    }

    /// <summary>The request of one rejected case; shared with the endpoint-level tests.</summary>
    internal (string? Header, Activity Activity) BuildRejectedCase(string caseName)
    {
        var teams = AuthTestServices.TeamsActivity();
        var valid = BotFrameworkToken(_fixture.TeamsKey);
        return caseName switch
        {
            "missing header" => (null, teams),
            "empty header" => ("   ", teams),
            "basic scheme" => ("Basic " + Convert.ToBase64String(Encoding.UTF8.GetBytes($"{AuthTestServices.AppId}:secret")), teams),
            "bare token without scheme" => (valid, teams),
            "bearer without token" => ("Bearer ", teams),
            "garbage token" => ("Bearer not.a.jwt", teams),
            "bad signature" => Bearer(BotFrameworkToken(_fixture.UnpublishedKey, kid: _fixture.TeamsKey.Kid), teams),
            "unknown key" => Bearer(BotFrameworkToken(_fixture.UnpublishedKey), teams),
            "expired" => Bearer(BotFrameworkToken(_fixture.TeamsKey, notBefore: Now.AddHours(-2), expires: Now.AddMinutes(-6)), teams),
            "not yet valid" => Bearer(BotFrameworkToken(_fixture.TeamsKey, notBefore: Now.AddMinutes(6), expires: Now.AddHours(1)), teams),
            "no expiry" => Bearer(TestTokenFactory.Create(
                _fixture.TeamsKey.Credentials(), TestTokenFactory.BotFrameworkIssuer, AuthTestServices.AppId,
                AuthTestServices.ServiceUrl, Now.AddMinutes(-1), expires: null), teams),
            "wrong issuer" => Bearer(BotFrameworkToken(_fixture.TeamsKey, issuer: "https://api.botframework.com.evil.example"), teams),
            "entra issuer of another tenant" => Bearer(TestTokenFactory.Create(
                _fixture.EntraKey.Credentials(), TestTokenFactory.EntraV2Issuer(AuthTestServices.OtherTenantId),
                AuthTestServices.AppId, null, Now.AddMinutes(-1), Now.AddMinutes(59)), teams),
            "entra token signed with bot framework key" => Bearer(TestTokenFactory.Create(
                _fixture.TeamsKey.Credentials(), TestTokenFactory.EntraV1Issuer(AuthTestServices.TenantId),
                AuthTestServices.AppId, AuthTestServices.ServiceUrl, Now.AddMinutes(-1), Now.AddMinutes(59)), teams),
            "wrong audience" => Bearer(BotFrameworkToken(_fixture.TeamsKey, audience: Guid.NewGuid().ToString()), teams),
            "entra wrong audience" => Bearer(TestTokenFactory.Create(
                _fixture.EntraKey.Credentials(), TestTokenFactory.EntraV2Issuer(AuthTestServices.TenantId),
                "https://graph.microsoft.com", null, Now.AddMinutes(-1), Now.AddMinutes(59)), teams),
            "serviceurl mismatch" => Bearer(BotFrameworkToken(_fixture.TeamsKey, serviceUrl: "https://smba.trafficmanager.net/amer/"), teams),
            "serviceurl prefix only" => Bearer(valid, AuthTestServices.TeamsActivity(serviceUrl: AuthTestServices.ServiceUrl + "x")),
            "entra serviceurl mismatch" => Bearer(TestTokenFactory.Create(
                _fixture.EntraKey.Credentials(), TestTokenFactory.EntraV2Issuer(AuthTestServices.TenantId),
                AuthTestServices.AppId, "https://smba.trafficmanager.net/amer/", Now.AddMinutes(-1), Now.AddMinutes(59)), teams),
            "missing serviceurl" => Bearer(BotFrameworkToken(_fixture.TeamsKey, serviceUrl: null), teams),
            "key without msteams endorsement" => Bearer(BotFrameworkToken(_fixture.SkypeOnlyKey), teams),
            "key without endorsements" => Bearer(BotFrameworkToken(_fixture.UnendorsedKey), teams),
            "activity without channelId" => Bearer(valid, AuthTestServices.TeamsActivity(channelId: null)),
            "activity channel not endorsed" => Bearer(valid, AuthTestServices.TeamsActivity(channelId: "slack")),
            "alg none" => Bearer(TestTokenFactory.Unsigned(
                _fixture.TeamsKey.Kid, TestTokenFactory.BotFrameworkIssuer, AuthTestServices.AppId, AuthTestServices.ServiceUrl,
                Now.AddMinutes(-1), Now.AddMinutes(59)), teams),
            "hs256 with guessed secret" => Bearer(BotFrameworkToken(
                new SigningCredentials(
                    new SymmetricSecurityKey(Encoding.UTF8.GetBytes("guessed-secret-guessed-secret-guessed!")) { KeyId = _fixture.TeamsKey.Kid },
                    SecurityAlgorithms.HmacSha256)), teams),
            "tampered payload" => Bearer(
                TestTokenFactory.WithPayloadClaim(valid, "serviceurl", "https://attacker.example/"),
                AuthTestServices.TeamsActivity(serviceUrl: "https://attacker.example/")),
            "tampered audience" => Bearer(TestTokenFactory.WithPayloadClaim(
                BotFrameworkToken(_fixture.TeamsKey, audience: "00000000-0000-0000-0000-000000000001"), "aud", AuthTestServices.AppId), teams),
            _ => throw new ArgumentOutOfRangeException(nameof(caseName), caseName, "unknown case"),
        };
    }

    private static (string? Header, Activity Activity) Bearer(string token, Activity activity) => ($"Bearer {token}", activity);

    private string BotFrameworkToken(
        TestSigningKey key,
        string? kid = null,
        string issuer = TestTokenFactory.BotFrameworkIssuer,
        string audience = AuthTestServices.AppId,
        string? serviceUrl = AuthTestServices.ServiceUrl,
        DateTimeOffset? notBefore = null,
        DateTimeOffset? expires = null,
        string algorithm = SecurityAlgorithms.RsaSha256)
    {
        var credentials = key.Credentials(algorithm);
        if (kid is not null) credentials.Key.KeyId = kid;
        return BotFrameworkToken(credentials, issuer, audience, serviceUrl, notBefore, expires);
    }

    private string BotFrameworkToken(
        SigningCredentials credentials,
        string issuer = TestTokenFactory.BotFrameworkIssuer,
        string audience = AuthTestServices.AppId,
        string? serviceUrl = AuthTestServices.ServiceUrl,
        DateTimeOffset? notBefore = null,
        DateTimeOffset? expires = null) =>
        TestTokenFactory.Create(credentials, issuer, audience, serviceUrl, notBefore ?? Now.AddMinutes(-1), expires ?? Now.AddMinutes(59));

    private async Task<InboundAuthResult> AuthenticateAsync(string? header, Activity activity)
    {
        await using var provider = AuthTestServices.Build(_fixture.Server, _time);
        var authenticator = provider.GetRequiredService<IInboundAuthenticator>();
        Assert.IsType<JwtInboundAuthenticator>(authenticator);
        return await authenticator.AuthenticateAsync(header, activity, CancellationToken.None);
    }
}
