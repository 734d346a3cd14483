using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace IntervisieBot.Protocol.Auth;

/// <summary>
/// When no app id is configured (authentication off), checks the server's listening addresses once the server has
/// started: loopback-only → development mode allowed with a loud warning; anything else → logged as Critical, every
/// request refused, and the application stopped. Until the check has run, unauthenticated requests are refused.
/// </summary>
public sealed class DevelopmentModeGuard : IHostedLifecycleService
{
    private readonly BotIdentityOptions _identity;
    private readonly DevelopmentModeState _state;
    private readonly IServiceProvider _services;
    private readonly IHostApplicationLifetime _lifetime;
    private readonly ILogger<DevelopmentModeGuard> _logger;

    public DevelopmentModeGuard(
        IOptions<BotIdentityOptions> identity,
        DevelopmentModeState state,
        IServiceProvider services,
        IHostApplicationLifetime lifetime,
        ILogger<DevelopmentModeGuard> logger)
    {
        _identity = identity.Value;
        _state = state;
        _services = services;
        _lifetime = lifetime;
        _logger = logger;
    }

    /// <summary>Runs after every hosted service, including the web server, has started: the addresses are known.</summary>
    public Task StartedAsync(CancellationToken cancellationToken)
    {
        if (!_identity.IsDevelopmentMode) return Task.CompletedTask;

        var server = _services.GetService<IServer>();
        if (server is null) return Task.CompletedTask;

        var addresses = server.Features.Get<IServerAddressesFeature>()?.Addresses.ToArray() ?? [];
        if (addresses.Length == 0)
        {
            _state.Allow();
            AuthLog.DevelopmentModeWithoutAddresses(_logger);
            return Task.CompletedTask;
        }

        var offending = LoopbackAddressPolicy.NonLoopback(addresses);
        if (offending.Count > 0)
        {
            _state.Refuse();
            AuthLog.DevelopmentModeRefused(_logger, string.Join(", ", addresses), string.Join(", ", offending));
            _lifetime.StopApplication();
            return Task.CompletedTask;
        }

        _state.Allow();
        AuthLog.DevelopmentModeActive(_logger, string.Join(", ", addresses));
        return Task.CompletedTask;
    }

    public Task StartingAsync(CancellationToken cancellationToken) => Task.CompletedTask;
    public Task StartAsync(CancellationToken cancellationToken) => Task.CompletedTask;
    public Task StoppingAsync(CancellationToken cancellationToken) => Task.CompletedTask;
    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
    public Task StoppedAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
