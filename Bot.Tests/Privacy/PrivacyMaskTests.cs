using IntervisieBot.Localization;
using IntervisieBot.Privacy;
using Microsoft.Extensions.Logging.Abstractions;
using Xunit;

namespace IntervisieBot.Tests.Privacy;

public sealed class PrivacyMaskTests
{
    private readonly PersonalDataGuard guard = new(NullLogger<PersonalDataGuard>.Instance);

    [Theory]
    [InlineData("Klant gaf 784017001 door.", "Klant gaf [BSN weggelaten] door.")]
    [InlineData("Bel nul zes 1234 5678 na vijven.", "Bel [telefoonnummer weggelaten] na vijven.")]
    [InlineData("Mail j punt proef at voorbeeld punt nl.", "Mail [e-mailadres weggelaten].")]
    [InlineData("Auto GF-12-34 en V-nummer 2345678901.", "Auto [kenteken weggelaten] en [V-nummer weggelaten].")]
    public void Mask_ReplacesEveryFindingByItsKind(string text, string expected) =>
        Assert.Equal(expected, PrivacyText.Mask(text, guard.Check(text), BotCulture.Dutch));

    [Fact]
    public void Mask_InEnglish_UsesEnglishPlaceholders()
    {
        const string Text = "Klant gaf 784017001 door.";
        Assert.Equal("Klant gaf [BSN removed] door.", PrivacyText.Mask(Text, guard.Check(Text), BotCulture.English));
    }

    [Fact]
    public void Mask_OfAnIncompleteScan_ShowsNothing() =>
        Assert.Null(PrivacyText.Mask("wat dan ook", new GuardResult([], scanIncomplete: true), BotCulture.Dutch));

    [Fact]
    public void PrivacyCard_PutsOnlyTheMaskedTextInTheEditField()
    {
        const string Text = "Mevrouw Zonnebloem belde vanaf 06-12345678.";
        var card = PrivacyCard.Create(BotCulture.Dutch, guard.Check(Text), "casus", "Casus", Text, "casus.suggest");

        var json = System.Text.Json.JsonSerializer.Serialize(card, IntervisieBot.Protocol.Schema.ProtocolJson.Options);
        Assert.Contains("[naam weggelaten] belde vanaf [telefoonnummer weggelaten].", json, StringComparison.Ordinal);
        Assert.DoesNotContain("Zonnebloem", json, StringComparison.Ordinal);
        Assert.DoesNotContain("12345678", json, StringComparison.Ordinal);
    }
}
