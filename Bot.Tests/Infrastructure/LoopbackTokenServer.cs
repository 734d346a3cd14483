using System.Globalization;
using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace IntervisieBot.Tests.Infrastructure;

/// <summary>
/// A fake Entra token endpoint on 127.0.0.1 with a free port: <c>POST /{tenant}/oauth2/v2.0/token</c> with a
/// client-credentials form. Issues opaque tokens <c>loopback-token-N</c>, counts requests, and answers 401
/// <c>invalid_client</c> when the secret does not match <see cref="ExpectedSecret"/> (if set).
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

    public static async Task<LoopbackTokenServer> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseKestrel(k => k.Listen(IPAddress.Loopback, 0));
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var server = new LoopbackTokenServer(app);
        app.MapPost("/{tenant}/oauth2/v2.0/token", server.IssueAsync);
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.First();
        server.AuthorityHost = new Uri(address.EndsWith('/') ? address : address + "/");
        return server;
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }

    private async Task<IResult> IssueAsync(string tenant, HttpRequest request)
    {
        var form = request.HasFormContentType ? await request.ReadFormAsync(request.HttpContext.RequestAborted) : null;
        var secret = form?["client_secret"].ToString();
        var secretMatched = ExpectedSecret is null || string.Equals(secret, ExpectedSecret, StringComparison.Ordinal);
        var wellFormed = form is not null && form["grant_type"] == "client_credentials" && !string.IsNullOrEmpty(form["client_id"]);
        var status = !wellFormed ? 400 : secretMatched ? 200 : 401;
        var token = status == 200 ? "loopback-token-" + Interlocked.Increment(ref _issued).ToString(CultureInfo.InvariantCulture) : "";

        lock (_gate)
        {
            _requests.Add(new TokenRequest(tenant, form?["grant_type"], form?["client_id"], form?["scope"], secretMatched, token, status));
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
}
