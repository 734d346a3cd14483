using System.Text.Json.Nodes;
using IntervisieBot.Protocol.Auth;
using IntervisieBot.Tests.Infrastructure;

namespace IntervisieBot.Tests.Protocol.Auth;

public sealed class JwksParserTests : IDisposable
{
    private readonly TestSigningKey _teams = new("teams-key", ["msteams", "webchat"]);
    private readonly TestSigningKey _plain = new("plain-key", endorsements: null);

    [Fact]
    public void Parse_KeysWithAndWithoutEndorsements_KeepsEndorsementsPerKeyId()
    {
        var set = JwksParser.Parse(KeySet(_teams.ToJwk(), _plain.ToJwk()), DateTimeOffset.UnixEpoch);

        Assert.True(set.Contains("teams-key"));
        Assert.True(set.Contains("plain-key"));
        Assert.Equal(["msteams", "webchat"], set.EndorsementsFor("teams-key"));
        Assert.Null(set.EndorsementsFor("plain-key"));
        Assert.Equal(DateTimeOffset.UnixEpoch, set.FetchedAt);
    }

    [Theory]
    [InlineData("kid")]   // no key id: cannot be matched to a token or its endorsements
    [InlineData("kty")]   // not an RSA key
    [InlineData("use")]   // an encryption key
    public void Parse_UnusableKey_Skipped(string property)
    {
        var jwk = _teams.ToJwk();
        switch (property)
        {
            case "kid": jwk.Remove("kid"); break;
            case "kty": jwk["kty"] = "oct"; break;
            case "use": jwk["use"] = "enc"; break;
        }

        var set = JwksParser.Parse(KeySet(jwk, _plain.ToJwk()), DateTimeOffset.UnixEpoch);

        Assert.Equal(["plain-key"], set.KeysById.Keys);
    }

    [Fact]
    public void Parse_SameKeyIdTwice_EndorsesOnlyChannelsBothCopiesEndorse()
    {
        var first = _teams.ToJwk();
        var second = _teams.ToJwk();
        second["endorsements"] = new JsonArray("msteams");

        var set = JwksParser.Parse(KeySet(first, second), DateTimeOffset.UnixEpoch);

        Assert.Equal(["msteams"], set.EndorsementsFor("teams-key"));
        Assert.Equal(2, set.KeysFor("teams-key").Count);
    }

    [Theory]
    [InlineData("{}")]
    [InlineData("{\"keys\": {}}")]
    [InlineData("[]")]
    public void Parse_NoKeysArray_Throws(string json)
    {
        Assert.Throws<InvalidDataException>(() => JwksParser.Parse(json, DateTimeOffset.UnixEpoch));
    }

    public void Dispose()
    {
        _teams.Dispose();
        _plain.Dispose();
    }

    private static string KeySet(params JsonObject[] keys) =>
        new JsonObject { ["keys"] = new JsonArray([.. keys]) }.ToJsonString();
}
