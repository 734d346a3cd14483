using System.Security.Cryptography;
using System.Text.Json.Nodes;
using Microsoft.IdentityModel.Tokens;

namespace IntervisieBot.Tests.Infrastructure;

/// <summary>An RSA key generated in the test, published by <see cref="LoopbackOpenIdServer"/> as a JWK.</summary>
public sealed class TestSigningKey : IDisposable
{
    private readonly RSA _rsa;

    public TestSigningKey(string kid, IReadOnlyList<string>? endorsements)
    {
        Kid = kid;
        Endorsements = endorsements;
        _rsa = RSA.Create(2048);
    }

    public string Kid { get; }

    /// <summary>Null: the JWK is published without an <c>endorsements</c> property.</summary>
    public IReadOnlyList<string>? Endorsements { get; }

    public SigningCredentials Credentials(string algorithm = SecurityAlgorithms.RsaSha256) =>
        new(new RsaSecurityKey(_rsa) { KeyId = Kid }, algorithm);

    public JsonObject ToJwk()
    {
        var parameters = _rsa.ExportParameters(includePrivateParameters: false);
        var jwk = new JsonObject
        {
            ["kty"] = "RSA",
            ["use"] = "sig",
            ["kid"] = Kid,
            ["n"] = Base64UrlEncoder.Encode(parameters.Modulus),
            ["e"] = Base64UrlEncoder.Encode(parameters.Exponent),
        };
        if (Endorsements is not null)
        {
            jwk["endorsements"] = new JsonArray([.. Endorsements.Select(endorsement => (JsonNode)JsonValue.Create(endorsement))]);
        }
        return jwk;
    }

    public void Dispose() => _rsa.Dispose();
}
