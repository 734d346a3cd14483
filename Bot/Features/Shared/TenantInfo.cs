using System.Text.Json.Serialization;

namespace IntervisieBot.Features.Shared;

/// <summary>The <c>tenant</c> object of <see cref="TenantChannelData"/>.</summary>
internal sealed record TenantInfo([property: JsonPropertyName("id")] string? Id);
