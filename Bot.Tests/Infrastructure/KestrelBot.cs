using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;

namespace IntervisieBot.Tests.Infrastructure;

/// <summary>The real bot on real Kestrel at 127.0.0.1 (a free port), for clients outside the process (Playground, load).</summary>
public sealed class KestrelBot : IAsyncDisposable
{
    private readonly BotApplicationFactory _factory;

    private KestrelBot(BotApplicationFactory factory, Uri baseAddress)
    {
        _factory = factory;
        BaseAddress = baseAddress;
    }

    public Uri BaseAddress { get; }

    public string MessagesUrl => new Uri(BaseAddress, "api/messages").ToString();

    public IServiceProvider Services => _factory.Services;

    /// <param name="services">Test services registered after the bot's own (e.g. a movable clock as TimeProvider).</param>
    public static KestrelBot Start(IReadOnlyDictionary<string, string?>? settings = null, Action<IServiceCollection>? services = null)
    {
        var values = new Dictionary<string, string?>(settings ?? new Dictionary<string, string?>())
        {
            ["urls"] = "http://127.0.0.1:0",
        };
        var factory = new BotApplicationFactory(values, services);
        factory.UseKestrel(options => options.Listen(System.Net.IPAddress.Loopback, 0));
        factory.StartServer();
        var address = factory.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.First();
        return new KestrelBot(factory, new Uri(address.EndsWith('/') ? address : address + "/"));
    }

    public ValueTask DisposeAsync() => _factory.DisposeAsync();
}
