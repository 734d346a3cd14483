using System.Text.Json.Serialization;

namespace IntervisieBot.Protocol.Schema;

/// <summary>
/// The content of a Teams file info card (<c>application/vnd.microsoft.teams.card.file.info</c>): the file the user accepted,
/// shown in the chat once it is uploaded. The attachment's <c>contentUrl</c> and <c>name</c> come from the upload info.
/// </summary>
public sealed record FileInfoCard
{
    public const string ContentType = "application/vnd.microsoft.teams.card.file.info";

    [JsonPropertyName("uniqueId")] public string? UniqueId { get; init; }
    [JsonPropertyName("fileType")] public string? FileType { get; init; }
}
