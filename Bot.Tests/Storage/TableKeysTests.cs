using IntervisieBot.Storage;

namespace IntervisieBot.Tests.Storage;

public sealed class TableKeysTests
{
    [Theory]
    [InlineData("19:abc@thread.tacv2;messageid=17")]
    [InlineData("a:1xyzPersonal")]
    [InlineData("29:1AbC-_")]
    public void Encode_SafeTeamsIds_AreKeptAsIs(string id) => Assert.Equal(id, TableKeys.Encode(id));

    [Theory]
    [InlineData("a/b")]
    [InlineData("a#b")]
    [InlineData("a?b")]
    [InlineData("a\\b")]
    [InlineData("a\tb")]
    [InlineData("h-looks-hashed")]
    [InlineData(".")]
    [InlineData("..")]
    [InlineData("")]
    public void Encode_UnsafeIds_AreHashedStablyAndDistinctly(string id)
    {
        var encoded = TableKeys.Encode(id);
        Assert.StartsWith("h-", encoded);
        Assert.Equal(encoded, TableKeys.Encode(id));
        Assert.NotEqual(encoded, TableKeys.Encode(id + "x"));
        Assert.DoesNotContain('/', encoded);
    }

    [Fact]
    public void InvertedTicks_SortsNewestFirst()
    {
        var older = TableKeys.InvertedTicks(new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero));
        var newer = TableKeys.InvertedTicks(new DateTimeOffset(2026, 6, 1, 0, 0, 0, TimeSpan.Zero));
        Assert.True(string.CompareOrdinal(newer, older) < 0);
    }
}
