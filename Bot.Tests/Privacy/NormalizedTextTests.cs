using IntervisieBot.Privacy;
using Xunit;

namespace IntervisieBot.Tests.Privacy;

public sealed class NormalizedTextTests
{
    [Theory]
    [InlineData("12\u200b34\u200c56", "123456")]                 // zero-width space and non-joiner removed
    [InlineData("a\u00a0b\u202fc", "a b c")]                      // non-breaking spaces become spaces
    [InlineData("\uff10\uff16\uff11\uff12", "0612")]              // full-width digits (NFKC)
    [InlineData("\u0661\u0662\u0663", "123")]                     // Arabic-Indic digits
    [InlineData("B\u0336S\u0336N", "BSN")]                        // combining strokes removed
    [InlineData("r\u00ad\u00adegel\u2028twee", "regel\n2")]        // soft hyphens removed, line separator a newline
    [InlineData("12\u201334\u201456", "12-34-56")]                // dashes of every kind a hyphen
    public void Create_RemovesWhatHidesAnIdentifier(string input, string expected) =>
        Assert.Equal(expected, NormalizedText.Create(input).Text);

    [Theory]
    [InlineData("nul zes twaalf vierendertig", "0 6 12 34")]
    [InlineData("drieëntwintig en tweeënveertig", "23 en 42")]
    [InlineData("negentienhonderdzevenentachtig", "1987")]
    [InlineData("geboren negentien zevenentachtig", "geboren 1987")]
    [InlineData("tweeduizend drie", "2003")]
    [InlineData("de twaalfde en de eenendertigste", "de 12e en de 31e")]
    [InlineData("Eén keer", "1 keer")]
    [InlineData("een klant met een vraag", "een klant met een vraag")] // the article stays a word
    [InlineData("nul zes een een twee", "0 6 1 1 2")]                   // next to other numbers it is a number
    [InlineData("geen tientallen", "geen tientallen")]                   // only whole number words
    public void Create_TurnsDutchNumberWordsIntoDigits(string input, string expected) =>
        Assert.Equal(expected, NormalizedText.Create(input).Text);

    [Fact]
    public void ToOriginal_MapsAFindingBackToTheTypedCharacters()
    {
        const string Typed = "bel nul zes\u200b 12";
        var normalized = NormalizedText.Create(Typed);
        Assert.Equal("bel 0 6 12", normalized.Text);

        var original = normalized.ToOriginal(new IdentifierFinding(IdentifierKind.Phone, 4, 6));

        Assert.Equal("nul zes\u200b 12", Typed.Substring(original.Start, original.Length));
    }
}
