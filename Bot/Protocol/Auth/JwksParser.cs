using System.Text.Json;
using Microsoft.IdentityModel.Tokens;

namespace IntervisieBot.Protocol.Auth;

/// <summary>
/// Reads a JWKS document into a <see cref="SigningKeySet"/>. Only RSA signing keys with a key id are kept; each
/// key's <c>endorsements</c> array is kept raw because Microsoft.IdentityModel does not expose it.
/// </summary>
public static class JwksParser
{
    public static SigningKeySet Parse(string json, DateTimeOffset fetchedAt)
    {
        using var document = JsonDocument.Parse(json);
        if (document.RootElement.ValueKind != JsonValueKind.Object
            || !document.RootElement.TryGetProperty("keys", out var keys)
            || keys.ValueKind != JsonValueKind.Array)
        {
            throw new InvalidDataException("The key set has no keys array.");
        }

        Dictionary<string, List<SecurityKey>> keysById = new(StringComparer.Ordinal);
        Dictionary<string, IReadOnlyList<string>?> endorsementsById = new(StringComparer.Ordinal);

        foreach (var element in keys.EnumerateArray())
        {
            if (element.ValueKind != JsonValueKind.Object) continue;
            var kid = StringProperty(element, "kid");
            if (string.IsNullOrEmpty(kid)) continue;
            if (!string.Equals(StringProperty(element, "kty"), "RSA", StringComparison.Ordinal)) continue;
            var use = StringProperty(element, "use");
            if (use is not null && !string.Equals(use, "sig", StringComparison.Ordinal)) continue;

            if (!JsonWebKeyConverter.TryConvertToSecurityKey(new JsonWebKey(element.GetRawText()), out var securityKey)) continue;

            if (!keysById.TryGetValue(kid, out var list))
            {
                keysById[kid] = list = [];
            }
            list.Add(securityKey);
            var endorsements = ReadEndorsements(element);
            endorsementsById[kid] = endorsementsById.TryGetValue(kid, out var earlier) ? Intersect(earlier, endorsements) : endorsements;
        }

        return new SigningKeySet(
            keysById.ToDictionary(pair => pair.Key, pair => (IReadOnlyList<SecurityKey>)pair.Value, StringComparer.Ordinal),
            endorsementsById,
            fetchedAt);
    }

    private static IReadOnlyList<string>? ReadEndorsements(JsonElement key)
    {
        if (!key.TryGetProperty("endorsements", out var endorsements) || endorsements.ValueKind != JsonValueKind.Array) return null;
        return [.. endorsements.EnumerateArray()
            .Where(item => item.ValueKind == JsonValueKind.String)
            .Select(item => item.GetString()!)];
    }

    // The same kid published twice: a channel counts only when every copy endorses it.
    private static IReadOnlyList<string>? Intersect(IReadOnlyList<string>? earlier, IReadOnlyList<string>? later) =>
        earlier is null || later is null ? null : [.. earlier.Intersect(later, StringComparer.Ordinal)];

    private static string? StringProperty(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
}
