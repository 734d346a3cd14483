using System.Text;
using System.Text.Json.Nodes;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace IntervisieBot.Tests.Infrastructure;

/// <summary>Builds inbound tokens the way the Bot Connector / Entra would, plus the forgeries the tests need.</summary>
public static class TestTokenFactory
{
    public const string BotFrameworkIssuer = "https://api.botframework.com";

    /// <summary>The calling app a token names by default: another app than the bot (as the Bot Connector's own tokens do).</summary>
    public const string ForeignCaller = "d6d49420-f39b-4df7-a1dc-d59a935871db";

    public static string EntraV1Issuer(string tenantId) => $"https://sts.windows.net/{tenantId}/";
    public static string EntraV2Issuer(string tenantId) => $"https://login.microsoftonline.com/{tenantId}/v2.0";

    /// <summary>
    /// A signed token. <paramref name="serviceUrl"/> null leaves out the <c>serviceurl</c> claim, <paramref name="expires"/>
    /// null the <c>exp</c>. The calling app goes in <c>appid</c> (a v1 token) or, with <paramref name="v2"/>, in <c>azp</c>;
    /// null leaves it out.
    /// </summary>
    public static string Create(
        SigningCredentials credentials,
        string issuer,
        string audience,
        string? serviceUrl,
        DateTimeOffset notBefore,
        DateTimeOffset? expires,
        string? caller = ForeignCaller,
        bool v2 = false,
        IReadOnlyDictionary<string, object>? extraClaims = null)
    {
        Dictionary<string, object> claims = new() { ["ver"] = v2 ? "2.0" : "1.0" };
        if (caller is not null) claims[v2 ? "azp" : "appid"] = caller;
        if (serviceUrl is not null) claims["serviceurl"] = serviceUrl;
        foreach (var (name, value) in extraClaims ?? new Dictionary<string, object>()) claims[name] = value;

        var handler = new JsonWebTokenHandler { SetDefaultTimesOnTokenCreation = false };
        return handler.CreateToken(new SecurityTokenDescriptor
        {
            Issuer = issuer,
            Audience = audience,
            NotBefore = notBefore.UtcDateTime,
            IssuedAt = notBefore.UtcDateTime,
            Expires = expires?.UtcDateTime,
            Claims = claims,
            SigningCredentials = credentials,
        });
    }

    /// <summary>An unsigned token (<c>alg: none</c>) with the given header key id and claims.</summary>
    public static string Unsigned(string kid, string issuer, string audience, string serviceUrl, DateTimeOffset notBefore, DateTimeOffset expires)
    {
        var header = new JsonObject { ["alg"] = "none", ["typ"] = "JWT", ["kid"] = kid };
        var payload = new JsonObject
        {
            ["iss"] = issuer,
            ["aud"] = audience,
            ["serviceurl"] = serviceUrl,
            ["nbf"] = notBefore.ToUnixTimeSeconds(),
            ["exp"] = expires.ToUnixTimeSeconds(),
        };
        return $"{Encode(header)}.{Encode(payload)}.";
    }

    /// <summary>The same token with one payload claim replaced and the original signature kept.</summary>
    public static string WithPayloadClaim(string token, string claim, string value)
    {
        var parts = token.Split('.');
        var payload = JsonNode.Parse(Base64UrlEncoder.Decode(parts[1]))!.AsObject();
        payload[claim] = value;
        parts[1] = Encode(payload);
        return string.Join('.', parts);
    }

    private static string Encode(JsonObject json) => Base64UrlEncoder.Encode(Encoding.UTF8.GetBytes(json.ToJsonString()));
}
