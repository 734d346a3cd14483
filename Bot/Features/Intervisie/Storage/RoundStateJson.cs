using System.Text.Json;
using System.Text.Json.Serialization;
using IntervisieBot.Features.Intervisie.Domain;

namespace IntervisieBot.Features.Intervisie.Storage;

/// <summary>How a <see cref="RoundState"/> is stored in its row: JSON, enums by name, contributions left out (they are rows of their own).</summary>
public static class RoundStateJson
{
    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter() },
    };

    public static string Serialize(RoundState state)
    {
        ArgumentNullException.ThrowIfNull(state);
        return JsonSerializer.Serialize(state with { Contributions = [] }, Options);
    }

    public static RoundState Deserialize(string json, IReadOnlyList<Contribution> contributions) =>
        (JsonSerializer.Deserialize<RoundState>(json, Options) ?? throw new JsonException("Empty round state."))
            with { Contributions = contributions };

    public static string SerializeMembers(IReadOnlyDictionary<string, string> members) => JsonSerializer.Serialize(members, Options);

    public static IReadOnlyDictionary<string, string> DeserializeMembers(string? json) =>
        string.IsNullOrEmpty(json)
            ? new Dictionary<string, string>(StringComparer.Ordinal)
            : JsonSerializer.Deserialize<Dictionary<string, string>>(json, Options) ?? new Dictionary<string, string>(StringComparer.Ordinal);
}
