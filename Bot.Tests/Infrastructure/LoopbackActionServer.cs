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
/// A loopback endpoint (127.0.0.1, free port) that runs a test's action when POSTed to: lets a browser script
/// (<c>{"call": url}</c> in tools/e2e/playground.js) hand control to the test between two steps, e.g. to move the bot's
/// clock and run its reminder engine. Answers 200 with the action's text, or 500 with the exception's message.
/// </summary>
public sealed class LoopbackActionServer : IAsyncDisposable
{
    private readonly WebApplication _app;

    private LoopbackActionServer(WebApplication app, string url)
    {
        _app = app;
        Url = url;
    }

    public string Url { get; }

    public static async Task<LoopbackActionServer> StartAsync(Func<CancellationToken, Task<string>> action)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseKestrel(k => k.Listen(IPAddress.Loopback, 0));
        builder.Logging.ClearProviders();
        var app = builder.Build();
        app.MapPost("/run", async (HttpContext context) =>
        {
            try
            {
                return Results.Text(await action(context.RequestAborted));
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                return Results.Text(e.GetType().Name + ": " + e.Message, statusCode: 500);
            }
        });
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.First();
        return new LoopbackActionServer(app, address.TrimEnd('/') + "/run");
    }

    public async ValueTask DisposeAsync() => await _app.DisposeAsync();
}
