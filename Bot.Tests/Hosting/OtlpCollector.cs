using System.Collections.Concurrent;
using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace IntervisieBot.Tests.Hosting;

/// <summary>
/// A stand-in OpenTelemetry collector on 127.0.0.1 (free port) for OTLP over HTTP/protobuf: answers 200 to every
/// export and keeps the raw bodies by path (<c>/v1/traces</c>, <c>/v1/metrics</c>). Protobuf keeps names as plain
/// UTF-8, so a test can look for a span or metric name in the bytes. Also stands in for the Application Insights
/// ingestion endpoint (<c>/v2.1/track</c>, gzipped JSON lines; see <see cref="Texts"/>).
/// </summary>
public sealed class OtlpCollector : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly ConcurrentQueue<(string Path, byte[] Body)> _exports = new();

    private OtlpCollector(WebApplication app) => _app = app;

    public Uri Endpoint { get; private set; } = null!;

    public static async Task<OtlpCollector> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseKestrel(k => k.Listen(IPAddress.Loopback, 0));
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var collector = new OtlpCollector(app);
        app.Run(async context =>
        {
            using var body = new MemoryStream();
            await context.Request.Body.CopyToAsync(body, context.RequestAborted);
            collector._exports.Enqueue((context.Request.Path.Value ?? "", body.ToArray()));
            context.Response.StatusCode = StatusCodes.Status200OK;
            context.Response.ContentType = "application/x-protobuf";
        });
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.First();
        collector.Endpoint = new Uri(address);
        return collector;
    }

    /// <summary>True when some export to <paramref name="path"/> contains <paramref name="name"/> as UTF-8.</summary>
    public bool Received(string path, string name)
    {
        var needle = System.Text.Encoding.UTF8.GetBytes(name);
        return _exports.Any(e => e.Path == path && e.Body.AsSpan().IndexOf(needle) >= 0);
    }

    /// <summary>Every body received on a path starting with <paramref name="pathPrefix"/>, gunzipped when compressed, as text.</summary>
    public IReadOnlyList<string> Texts(string pathPrefix) =>
        [.. _exports.Where(e => e.Path.StartsWith(pathPrefix, StringComparison.Ordinal)).Select(e => Decode(e.Body))];

    private static string Decode(byte[] body)
    {
        if (body.Length < 2 || body[0] != 0x1f || body[1] != 0x8b) return System.Text.Encoding.UTF8.GetString(body);
        using var gzip = new System.IO.Compression.GZipStream(new MemoryStream(body), System.IO.Compression.CompressionMode.Decompress);
        using var reader = new StreamReader(gzip, System.Text.Encoding.UTF8);
        return reader.ReadToEnd();
    }

    public IReadOnlyList<string> Paths => [.. _exports.Select(e => e.Path)];

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
