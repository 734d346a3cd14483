using IntervisieBot.Privacy;
using Xunit;

namespace IntervisieBot.Tests.Privacy;

public sealed class ElfProefTests
{
    [Theory]
    [InlineData("111222333")] // 9·1+8·1+7·1+6·2+5·2+4·2+3·3+2·3−3 = 66
    [InlineData("784017001")]
    [InlineData("225646924")]
    [InlineData("087196852")]
    [InlineData("94439345")] // eight digits: leading zero implied
    [InlineData("28605068")]
    public void IsValidBsn_NumberPassingElfProef_ReturnsTrue(string digits) =>
        Assert.True(ElfProef.IsValidBsn(digits));

    [Theory]
    [InlineData("123456789")] // sum 147, not a multiple of 11
    [InlineData("359528472")]
    [InlineData("165396300")]
    [InlineData("784017002")] // last digit changed
    [InlineData("000000000")] // sum 0 is rejected
    [InlineData("1234567")] // too short
    [InlineData("1234567890")] // too long
    [InlineData("78401700a")]
    [InlineData("784 017 001")] // separators must be stripped first
    [InlineData("")]
    public void IsValidBsn_NumberFailingElfProef_ReturnsFalse(string digits) =>
        Assert.False(ElfProef.IsValidBsn(digits));

    [Fact]
    public void IsValidBsn_EightDigits_EqualsNineWithLeadingZero()
    {
        for (var n = 10_000_000; n < 10_000_500; n++)
        {
            var eight = n.ToString(System.Globalization.CultureInfo.InvariantCulture);
            Assert.Equal(ElfProef.IsValidBsn("0" + eight), ElfProef.IsValidBsn(eight));
        }
    }
}
