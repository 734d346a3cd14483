using System.Text.Json.Serialization;

namespace IntervisieBot.Protocol.Schema;

/// <summary>
/// The content of a Teams file consent card (<c>application/vnd.microsoft.teams.card.file.consent</c>, the attachment's
/// <c>name</c> is the file name): the user is asked to let the bot put a file in their OneDrive. Their answer comes back
/// as a <c>fileConsent/invoke</c> carrying <see cref="AcceptContext"/> or <see cref="DeclineContext"/>. Personal chats only.
/// </summary>
public sealed record FileConsentCard
{
    public const string ContentType = "application/vnd.microsoft.teams.card.file.consent";

    [JsonPropertyName("description")] public string? Description { get; init; }
    [JsonPropertyName("sizeInBytes")] public long SizeInBytes { get; init; }
    [JsonPropertyName("acceptContext")] public object? AcceptContext { get; init; }
    [JsonPropertyName("declineContext")] public object? DeclineContext { get; init; }
}
