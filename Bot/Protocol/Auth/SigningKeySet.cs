using Microsoft.IdentityModel.Tokens;

namespace IntervisieBot.Protocol.Auth;

/// <summary>
/// One fetched JWKS: the signing keys by key id and, per key id, the raw <c>endorsements</c> array the Bot Framework
/// publishes next to each key (null when the key has none).
/// </summary>
public sealed record SigningKeySet(
    IReadOnlyDictionary<string, IReadOnlyList<SecurityKey>> KeysById,
    IReadOnlyDictionary<string, IReadOnlyList<string>?> EndorsementsById,
    DateTimeOffset FetchedAt)
{
    public bool Contains(string keyId) => KeysById.ContainsKey(keyId);

    public IReadOnlyList<SecurityKey> KeysFor(string keyId) =>
        KeysById.TryGetValue(keyId, out var keys) ? keys : [];

    /// <summary>The endorsements of a key; null when the key publishes none (or is unknown).</summary>
    public IReadOnlyList<string>? EndorsementsFor(string keyId) =>
        EndorsementsById.TryGetValue(keyId, out var endorsements) ? endorsements : null;
}
