using System.Text;
using IntervisieBot.Protocol.Auth;
using IntervisieBot.Protocol.Schema;
using IntervisieBot.Tests.Infrastructure;
using Microsoft.IdentityModel.Tokens;

namespace IntervisieBot.Tests.Protocol.Auth;

/// <summary>
/// The rejected-request table, shared by the authenticator tests and the /api/messages tests: each row is a request
/// that must fail, with the reason it must fail for.
/// </summary>
public sealed class InboundTokenCases(InboundTokenFixture fixture, TimeProvider time)
{
    private readonly InboundTokenFixture _fixture = fixture;

    private DateTimeOffset Now => time.GetUtcNow();

    public static TheoryData<string, string> Rejected => new()
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
        { "jwe-shaped token", AuthFailureReasons.MalformedToken },
        { "jwe-shaped token with readable header", AuthFailureReasons.EncryptedToken },
        { "five dots of nothing", AuthFailureReasons.MalformedToken },
        { "entra foreign caller without serviceurl", AuthFailureReasons.CallerNotAllowed },
        { "entra v2 foreign caller", AuthFailureReasons.CallerNotAllowed },
        { "entra foreign caller with matching serviceurl", AuthFailureReasons.CallerNotAllowed },
        { "entra token naming no caller", AuthFailureReasons.MissingCaller },
        { "entra appid and azp differ", AuthFailureReasons.AmbiguousCaller },
    };

    /// <summary>The request (Authorization header and activity) of one rejected case.</summary>
    public (string? Header, Activity Activity) Build(string caseName)
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
            "jwe-shaped token" => ("Bearer eyJhbGciOiJSU0EtT0FFUCJ9.a.b.c.d", teams),
            "jwe-shaped token with readable header" => (
                "Bearer " + Base64UrlEncoder.Encode("""{"alg":"RSA-OAEP","enc":"A256GCM","kid":"k"}""") + ".AAAA.BBBB.CCCC.DDDD", teams),
            "five dots of nothing" => ("Bearer ....", teams),
            "entra foreign caller without serviceurl" => Bearer(EntraToken(caller: TestTokenFactory.ForeignCaller), AuthTestServices.TeamsActivity(serviceUrl: "https://evil.example/")),
            "entra v2 foreign caller" => Bearer(EntraToken(caller: TestTokenFactory.ForeignCaller, v2: true), teams),
            "entra foreign caller with matching serviceurl" => Bearer(EntraToken(caller: TestTokenFactory.ForeignCaller, serviceUrl: AuthTestServices.ServiceUrl), teams),
            "entra token naming no caller" => Bearer(EntraToken(caller: null), teams),
            "entra appid and azp differ" => Bearer(EntraToken(
                caller: AuthTestServices.AppId, extraClaims: new Dictionary<string, object> { ["azp"] = TestTokenFactory.ForeignCaller }), teams),
            _ => throw new ArgumentOutOfRangeException(nameof(caseName), caseName, "unknown case"),
        };
    }

    /// <summary>A token on the Entra path of the bot's own tenant (v2 issuer with <paramref name="v2"/>), audience = the app id.</summary>
    public string EntraToken(
        string? caller = AuthTestServices.AppId,
        bool v2 = false,
        string? serviceUrl = null,
        IReadOnlyDictionary<string, object>? extraClaims = null) =>
        TestTokenFactory.Create(
            _fixture.EntraKey.Credentials(),
            v2 ? TestTokenFactory.EntraV2Issuer(AuthTestServices.TenantId) : TestTokenFactory.EntraV1Issuer(AuthTestServices.TenantId),
            AuthTestServices.AppId, serviceUrl, Now.AddMinutes(-1), Now.AddMinutes(59), caller, v2, extraClaims);

    private static (string? Header, Activity Activity) Bearer(string token, Activity activity) => ($"Bearer {token}", activity);

    public string BotFrameworkToken(
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

    public string BotFrameworkToken(
        SigningCredentials credentials,
        string issuer = TestTokenFactory.BotFrameworkIssuer,
        string audience = AuthTestServices.AppId,
        string? serviceUrl = AuthTestServices.ServiceUrl,
        DateTimeOffset? notBefore = null,
        DateTimeOffset? expires = null) =>
        TestTokenFactory.Create(credentials, issuer, audience, serviceUrl, notBefore ?? Now.AddMinutes(-1), expires ?? Now.AddMinutes(59));
}
