using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;

namespace IntervisieBot.Tests.Infrastructure;

/// <summary>What the loopback servers (connector, Graph) share when they record a request.</summary>
internal static class LoopbackHttp
{
    /// <summary>The path and query exactly as the client sent them (still percent-escaped), e.g. to assert id escaping.</summary>
    public static (string RawPath, string RawQuery) RawTarget(HttpContext context)
    {
        var rawTarget = context.Features.GetRequiredFeature<IHttpRequestFeature>().RawTarget;
        var queryStart = rawTarget.IndexOf('?');
        return queryStart < 0 ? (rawTarget, "") : (rawTarget[..queryStart], rawTarget[queryStart..]);
    }

    /// <summary>The request body as JSON, or null when it is empty or not JSON (the test then sees that, not an error).</summary>
    public static async Task<JsonElement?> ReadJsonBodyAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        using var reader = new StreamReader(request.Body, Encoding.UTF8);
        var text = await reader.ReadToEndAsync(cancellationToken);
        if (text.Length == 0) return null;
        try
        {
            using var document = JsonDocument.Parse(text);
            return document.RootElement.Clone();
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
