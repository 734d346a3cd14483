using System.Text.Json;
using System.Text.Json.Serialization;

namespace IntervisieBot.Protocol.Schema;

/// <summary>The value of a <c>fileConsent/invoke</c>: the user's answer to a <see cref="FileConsentCard"/>.</summary>
public sealed record FileConsentCardResponse
{
    public const string Accept = "accept";
    public const string Decline = "decline";

    /// <summary><c>accept</c> or <c>decline</c>.</summary>
    [JsonPropertyName("action")] public string? Action { get; init; }

    /// <summary>The card's accept or decline context, as the bot sent it.</summary>
    [JsonPropertyName("context")] public JsonElement? Context { get; init; }

    /// <summary>Where to put the file (accept only).</summary>
    [JsonPropertyName("uploadInfo")] public FileUploadInfo? UploadInfo { get; init; }

    [JsonExtensionData] public IDictionary<string, JsonElement>? Extra { get; init; }
}
