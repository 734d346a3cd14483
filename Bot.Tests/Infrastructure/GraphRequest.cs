using System.Text.Json;

namespace IntervisieBot.Tests.Infrastructure;

/// <summary>One request the <see cref="LoopbackGraphServer"/> received, as it arrived on the wire.</summary>
/// <param name="Method">HTTP method (GET, POST, PATCH, DELETE).</param>
/// <param name="Path">The path after the version segment, percent-decoded (e.g. <c>/users/u1/events/series-1/cancel</c>).</param>
/// <param name="RawQuery">The raw query string including the leading '?', or empty.</param>
/// <param name="Query">The query parameters, percent-decoded.</param>
/// <param name="Headers">Every request header (names lower-case; values joined with ", ").</param>
/// <param name="Body">The request body parsed as JSON; null when empty or not JSON.</param>
/// <param name="ResponseStatus">The status code the server answered with.</param>
public sealed record GraphRequest(
    string Method,
    string Path,
    string RawQuery,
    IReadOnlyDictionary<string, string> Query,
    IReadOnlyDictionary<string, string> Headers,
    JsonElement? Body,
    int ResponseStatus)
{
    public string? Authorization => Headers.GetValueOrDefault("authorization");

    public string? Header(string name) => Headers.GetValueOrDefault(name.ToLowerInvariant());

    public string? QueryValue(string name) => Query.GetValueOrDefault(name);

    public bool Is(string method, string path) =>
        string.Equals(Method, method, StringComparison.OrdinalIgnoreCase) && string.Equals(Path, path, StringComparison.Ordinal);
}
