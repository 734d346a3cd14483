using System.Globalization;
using IntervisieBot.Privacy;
using Xunit;

namespace IntervisieBot.Tests.Privacy;

public sealed class PrivacyTextTests
{
    private static readonly CultureInfo Dutch = CultureInfo.GetCultureInfo("nl-NL");
    private static readonly CultureInfo English = CultureInfo.GetCultureInfo("en-US");

    [Fact]
    public void KindName_EveryKind_HasDistinctDutchAndEnglishNames()
    {
        var kinds = Enum.GetValues<IdentifierKind>();
        var dutch = kinds.Select(k => PrivacyText.KindName(k, Dutch)).ToList();
        var english = kinds.Select(k => PrivacyText.KindName(k, English)).ToList();

        Assert.All(dutch, name => Assert.StartsWith("een ", name, StringComparison.Ordinal));
        Assert.All(english, name => Assert.Matches("^(a|an) ", name));
        Assert.Equal(kinds.Length, dutch.Distinct().Count());
        Assert.Equal(kinds.Length, english.Distinct().Count());
    }

    [Theory]
    [InlineData(IdentifierKind.Bsn, "een BSN (burgerservicenummer)")]
    [InlineData(IdentifierKind.Iban, "een IBAN-rekeningnummer")]
    [InlineData(IdentifierKind.Phone, "een telefoonnummer")]
    public void KindName_Dutch_ReturnsResourceText(IdentifierKind kind, string expected) =>
        Assert.Equal(expected, PrivacyText.KindName(kind, Dutch));

    [Fact]
    public void Explanation_TwoKindsInDutch_NamesBothWithoutValues()
    {
        var result = new GuardResult([new(IdentifierKind.Phone, 30, 10), new(IdentifierKind.Bsn, 4, 9)], scanIncomplete: false);

        Assert.Equal(
            "Je tekst bevat een BSN (burgerservicenummer) en een telefoonnummer. Maak de tekst anoniem en probeer het opnieuw.",
            PrivacyText.Explanation(result, Dutch));
    }

    [Fact]
    public void Explanation_ThreeKindsInEnglish_UsesEnglishList()
    {
        var result = new GuardResult(
            [new(IdentifierKind.Email, 0, 5), new(IdentifierKind.PersonName, 10, 5), new(IdentifierKind.Iban, 20, 18)],
            scanIncomplete: false);

        Assert.Equal(
            "Your text contains an IBAN bank account number, an email address and a name. Please make the text anonymous and try again.",
            PrivacyText.Explanation(result, English));
    }

    [Fact]
    public void Explanation_CleanResult_IsEmpty() =>
        Assert.Equal(string.Empty, PrivacyText.Explanation(GuardResult.Clean, Dutch));

    [Fact]
    public void Explanation_IncompleteScan_AsksForShorterText() =>
        Assert.Contains("korter", PrivacyText.Explanation(new GuardResult([], scanIncomplete: true), Dutch), StringComparison.Ordinal);
}
