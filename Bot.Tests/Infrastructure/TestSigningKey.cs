using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using System.Text.Json.Nodes;
using Microsoft.IdentityModel.Tokens;

namespace IntervisieBot.Tests.Infrastructure;

/// <summary>
/// An RSA key generated in the test, published by <see cref="LoopbackOpenIdServer"/> as a JWK shaped like Microsoft's:
/// <c>kty, use, kid, x5t, n, e, x5c</c> (a self-signed certificate of the same key) and, for Bot Framework keys,
/// <c>endorsements</c>.
/// </summary>
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
        using var certificate = SelfSignedCertificate();
        var jwk = new JsonObject
        {
            ["kty"] = "RSA",
            ["use"] = "sig",
            ["kid"] = Kid,
            ["x5t"] = Base64UrlEncoder.Encode(certificate.GetCertHash()),
            ["n"] = Base64UrlEncoder.Encode(parameters.Modulus),
            ["e"] = Base64UrlEncoder.Encode(parameters.Exponent),
            ["x5c"] = new JsonArray(Convert.ToBase64String(certificate.RawData)),
        };
        if (Endorsements is not null)
        {
            jwk["endorsements"] = new JsonArray([.. Endorsements.Select(endorsement => (JsonNode)JsonValue.Create(endorsement))]);
        }
        return jwk;
    }

    private byte[]? _certificate;

    private X509Certificate2 SelfSignedCertificate()
    {
        _certificate ??= new CertificateRequest("CN=IntervisieBot test signing key", _rsa, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1)
            .CreateSelfSigned(DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddDays(30))
            .RawData;
        return X509CertificateLoader.LoadCertificate(_certificate);
    }

    public void Dispose() => _rsa.Dispose();
}
