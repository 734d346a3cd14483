using IntervisieBot.Privacy;
using Xunit;

namespace IntervisieBot.Tests.Privacy;

public sealed class IbanCheckTests
{
    [Theory]
    [InlineData("NL91ABNA0417164300")] // the documented NL example IBAN
    [InlineData("NL97ABNA7475714609")]
    [InlineData("nl82rabo1513263278")] // letters in any case
    [InlineData("DE06810100409249480982")]
    [InlineData("BE83574676519169")]
    [InlineData("FR6180836575186473499035245")]
    [InlineData("ES4327636581526038512740")]
    [InlineData("PL31656591069829021650837518")]
    public void IsValid_CorrectChecksumAndLength_ReturnsTrue(string iban) =>
        Assert.True(IbanCheck.IsValid(iban));

    [Theory]
    [InlineData("NL97ABNA7475714600")] // checksum broken by one digit
    [InlineData("NL22INGB5847021497")]
    [InlineData("NL91ABNA041716430")] // one character short for NL
    [InlineData("NL91ABNA04171643000")] // one character too long
    [InlineData("XX91ABNA0417164300")] // unknown country
    [InlineData("NL91 ABNA 0417 1643 00")] // not compact
    [InlineData("NLAAABNA0417164300")] // check digits not numeric
    [InlineData("")]
    public void IsValid_WrongChecksumLengthOrCountry_ReturnsFalse(string iban) =>
        Assert.False(IbanCheck.IsValid(iban));

    [Theory]
    [InlineData("NL91ABNA0417164300", 1)]
    [InlineData("NL00ABNA0417164300", 7)] // with check digits 00 the remainder r gives them: 98 − 7 = 91
    [InlineData("NL9!ABNA0417164300", -1)]
    public void Mod97_Iban_ReturnsIsoRemainder(string iban, int expected) =>
        Assert.Equal(expected, IbanCheck.Mod97(iban));
}
