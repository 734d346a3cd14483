using IntervisieBot.Protocol.Auth;
using IntervisieBot.Protocol.Schema;
using IntervisieBot.Tests.Infrastructure;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace IntervisieBot.Tests.Protocol.Auth;

/// <summary>The composition under test (<see cref="BotAuthenticationServiceCollectionExtensions.AddBotAuthentication"/>) pointed at a loopback key server.</summary>
internal static class AuthTestServices
{
    public const string AppId = "3f1c2a5e-8b7d-4e6f-9a0b-1c2d3e4f5a6b";
    public const string TenantId = "7a8b9c0d-1e2f-4a3b-8c4d-5e6f7a8b9c0d";
    public const string OtherTenantId = "0b1c2d3e-4f5a-4b6c-9d7e-8f9a0b1c2d3e";
    public const string ServiceUrl = "https://smba.trafficmanager.net/emea/";

    public static Dictionary<string, string?> Configuration(LoopbackOpenIdServer server) => new()
    {
        ["MicrosoftAppId"] = AppId,
        ["MicrosoftAppPassword"] = "test-only-password",
        ["MicrosoftAppTenantId"] = TenantId,
        ["MicrosoftAppType"] = "SingleTenant",
        ["BotAuth:BotFrameworkOpenIdMetadataUrl"] = server.BotFrameworkMetadataUrl,
        ["BotAuth:EntraAuthority"] = server.EntraAuthority,
    };

    public static ServiceProvider Build(IDictionary<string, string?> settings, TimeProvider time)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddSingleton(time);
        services.AddBotAuthentication(configuration);
        // No host here: the hosted DevelopmentModeGuard (needs IHostApplicationLifetime) is exercised in the guard tests.
        return services.BuildServiceProvider(new ServiceProviderOptions { ValidateScopes = true });
    }

    public static ServiceProvider Build(LoopbackOpenIdServer server, FakeTimeProvider time) => Build(Configuration(server), time);

    public static Activity TeamsActivity(string serviceUrl = ServiceUrl, string? channelId = "msteams") => new()
    {
        Type = ActivityTypes.Message,
        Id = "1700000000000",
        ServiceUrl = serviceUrl,
        ChannelId = channelId,
    };
}
