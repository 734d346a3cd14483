using System.Text.Json.Serialization;

namespace IntervisieBot.Protocol.Schema;

/// <summary>
/// Where an accepted file goes: <see cref="UploadUrl"/> takes the bytes (one PUT, no bot token), <see cref="ContentUrl"/>
/// and <see cref="UniqueId"/> name the stored file in the <see cref="FileInfoCard"/> sent afterwards.
/// </summary>
public sealed record FileUploadInfo
{
    [JsonPropertyName("name")] public string? Name { get; init; }
    [JsonPropertyName("uploadUrl")] public string? UploadUrl { get; init; }
    [JsonPropertyName("contentUrl")] public string? ContentUrl { get; init; }
    [JsonPropertyName("uniqueId")] public string? UniqueId { get; init; }
    [JsonPropertyName("fileType")] public string? FileType { get; init; }
}
