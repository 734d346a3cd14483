using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;

namespace IntervisieBot.Tests.Infrastructure;

/// <summary>
/// An <see cref="IServer"/> that only reports listening addresses and opens no socket: lets a test show how the app
/// reacts to being bound to 0.0.0.0, * or a public host without ever listening there.
/// </summary>
public sealed class AddressOnlyServer : IServer
{
    public AddressOnlyServer(params string[] addresses)
    {
        var feature = new ServerAddressesFeature();
        foreach (var address in addresses) feature.Addresses.Add(address);
        Features.Set<IServerAddressesFeature>(feature);
    }

    public IFeatureCollection Features { get; } = new FeatureCollection();

    public Task StartAsync<TContext>(IHttpApplication<TContext> application, CancellationToken cancellationToken)
        where TContext : notnull => Task.CompletedTask;

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public void Dispose()
    {
    }
}
