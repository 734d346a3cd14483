using System.Collections.Concurrent;
using System.Net;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace IntervisieBot.Tests.Infrastructure;

/// <summary>
/// A real HTTP server on 127.0.0.1 (port 0) playing both key publishers: the Bot Framework OpenID metadata + JWKS
/// (keys carry <c>endorsements</c>) and the Entra v2.0 metadata + JWKS of one tenant. Keys are RSA keys generated
/// in the test; a test can add, remove or rotate keys at any time, make the server fail, and read fetch counts.
/// </summary>
public sealed class LoopbackOpenIdServer : IAsyncDisposable
{
    public const string BotFrameworkMetadataPath = "/botframework/v1/.well-known/openidconfiguration";
    public const string BotFrameworkKeysPath = "/botframework/v1/.well-known/keys";

    private readonly WebApplication _app;
    private readonly ConcurrentDictionary<string, TestSigningKey> _botFrameworkKeys = new();
    private readonly ConcurrentDictionary<string, TestSigningKey> _entraKeys = new();
    private int _botFrameworkMetadataFetches;
    private int _botFrameworkKeyFetches;
    private int _entraMetadataFetches;
    private int _entraKeyFetches;

    private LoopbackOpenIdServer(WebApplication app, string tenantId)
    {
        _app = app;
        TenantId = tenantId;
    }

    public string TenantId { get; }
    public string BaseUrl { get; private set; } = "";
    public string BotFrameworkMetadataUrl => BaseUrl + BotFrameworkMetadataPath;
    public string EntraAuthority => BaseUrl;

    /// <summary>When true every endpoint answers 503 (metadata service down).</summary>
    public bool Unavailable { get; set; }

    public int BotFrameworkMetadataFetches => Volatile.Read(ref _botFrameworkMetadataFetches);
    public int BotFrameworkKeyFetches => Volatile.Read(ref _botFrameworkKeyFetches);
    public int EntraMetadataFetches => Volatile.Read(ref _entraMetadataFetches);
    public int EntraKeyFetches => Volatile.Read(ref _entraKeyFetches);

    public static async Task<LoopbackOpenIdServer> StartAsync(string tenantId)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0));
        var app = builder.Build();
        var server = new LoopbackOpenIdServer(app, tenantId);
        server.MapEndpoints();
        await app.StartAsync();
        server.BaseUrl = app.Urls.Single().TrimEnd('/');
        return server;
    }

    /// <summary>Publishes a new Bot Framework key; <paramref name="endorsements"/> null publishes it without endorsements.</summary>
    public TestSigningKey AddBotFrameworkKey(IReadOnlyList<string>? endorsements, string? kid = null)
    {
        var key = new TestSigningKey(kid ?? NewKid("bf"), endorsements);
        _botFrameworkKeys[key.Kid] = key;
        return key;
    }

    public TestSigningKey AddEntraKey(string? kid = null)
    {
        var key = new TestSigningKey(kid ?? NewKid("entra"), endorsements: null);
        _entraKeys[key.Kid] = key;
        return key;
    }

    public void RemoveKey(string kid)
    {
        _botFrameworkKeys.TryRemove(kid, out _);
        _entraKeys.TryRemove(kid, out _);
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
        foreach (var key in _botFrameworkKeys.Values.Concat(_entraKeys.Values)) key.Dispose();
    }

    private static string NewKid(string prefix) => $"{prefix}-{Guid.NewGuid():N}";

    private void MapEndpoints()
    {
        _app.MapGet(BotFrameworkMetadataPath, () => Serve(ref _botFrameworkMetadataFetches, () => new JsonObject
        {
            ["issuer"] = "https://api.botframework.com",
            ["authorization_endpoint"] = "https://invalid.example/unused",
            ["jwks_uri"] = BaseUrl + BotFrameworkKeysPath,
            ["id_token_signing_alg_values_supported"] = new JsonArray("RS256"),
            ["token_endpoint_auth_methods_supported"] = new JsonArray("private_key_jwt"),
        }));
        _app.MapGet(BotFrameworkKeysPath, () => Serve(ref _botFrameworkKeyFetches, () => KeySet(_botFrameworkKeys)));

        _app.MapGet("/{tenant}/v2.0/.well-known/openid-configuration", (string tenant) =>
            tenant == TenantId
                ? Serve(ref _entraMetadataFetches, () => new JsonObject
                {
                    ["issuer"] = $"https://login.microsoftonline.com/{TenantId}/v2.0",
                    ["jwks_uri"] = $"{BaseUrl}/{TenantId}/discovery/v2.0/keys",
                    ["id_token_signing_alg_values_supported"] = new JsonArray("RS256"),
                })
                : Results.NotFound());
        _app.MapGet("/{tenant}/discovery/v2.0/keys", (string tenant) =>
            tenant == TenantId ? Serve(ref _entraKeyFetches, () => KeySet(_entraKeys)) : Results.NotFound());
    }

    private IResult Serve(ref int counter, Func<JsonObject> body)
    {
        Interlocked.Increment(ref counter);
        return Unavailable
            ? Results.StatusCode(StatusCodes.Status503ServiceUnavailable)
            : Results.Text(body().ToJsonString(), "application/json");
    }

    private static JsonObject KeySet(ConcurrentDictionary<string, TestSigningKey> keys) =>
        new() { ["keys"] = new JsonArray([.. keys.Values.Select(key => (JsonNode)key.ToJwk())]) };
}
