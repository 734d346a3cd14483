using System.Text.Json.Serialization;

namespace IntervisieBot.Protocol.Turns;

/// <summary>The body of an <c>adaptiveCard/action</c> invoke response (Universal Actions).</summary>
public sealed record UniversalActionResponse(
    [property: JsonPropertyName("statusCode")] int StatusCode,
    [property: JsonPropertyName("type")] string Type,
    [property: JsonPropertyName("value")] object Value);
