using IntervisieBot.Protocol.Turns;
using IntervisieBot.Tests.Infrastructure;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace IntervisieBot.Tests.Protocol.Auth;

/// <summary>
/// The real bot in-process (<see cref="BotApplicationFactory"/>, Azurite storage) with a configured app id whose
/// inbound keys come from the loopback OpenID/JWKS server, plus a counting probe route. Authentication is the
/// real composition (AddIntervisieBot → AddBotAuthentication); nothing auth-related is replaced.
/// </summary>
public sealed class MessagesEndpointAuthFixture : IAsyncLifetime
{
    public InboundTokenFixture Tokens { get; } = new();
    public WebApplicationFactory<Program> App { get; private set; } = null!;
    public WebApplicationFactory<Program> DevelopmentApp { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        await Tokens.InitializeAsync();
        App = WithProbe(AuthTestServices.Configuration(Tokens.Server));
        DevelopmentApp = WithProbe(new Dictionary<string, string?>());
    }

    public async Task DisposeAsync()
    {
        await App.DisposeAsync();
        await DevelopmentApp.DisposeAsync();
        await Tokens.DisposeAsync();
    }

    private static WebApplicationFactory<Program> WithProbe(Dictionary<string, string?> settings) =>
        new BotApplicationFactory(settings).WithWebHostBuilder(builder => builder.ConfigureTestServices(services =>
        {
            services.AddSingleton<AuthProbeRoutes.Counter>();
            services.AddSingleton<IRouteContributor, AuthProbeRoutes>();
        }));
}
