using System.Security.Cryptography.X509Certificates;
using Azure.Identity;
using IntervisieBot.Tests.Infrastructure;
using IntervisieBot.Protocol.Auth;
using IntervisieBot.Protocol.Connector;
using IntervisieBot.Protocol.Schema;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace IntervisieBot.Tests.Protocol.Connector;

public sealed class BotTokenProviderTests
{
    private const string AppId = ConnectorHarness.AppId;
    private const string Tenant = ConnectorHarness.TenantId;
    private static readonly Activity Message = new() { Type = ActivityTypes.Message, Text = "x" };

    [Fact]
    public async Task GetTokenAsync_ClientSecret_PostsClientCredentialsToTenantEndpoint()
    {
        await using var harness = await ConnectorHarness.StartAsync();
        var provider = harness.Services.GetRequiredService<IBotTokenProvider>();

        var token = await provider.GetTokenAsync(CancellationToken.None);

        Assert.Equal("loopback-token-1", token);
        var request = Assert.Single(harness.TokenServer.Requests);
        Assert.Equal(ConnectorHarness.TenantId, request.Tenant);
        Assert.Equal("client_credentials", request.GrantType);
        Assert.Equal(ConnectorHarness.AppId, request.ClientId);
        Assert.Equal("https://api.botframework.com/.default", request.Scope);
        Assert.True(request.SecretMatched);
    }

    [Fact]
    public async Task SendAsync_ClientCertificate_AzureIdentitySendsSignedAssertionAndTokenIsAttached()
    {
        using var serverCertificate = LoopbackTokenServer.CreateSelfSignedCertificate();
        using var clientCertificate = LoopbackTokenServer.CreateSelfSignedCertificate("CN=IntervisieBot test client");
        var pfxPath = Path.Combine(Path.GetTempPath(), $"intervisiebot-test-{Guid.NewGuid():N}.pfx");
        await File.WriteAllBytesAsync(pfxPath, clientCertificate.Export(X509ContentType.Pkcs12, "pfx-test-password"));
        try
        {
            await using var harness = await ConnectorHarness.StartAsync(
                settings: new Dictionary<string, string?>
                {
                    ["MicrosoftAppPassword"] = null,
                    ["MicrosoftAppCertificatePath"] = pfxPath,
                    ["MicrosoftAppCertificatePassword"] = "pfx-test-password",
                },
                tokenServerCertificate: serverCertificate);
            harness.TokenServer.ClientCertificate = clientCertificate;

            await harness.Client.SendAsync(harness.ServiceUrl, "a:1", Message, CancellationToken.None);
            await harness.Client.SendAsync(harness.ServiceUrl, "a:1", Message, CancellationToken.None);

            var tokenRequest = Assert.Single(harness.TokenServer.Requests);
            Assert.Equal(("assertion", true, 200), (tokenRequest.CredentialKind, tokenRequest.SecretMatched, tokenRequest.ResponseStatus));
            Assert.Equal(ConnectorHarness.TenantId, tokenRequest.Tenant);
            Assert.Equal(ConnectorHarness.AppId, tokenRequest.ClientId);
            Assert.Contains("https://api.botframework.com/.default", tokenRequest.Scope, StringComparison.Ordinal);
            Assert.All(harness.Connector.Requests, r => Assert.Equal("Bearer loopback-token-1", r.Authorization));
        }
        finally
        {
            File.Delete(pfxPath);
        }
    }

    [Fact]
    public async Task SendAsync_ManySendsInParallel_TokenFetchedOnce()
    {
        await using var harness = await ConnectorHarness.StartAsync();

        await Task.WhenAll(Enumerable.Range(0, 25).Select(i => harness.Client.SendAsync(harness.ServiceUrl, "a:" + i, Message, CancellationToken.None)));

        Assert.Equal(1, harness.TokenServer.RequestCount);
        Assert.Equal(25, harness.Connector.Requests.Count);
        Assert.All(harness.Connector.Requests, r => Assert.Equal("Bearer loopback-token-1", r.Authorization));
    }

    [Fact]
    public async Task SendAsync_TokenNearExpiry_RefreshedOnlyWithinFiveMinutesOfExpiry()
    {
        await using var harness = await ConnectorHarness.StartAsync();
        harness.TokenServer.ExpiresInSeconds = 3600;

        await harness.Client.SendAsync(harness.ServiceUrl, "a:1", Message, CancellationToken.None);
        harness.Time.Advance(TimeSpan.FromMinutes(54));
        await harness.Client.SendAsync(harness.ServiceUrl, "a:1", Message, CancellationToken.None);
        var countBeforeMargin = harness.TokenServer.RequestCount;
        harness.Time.Advance(TimeSpan.FromMinutes(2));
        await harness.Client.SendAsync(harness.ServiceUrl, "a:1", Message, CancellationToken.None);

        Assert.Equal(1, countBeforeMargin);
        Assert.Equal(2, harness.TokenServer.RequestCount);
        Assert.Equal(["Bearer loopback-token-1", "Bearer loopback-token-1", "Bearer loopback-token-2"], harness.Connector.Requests.Select(r => r.Authorization));
    }

    [Fact]
    public async Task SendAsync_DevelopmentMode_NoAuthorizationHeaderAndNoTokenRequest()
    {
        await using var harness = await ConnectorHarness.StartAsync(developmentMode: true);

        await harness.Client.SendAsync(harness.ServiceUrl, "a:1", Message, CancellationToken.None);

        var request = Assert.Single(harness.Connector.Requests);
        Assert.Null(request.Authorization);
        Assert.Equal(0, harness.TokenServer.RequestCount);
        Assert.Null(await harness.Services.GetRequiredService<IBotTokenProvider>().GetTokenAsync(CancellationToken.None));
    }

    [Fact]
    public async Task SendAsync_WrongSecret_FailsWithoutReachingTheConnector()
    {
        await using var harness = await ConnectorHarness.StartAsync(settings: new Dictionary<string, string?> { ["MicrosoftAppPassword"] = "wrong-secret-not-real" });

        var error = await Assert.ThrowsAsync<AuthenticationFailedException>(() => harness.Client.SendAsync(harness.ServiceUrl, "a:1", Message, CancellationToken.None));

        Assert.Contains("401", error.Message, StringComparison.Ordinal);
        Assert.Contains("invalid_client", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("wrong-secret-not-real", error.Message, StringComparison.Ordinal);
        Assert.Empty(harness.Connector.Requests);
        Assert.DoesNotContain(harness.Logs.Entries, e => e.Message.Contains("secret-not-real", StringComparison.Ordinal));
    }

    [Fact]
    public async Task SendAsync_TokenNeverLogged()
    {
        await using var harness = await ConnectorHarness.StartAsync();
        harness.Connector.EnqueueFailures(ScriptedFailure429());

        await harness.Client.SendAsync(harness.ServiceUrl, "a:1", Message, CancellationToken.None);

        Assert.NotEmpty(harness.Logs.Entries);
        Assert.DoesNotContain(harness.Logs.Entries, e => e.Message.Contains("loopback-token", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData(null, null, null, null, "SingleTenant", true)]
    [InlineData(AppId, Tenant, "secret", null, "SingleTenant", true)]
    [InlineData(AppId, Tenant, null, "/certs/bot.pfx", "SingleTenant", true)]
    [InlineData(AppId, Tenant, null, null, "UserAssignedMSI", true)]
    [InlineData(AppId, null, "secret", null, "SingleTenant", false)]
    [InlineData(AppId, Tenant, null, null, "SingleTenant", false)]
    [InlineData(AppId, Tenant, "secret", null, "UserAssignedMSI", false)]
    [InlineData(AppId, null, null, null, "UserAssignedMSI", false)]
    [InlineData(null, null, "secret", null, "SingleTenant", false)]
    public void BotIdentityOptions_CredentialCombination_ValidatedAtStartup(string? appId, string? tenant, string? password, string? certificate, string appType, bool valid)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["MicrosoftAppId"] = appId,
            ["MicrosoftAppTenantId"] = tenant,
            ["MicrosoftAppPassword"] = password,
            ["MicrosoftAppCertificatePath"] = certificate,
            ["MicrosoftAppType"] = appType,
        }).Build();
        using var services = new ServiceCollection().AddLogging().AddBotConnector(configuration).BuildServiceProvider();

        var options = services.GetRequiredService<IOptions<BotIdentityOptions>>();

        if (valid) Assert.Equal(appId, options.Value.MicrosoftAppId);
        else Assert.Throws<OptionsValidationException>(() => options.Value);
    }

    [Theory]
    [InlineData("Connector:MaxAttempts", "0")]
    [InlineData("Connector:MaxAttempts", "11")]
    [InlineData("Connector:BaseDelay", "00:00:00")]
    [InlineData("Connector:MaxDelay", "00:00:00.1")]
    [InlineData("Connector:AuthorityHost", "http://login.example.com/")]
    [InlineData("Connector:TrustedServiceHosts:0", "https://smba.trafficmanager.net/")]
    [InlineData("Connector:TrustedServiceHosts:0", "*.trafficmanager.net")]
    public void ConnectorOptions_InvalidSetting_FailsValidation(string key, string value)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { [key] = value }).Build();
        using var services = new ServiceCollection().AddLogging().AddBotConnector(configuration).BuildServiceProvider();

        Assert.Throws<OptionsValidationException>(() => services.GetRequiredService<IOptions<ConnectorOptions>>().Value);
    }

    [Fact]
    public void ConnectorOptions_Defaults_AreValidAndBounded()
    {
        var configuration = new ConfigurationBuilder().Build();
        using var services = new ServiceCollection().AddLogging().AddBotConnector(configuration).BuildServiceProvider();

        var options = services.GetRequiredService<IOptions<ConnectorOptions>>().Value;

        Assert.Equal(4, options.MaxAttempts);
        Assert.Equal(new Uri("https://login.microsoftonline.com/"), options.AuthorityHost);
        Assert.Empty(options.TrustedServiceHosts);
        Assert.True(services.GetRequiredService<IServiceUrlTrust>().IsTrusted(new Uri("https://smba.trafficmanager.net/emea/")));
    }

    private static Infrastructure.ScriptedFailure ScriptedFailure429() => Infrastructure.ScriptedFailure.Throttled(1);
}
