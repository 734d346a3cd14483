using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using IntervisieBot.Features.Scheduling.Calendar.Graph;
using IntervisieBot.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace IntervisieBot.Tests.Scheduling.Graph;

/// <summary>
/// The Microsoft Graph boundary for tests: a <see cref="LoopbackGraphServer"/> and a loopback https token endpoint
/// (<see cref="LoopbackTokenServer"/> with a throwaway certificate), plus the <c>Graph:*</c> settings that point the real
/// <see cref="GraphTeamCalendar"/> (Microsoft.Graph SDK, Azure.Identity ClientSecretCredential) at them and the one test
/// service change they need: the token HttpClient trusts that certificate (by thumbprint). Used by
/// <see cref="GraphHarness"/> (the calendar alone) and <see cref="SchedulingHarness"/> (the whole bot).
/// </summary>
internal sealed class LoopbackGraph : IAsyncDisposable
{
    public const string TenantId = "11111111-2222-3333-4444-555555555555";
    public const string ClientId = "00000000-0000-0000-0000-0000000000c1";
    public const string Secret = "graph-test-secret-not-real";

    // One throwaway key for all tests: RSA key generation is the slowest part of starting the token server.
    private static readonly Lazy<X509Certificate2> ServerCertificate = new(() => LoopbackTokenServer.CreateSelfSignedCertificate());

    private LoopbackGraph(LoopbackGraphServer graph, LoopbackTokenServer tokens)
    {
        Graph = graph;
        Tokens = tokens;
    }

    public LoopbackGraphServer Graph { get; }
    public LoopbackTokenServer Tokens { get; }

    public static async Task<LoopbackGraph> StartAsync(string expectedSecret = Secret)
    {
        var graph = await LoopbackGraphServer.StartAsync();
        // Azure.Identity only talks to https authorities: the token endpoint is https with a throwaway certificate that
        // only the bot's token HttpClient trusts (see TrustTokenServer).
        var tokens = await LoopbackTokenServer.StartAsync(ServerCertificate.Value);
        tokens.ExpectedSecret = expectedSecret;
        return new LoopbackGraph(graph, tokens);
    }

    /// <summary>The <c>Graph</c> configuration section for this boundary (client secret credential).</summary>
    public Dictionary<string, string?> Settings(bool enabled = true) => new()
    {
        ["Graph:Enabled"] = enabled ? "true" : "false",
        ["Graph:TenantId"] = TenantId,
        ["Graph:ClientId"] = ClientId,
        ["Graph:ClientSecret"] = Secret,
        ["Graph:BaseUrl"] = Graph.BaseUrl.ToString(),
        ["Graph:AuthorityHost"] = Tokens.AuthorityHost.ToString(),
    };

    /// <summary>Lets the Graph token HttpClient trust the token server's throwaway certificate (and nothing else). Call after AddGraphCalendar.</summary>
    public static void TrustTokenServer(IServiceCollection services)
    {
        var thumbprint = ServerCertificate.Value.GetCertHashString(HashAlgorithmName.SHA256);
        services.AddHttpClient(GraphCredentialFactory.TokenHttpClientName).ConfigurePrimaryHttpMessageHandler(() => new SocketsHttpHandler
        {
            AllowAutoRedirect = false,
            SslOptions = { RemoteCertificateValidationCallback = (_, presented, _, _) => presented?.GetCertHashString(HashAlgorithmName.SHA256) == thumbprint },
        });
    }

    public async ValueTask DisposeAsync()
    {
        await Graph.DisposeAsync();
        await Tokens.DisposeAsync();
    }
}
