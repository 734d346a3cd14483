using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using IntervisieBot.Protocol.Connector;
using IntervisieBot.Tests.Infrastructure;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace IntervisieBot.Tests.Protocol.Connector;

/// <summary>
/// The real connector composition (<see cref="ConnectorServiceCollectionExtensions.AddBotConnector"/>) wired to a
/// loopback connector and a loopback token endpoint, with a delay-recording fake clock and captured logs.
/// </summary>
internal sealed class ConnectorHarness : IAsyncDisposable
{
    public const string AppId = "00000000-0000-0000-0000-0000000000b1";
    public const string TenantId = "11111111-2222-3333-4444-555555555555";
    public const string Secret = "test-secret-not-real";

    private ConnectorHarness(LoopbackConnector connector, LoopbackTokenServer tokenServer, ServiceProvider services, DelayRecordingTimeProvider time, CapturingLoggerProvider logs)
    {
        Connector = connector;
        TokenServer = tokenServer;
        Services = services;
        Time = time;
        Logs = logs;
    }

    public LoopbackConnector Connector { get; }
    public LoopbackTokenServer TokenServer { get; }
    public ServiceProvider Services { get; }
    public DelayRecordingTimeProvider Time { get; }
    public CapturingLoggerProvider Logs { get; }

    public IConnectorClient Client => Services.GetRequiredService<IConnectorClient>();
    public IServiceUrlTrust Trust => Services.GetRequiredService<IServiceUrlTrust>();
    public string ServiceUrl => Connector.ServiceUrl;

    /// <param name="developmentMode">No MicrosoftAppId: no token, no Authorization header.</param>
    /// <param name="trustConnector">Call TrustAuthenticated with the loopback connector's serviceUrl, as the inbound endpoint would.</param>
    /// <param name="pathPrefix">Path of the serviceUrl before v3/ (Teams uses e.g. "emea/").</param>
    /// <param name="settings">Extra configuration keys.</param>
    /// <param name="tokenServerCertificate">Serve the token endpoint over https with this certificate, trusted by the bot's token HttpClient only.</param>
    public static async Task<ConnectorHarness> StartAsync(
        bool developmentMode = false,
        bool trustConnector = true,
        string pathPrefix = "",
        IReadOnlyDictionary<string, string?>? settings = null,
        X509Certificate2? tokenServerCertificate = null)
    {
        var connector = await LoopbackConnector.StartAsync(pathPrefix);
        var tokenServer = await LoopbackTokenServer.StartAsync(tokenServerCertificate);
        tokenServer.ExpectedSecret = Secret;

        Dictionary<string, string?> values = new()
        {
            ["Connector:AuthorityHost"] = tokenServer.AuthorityHost.ToString(),
        };
        if (!developmentMode)
        {
            values["MicrosoftAppId"] = AppId;
            values["MicrosoftAppTenantId"] = TenantId;
            values["MicrosoftAppPassword"] = Secret;
            values["MicrosoftAppType"] = "SingleTenant";
        }
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>()) values[key] = value;
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(values).Build();

        var time = new DelayRecordingTimeProvider();
        var logs = new CapturingLoggerProvider();
        var services = new ServiceCollection();
        services.AddLogging(logging => logging.AddProvider(logs).SetMinimumLevel(LogLevel.Trace));
        services.AddSingleton<TimeProvider>(time);
        services.AddBotConnector(configuration);
        if (tokenServerCertificate is not null)
        {
            var thumbprint = tokenServerCertificate.GetCertHashString(HashAlgorithmName.SHA256);
            services.AddHttpClient(BotTokenProvider.HttpClientName).ConfigurePrimaryHttpMessageHandler(() => new SocketsHttpHandler
            {
                AllowAutoRedirect = false,
                SslOptions = { RemoteCertificateValidationCallback = (_, certificate, _, _) => certificate?.GetCertHashString(HashAlgorithmName.SHA256) == thumbprint },
            });
        }
        var provider = services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true, ValidateScopes = true });

        var harness = new ConnectorHarness(connector, tokenServer, provider, time, logs);
        if (trustConnector) harness.Trust.TrustAuthenticated(connector.ServiceUrl);
        return harness;
    }

    public async ValueTask DisposeAsync()
    {
        await Services.DisposeAsync();
        await Connector.DisposeAsync();
        await TokenServer.DisposeAsync();
    }
}
