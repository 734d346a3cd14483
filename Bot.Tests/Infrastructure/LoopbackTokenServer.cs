using System.Globalization;
using System.Net;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace IntervisieBot.Tests.Infrastructure;

/// <summary>
/// A fake Entra token endpoint on 127.0.0.1 with a free port: <c>POST /{tenant}/oauth2/v2.0/token</c> with a
/// client-credentials form (client_secret, or a client_assertion JWT as MSAL sends for certificates). Issues opaque
/// tokens <c>loopback-token-N</c>, counts requests, and answers 401 <c>invalid_client</c> when the secret does not
/// match <see cref="ExpectedSecret"/> (if set) or the assertion is not validly signed by <see cref="ClientCertificate"/>.
/// Serves https when started with a server certificate (Azure.Identity only talks to https authorities).
/// Use <see cref="AuthorityHost"/> as the token provider's authority host.
/// </summary>
public sealed class LoopbackTokenServer : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly Lock _gate = new();
    private readonly List<TokenRequest> _requests = [];
    private int _issued;

    private LoopbackTokenServer(WebApplication app) => _app = app;

    public Uri AuthorityHost { get; private set; } = null!;

    /// <summary>The secret the server accepts; null accepts any.</summary>
    public string? ExpectedSecret { get; set; }

    /// <summary>The certificate whose key must sign client assertions; null rejects every assertion.</summary>
    public X509Certificate2? ClientCertificate { get; set; }

    /// <summary>The <c>expires_in</c> (seconds) of issued tokens.</summary>
    public int ExpiresInSeconds { get; set; } = 3600;

    public int RequestCount
    {
        get { lock (_gate) return _requests.Count; }
    }

    public IReadOnlyList<TokenRequest> Requests
    {
        get { lock (_gate) return [.. _requests]; }
    }

    /// <param name="serverCertificate">When given, the server listens with https using it (see <see cref="CreateSelfSignedCertificate"/>).</param>
    public static async Task<LoopbackTokenServer> StartAsync(X509Certificate2? serverCertificate = null)
    {
        var builder = WebApplication.CreateSlimBuilder();
        if (serverCertificate is not null) builder.WebHost.UseKestrelHttpsConfiguration();
        builder.WebHost.UseKestrel(k => k.Listen(IPAddress.Loopback, 0, listen =>
        {
            if (serverCertificate is not null) listen.UseHttps(serverCertificate);
        }));
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var server = new LoopbackTokenServer(app);
        app.MapPost("/{tenant}/oauth2/v2.0/token", server.IssueAsync);
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.First();
        server.AuthorityHost = new Uri(address.EndsWith('/') ? address : address + "/");
        return server;
    }

    /// <summary>A self-signed RSA certificate for 127.0.0.1 / localhost with its private key, for tests only.</summary>
    public static X509Certificate2 CreateSelfSignedCertificate(string subject = "CN=127.0.0.1")
    {
        using var rsa = RSA.Create(2048);
        var request = new CertificateRequest(subject, rsa, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        var san = new SubjectAlternativeNameBuilder();
        san.AddIpAddress(IPAddress.Loopback);
        san.AddDnsName("localhost");
        request.CertificateExtensions.Add(san.Build());
        request.CertificateExtensions.Add(new X509EnhancedKeyUsageExtension([new Oid("1.3.6.1.5.5.7.3.1"), new Oid("1.3.6.1.5.5.7.3.2")], false));
        using var certificate = request.CreateSelfSigned(DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddDays(7));
        // Round-trip through PKCS#12 so the private key is usable by SslStream on every platform.
        return X509CertificateLoader.LoadPkcs12(certificate.Export(X509ContentType.Pkcs12), null);
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }

    private async Task<IResult> IssueAsync(string tenant, HttpRequest request)
    {
        var form = request.HasFormContentType ? await request.ReadFormAsync(request.HttpContext.RequestAborted) : null;
        var assertion = form?["client_assertion"].ToString();
        var kind = string.IsNullOrEmpty(assertion) ? "secret" : "assertion";
        var secretMatched = kind == "secret"
            ? ExpectedSecret is null || string.Equals(form?["client_secret"].ToString(), ExpectedSecret, StringComparison.Ordinal)
            : await AssertionValidAsync(assertion!, form?["client_assertion_type"].ToString());
        var wellFormed = form is not null && form["grant_type"] == "client_credentials" && !string.IsNullOrEmpty(form["client_id"]);
        var status = !wellFormed ? 400 : secretMatched ? 200 : 401;
        var token = status == 200 ? "loopback-token-" + Interlocked.Increment(ref _issued).ToString(CultureInfo.InvariantCulture) : "";

        lock (_gate)
        {
            _requests.Add(new TokenRequest(tenant, form?["grant_type"], form?["client_id"], form?["scope"], kind, secretMatched, token, status));
        }

        return status switch
        {
            200 => Results.Json(new Dictionary<string, object>
            {
                ["token_type"] = "Bearer",
                ["expires_in"] = ExpiresInSeconds,
                ["ext_expires_in"] = ExpiresInSeconds,
                ["access_token"] = token,
            }),
            401 => Results.Json(new Dictionary<string, object> { ["error"] = "invalid_client", ["error_description"] = "AADSTS7000215: Invalid client secret provided." }, statusCode: 401),
            _ => Results.Json(new Dictionary<string, object> { ["error"] = "invalid_request" }, statusCode: 400),
        };
    }

    private async Task<bool> AssertionValidAsync(string assertion, string? assertionType)
    {
        if (ClientCertificate is null || assertionType != "urn:ietf:params:oauth:client-assertion-type:jwt-bearer") return false;
        var result = await new JsonWebTokenHandler().ValidateTokenAsync(assertion, new TokenValidationParameters
        {
            IssuerSigningKey = new X509SecurityKey(ClientCertificate),
            ValidateIssuer = false,
            ValidateAudience = false,
            ValidateLifetime = true,
            RequireSignedTokens = true,
        });
        return result.IsValid;
    }
}
