using System.Net;
using IntervisieBot.Protocol.Auth;
using IntervisieBot.Tests.Infrastructure;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace IntervisieBot.Tests.Protocol.Auth;

public sealed class DevelopmentModeGuardTests
{
    [Theory]
    [InlineData("http://127.0.0.1:3978", true)]
    [InlineData("http://127.0.0.2:3978", true)]
    [InlineData("http://localhost:3978", true)]
    [InlineData("https://LOCALHOST:3979", true)]
    [InlineData("http://[::1]:3978", true)]
    [InlineData("http://0.0.0.0:3978", false)]
    [InlineData("http://*:3978", false)]
    [InlineData("http://+:3978", false)]
    [InlineData("http://[::]:3978", false)]
    [InlineData("http://203.0.113.10:3978", false)]
    [InlineData("http://192.168.1.20:3978", false)]
    [InlineData("http://bot.example.org:3978", false)]
    [InlineData("http://localhost.example.org:3978", false)]
    [InlineData("http://unix:/tmp/intervisiebot.sock", false)]
    [InlineData("not an address", false)]
    public void IsLoopbackAddress_Address_Classified(string address, bool loopback)
    {
        Assert.Equal(loopback, LoopbackAddressPolicy.IsLoopbackAddress(address));
    }

    [Theory]
    [InlineData("http://0.0.0.0:3978")]
    [InlineData("http://*:3978")]
    [InlineData("http://+:3978")]
    [InlineData("http://[::]:3978")]
    [InlineData("http://203.0.113.10:3978")]
    [InlineData("http://localhost:3978", "http://0.0.0.0:3979")]
    public async Task Start_NoAppIdAndNonLoopbackAddress_RefusesAndStopsApplication(params string[] addresses)
    {
        using var logs = new CollectingLoggerProvider();
        await using var app = BuildApp(appId: null, new AddressOnlyServer(addresses), logs: logs);

        await app.StartAsync();

        Assert.Contains(logs.Entries, entry => entry.Level == LogLevel.Critical && entry.EventId.Id == 1111);
        var lifetime = app.Services.GetRequiredService<IHostApplicationLifetime>();
        Assert.True(lifetime.ApplicationStopping.IsCancellationRequested);
        Assert.Equal(DevelopmentModeStatus.Refused, app.Services.GetRequiredService<DevelopmentModeState>().Status);
        var result = await app.Services.GetRequiredService<IInboundAuthenticator>()
            .AuthenticateAsync(null, AuthTestServices.TeamsActivity(), CancellationToken.None);
        Assert.Equal(AuthFailureReasons.DevelopmentModeRefused, result.FailureReason);
        await app.StopAsync();
    }

    [Theory]
    [InlineData("http://localhost:3978")]
    [InlineData("http://127.0.0.1:3978", "http://[::1]:3978")]
    public async Task Start_NoAppIdAndLoopbackAddresses_AllowsDevelopmentMode(params string[] addresses)
    {
        using var logs = new CollectingLoggerProvider();
        await using var app = BuildApp(appId: null, new AddressOnlyServer(addresses), logs: logs);

        await app.StartAsync();

        var warning = Assert.Single(logs.Entries, entry => entry.EventId.Id == 1110);
        Assert.Equal(LogLevel.Warning, warning.Level);
        Assert.Contains("AUTHENTICATION IS OFF", warning.Message, StringComparison.Ordinal);
        Assert.False(app.Services.GetRequiredService<IHostApplicationLifetime>().ApplicationStopping.IsCancellationRequested);
        Assert.Equal(DevelopmentModeStatus.Allowed, app.Services.GetRequiredService<DevelopmentModeState>().Status);
        Assert.IsType<DevelopmentModeAuthenticator>(app.Services.GetRequiredService<IInboundAuthenticator>());
        await app.StopAsync();
    }

    [Fact]
    public async Task Start_AppIdConfiguredAndWildcardAddress_RunsWithJwtValidation()
    {
        await using var app = BuildApp(AuthTestServices.AppId, new AddressOnlyServer("http://0.0.0.0:8080"));

        await app.StartAsync();

        Assert.False(app.Services.GetRequiredService<IHostApplicationLifetime>().ApplicationStopping.IsCancellationRequested);
        var authenticator = Assert.IsType<JwtInboundAuthenticator>(app.Services.GetRequiredService<IInboundAuthenticator>());
        var result = await authenticator.AuthenticateAsync(null, AuthTestServices.TeamsActivity(), CancellationToken.None);
        Assert.Equal(AuthFailureReasons.MissingHeader, result.FailureReason);
        await app.StopAsync();
    }

    [Fact]
    public async Task Request_KestrelOnLoopbackWithoutAppId_AcceptedAsDevelopment()
    {
        await using var app = BuildApp(appId: null, server: null);
        app.Urls.Add("http://127.0.0.1:0");
        await app.StartAsync();
        using var client = new HttpClient { BaseAddress = new Uri(app.Urls.Single()) };

        using var response = await client.PostAsync("/probe", content: null);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(DevelopmentModeAuthenticator.AuthenticationType, await response.Content.ReadAsStringAsync());
        await app.StopAsync();
    }

    [Fact]
    public async Task Request_TestServerWithoutAppId_AcceptedAsDevelopment()
    {
        await using var app = BuildApp(appId: null, server: null, useTestServer: true);
        await app.StartAsync();

        using var response = await app.GetTestClient().PostAsync("/probe", content: null);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(DevelopmentModeStatus.Allowed, app.Services.GetRequiredService<DevelopmentModeState>().Status);
        await app.StopAsync();
    }

    [Theory]
    [InlineData("203.0.113.9", HttpStatusCode.Unauthorized)]
    [InlineData("10.1.2.3", HttpStatusCode.Unauthorized)]
    [InlineData("127.0.0.1", HttpStatusCode.OK)]
    [InlineData("::1", HttpStatusCode.OK)]
    [InlineData("::ffff:127.0.0.1", HttpStatusCode.OK)]
    public async Task Request_DevelopmentModeRemoteAddress_OnlyLoopbackAccepted(string remoteAddress, HttpStatusCode expected)
    {
        await using var app = BuildApp(appId: null, server: null, useTestServer: true);
        await app.StartAsync();

        var context = await app.GetTestServer().SendAsync(http =>
        {
            http.Request.Method = HttpMethods.Post;
            http.Request.Path = "/probe";
            http.Connection.RemoteIpAddress = IPAddress.Parse(remoteAddress);
        });

        Assert.Equal((int)expected, context.Response.StatusCode);
        await app.StopAsync();
    }

    [Fact]
    public async Task AuthenticateAsync_BeforeGuardHasRun_Refused()
    {
        var authenticator = new DevelopmentModeAuthenticator(new DevelopmentModeState(), new HttpContextAccessor { HttpContext = new DefaultHttpContext() });

        var result = await authenticator.AuthenticateAsync(null, AuthTestServices.TeamsActivity(), CancellationToken.None);

        Assert.False(result.Succeeded);
        Assert.Equal(AuthFailureReasons.DevelopmentModeNotVerified, result.FailureReason);
    }

    [Fact]
    public void Allow_AfterRefuse_StaysRefused()
    {
        var state = new DevelopmentModeState();
        state.Refuse();

        state.Allow();

        Assert.Equal(DevelopmentModeStatus.Refused, state.Status);
    }

    private static WebApplication BuildApp(string? appId, IServer? server, bool useTestServer = false, CollectingLoggerProvider? logs = null)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        if (logs is not null) builder.Logging.AddProvider(logs);
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["MicrosoftAppId"] = appId,
            ["MicrosoftAppTenantId"] = appId is null ? null : AuthTestServices.TenantId,
            ["MicrosoftAppPassword"] = appId is null ? null : "test-only-password",
        });
        builder.Services.AddBotAuthentication(builder.Configuration);
        if (useTestServer) builder.WebHost.UseTestServer();
        if (server is not null) builder.Services.AddSingleton<IServer>(server);
        var app = builder.Build();
        app.MapPost("/probe", async (HttpContext http, IInboundAuthenticator authenticator) =>
        {
            var result = await authenticator.AuthenticateAsync(http.Request.Headers.Authorization, AuthTestServices.TeamsActivity(), http.RequestAborted);
            return result.Succeeded
                ? Results.Text(result.Identity!.AuthenticationType)
                : Results.Text(result.FailureReason, statusCode: StatusCodes.Status401Unauthorized);
        });
        return app;
    }
}
