using System.Text;
using System.Text.Json;
using IntervisieBot.Privacy;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Xunit;

namespace IntervisieBot.Tests.Privacy;

public sealed class PersonalDataGuardTests
{
    private readonly PersonalDataGuard guard = new(NullLogger<PersonalDataGuard>.Instance);

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("\n\t")]
    public void Check_NullEmptyOrWhitespace_IsClean(string? text)
    {
        var result = guard.Check(text);

        Assert.True(result.IsClean);
        Assert.Empty(result.Findings);
        Assert.False(result.ScanIncomplete);
    }

    [Theory]
    [InlineData("Klant gaf 784017001 door.", IdentifierKind.Bsn, "784017001")]
    [InlineData("Het gaat om 2256.46.924, graag kijken.", IdentifierKind.Bsn, "2256.46.924")]
    [InlineData("Storten op NL22 INGB 5847 0214 96 graag.", IdentifierKind.Iban, "NL22 INGB 5847 0214 96")]
    [InlineData("Zijn nieuwe nummer: 06.98.76.54.32, het oude werkt niet.", IdentifierKind.Phone, "06.98.76.54.32")]
    [InlineData("Bel +31 (0)70 123 4567 overdag.", IdentifierKind.Phone, "+31 (0)70 123 4567")]
    [InlineData("Mail s.voorbeeld@example.nl vandaag.", IdentifierKind.Email, "s.voorbeeld@example.nl")]
    [InlineData("Ze woont op 1234 AB 12 sinds mei.", IdentifierKind.PostcodeHouseNumber, "1234 AB 12")]
    [InlineData("Ze woont op de Kerkstraat 12 boven de bakker.", IdentifierKind.StreetAddress, "Kerkstraat 12")]
    [InlineData("Klant, geboren 12-03-1985, heeft twee kinderen.", IdentifierKind.DateOfBirth, "geboren 12-03-1985")]
    [InlineData("Ik heb de heer van den Berg gebeld.", IdentifierKind.PersonName, "de heer van den Berg")]
    [InlineData("Het gaat om dossier 2024-1234, de termijn loopt.", IdentifierKind.ClientNumber, "dossier 2024-1234")]
    public void Check_TextWithIdentifier_ReportsKindAndExactSpan(string text, IdentifierKind kind, string expectedSpan)
    {
        var result = guard.Check(text);

        Assert.False(result.IsClean);
        var finding = Assert.Single(result.Findings);
        Assert.Equal(kind, finding.Kind);
        Assert.Equal(expectedSpan, text.Substring(finding.Start, finding.Length));
    }

    [Theory]
    [InlineData("Zijn nummer is 784.01-7001 volgens de brief.", IdentifierKind.Bsn, "784.01-7001")]
    [InlineData("Het is 784\n017\n001, op drie regels.", IdentifierKind.Bsn, "784\n017\n001")]
    [InlineData("Nummer 784/017/001 graag checken.", IdentifierKind.Bsn, "784/017/001")]
    [InlineData("Zijn BSN: zeven acht vier 017001.", IdentifierKind.Bsn, "BSN: zeven acht vier 017001")]
    [InlineData("Storten op NL22INGB 58 47021496 graag.", IdentifierKind.Iban, "NL22INGB 58 47021496")]
    [InlineData("Bel 0 6 1 2 3 4 5 6 7 8 vanavond.", IdentifierKind.Phone, "0 6 1 2 3 4 5 6 7 8")]
    [InlineData("Mail s.proef [at] voorbeeld [dot] nl graag.", IdentifierKind.Email, "s.proef [at] voorbeeld [dot] nl")]
    [InlineData("Huisnummer 12, postcode 1234 ab is het.", IdentifierKind.PostcodeHouseNumber, "1234 ab")]
    [InlineData("Ze woont Achterom 3 sinds mei.", IdentifierKind.StreetAddress, "Achterom 3")]
    [InlineData("Hij woont op nummer 14 in de Vlierhof.", IdentifierKind.StreetAddress, "nummer 14 in de Vlierhof")]
    [InlineData("Geboren op twaalf maart negentien zeventig.", IdentifierKind.DateOfBirth, "Geboren op twaalf maart negentien zeventig")]
    [InlineData("Gesprek met J.P. de Vries gehad.", IdentifierKind.PersonName, "J.P. de Vries")]
    [InlineData("Ik sprak Sanne de Boer gisteren.", IdentifierKind.PersonName, "Sanne de Boer")]
    [InlineData("De auto 12-KLG-3 staat voor de deur.", IdentifierKind.LicencePlate, "12-KLG-3")]
    [InlineData("kenteken gf1234 van de broer", IdentifierKind.LicencePlate, "gf1234")]
    [InlineData("V-nummer: 2345678901, statushouder.", IdentifierKind.VNumber, "V-nummer: 2345678901")]
    public void Check_WrittenToGetPast_FindsTheKindAndItsSpan(string text, IdentifierKind kind, string expected)
    {
        var result = guard.Check(text);

        var finding = Assert.Single(result.Findings, f => f.Kind == kind);
        Assert.Equal(expected, text.Substring(finding.Start, finding.Length));
    }

    [Theory]
    [InlineData("Bel de Belastingdienst op 0800-0543 of 0900 8844.")]
    [InlineData("Bij nood 112, bij zelfmoordgedachten 113 of 0800-0113.")]
    [InlineData("De gemeente is bereikbaar op 14 020 en 14 0575.")]
    [InlineData("Het Juridisch Loket: 0900-8020, ma t/m vr.")]
    [InlineData("Roos en Mark staan op de planning als thema, niet als persoon.")]
    [InlineData("Zie bijlage A. Daarin staat het stappenplan.")]
    [InlineData("De Anne Frank Stichting geeft een workshop.")]
    [InlineData("Score 2 - 3 - 3 - 4 - 2 op de matrix, 8.30 - 9.00 - 9.30 inloop.")]
    [InlineData("In 2024 en 2025 steeg de uitstroom met 12,5%.")]
    public void Check_PublicNumbersAndOrdinaryText_IsClean(string text)
    {
        var result = guard.Check(text);

        Assert.True(result.IsClean, result.ToString());
    }

    [Theory]
    [InlineData("Ze heeft een schuld van € 1.234,56 en 1500 euro bij DUO.")]
    [InlineData("Mijn klant, een vrouw van 34, heeft 3 kinderen en 200 brieven.")]
    [InlineData("Afspraak op 12-03-2024 om 14:30 met het wijkteam.")]
    [InlineData("Volgens artikel 18 Participatiewet; uitstroom 23,5%.")]
    [InlineData("Het ordernummer was 359528472.")] // nine digits failing the 11-proef
    [InlineData("Rekening NL97ABNA7475714600 bestaat niet.")] // IBAN with a wrong checksum
    [InlineData("De GGZ, het UWV, de SVB, het CAK, DUO en Divosa werken samen.")]
    [InlineData("Van 08.30 - 09.30 - 10.30 drie gesprekken.")] // ten digits, but times
    [InlineData("Afspraken op 06-03-2024 14:00 bij het Werkplein.")] // ten digits, but a date and a time
    [InlineData("Hij is geboren in 1985 en heeft een mbo-2 diploma.")] // a year of birth is not a date of birth
    [InlineData("Mevrouw vertelde dat ze 3 jaar geen contact heeft.")]
    [InlineData("Omdat de klant Nederlands spreekt, gaat het goed.")]
    public void Check_AnonymousCasus_IsClean(string text)
    {
        var result = guard.Check(text);

        Assert.True(result.IsClean, result.ToString());
    }

    [Fact]
    public void Check_SeveralKinds_ReportsDistinctKindsInEnumOrder()
    {
        var result = guard.Check("Dhr. De Proef, Lindenlaan 4, 1234 AB Voorbeeldstad, tel. 020-1234567, tel. 06-12345678.");

        Assert.Equal(
            [IdentifierKind.Phone, IdentifierKind.PostcodeHouseNumber, IdentifierKind.StreetAddress, IdentifierKind.PersonName],
            result.Kinds);
        Assert.Equal(5, result.Findings.Count);
        Assert.Equal(result.Findings.OrderBy(f => f.Start), result.Findings);
    }

    [Fact]
    public void Check_IbanDigits_AreNotAlsoReportedAsPhoneNumber()
    {
        var result = guard.Check("Rekening NL22 INGB 5847 0214 96 staat op naam van de ex.");

        Assert.Equal([IdentifierKind.Iban], result.Kinds);
    }

    [Fact]
    public void StringForms_OfEveryCorpusResult_NeverContainTheMatchedValue()
    {
        var json = new JsonSerializerOptions { WriteIndented = false };
        foreach (var entry in GuardCorpus.WithIdentifiers)
        {
            var result = guard.Check(entry.Text);
            var forms = new List<string> { result.ToString(), JsonSerializer.Serialize(result, json) };
            forms.AddRange(result.Findings.Select(f => f.ToString()));
            forms.AddRange(result.Findings.Select(f => JsonSerializer.Serialize(f, json)));

            foreach (var finding in result.Findings)
            {
                var value = entry.Text.Substring(finding.Start, finding.Length);
                foreach (var form in forms)
                {
                    Assert.DoesNotContain(value, form, StringComparison.OrdinalIgnoreCase);
                }

                // Also no run of the value's digits (e.g. a BSN without its separators).
                var digits = new string([.. value.Where(char.IsAsciiDigit)]);
                if (digits.Length >= 4)
                {
                    Assert.All(forms, form => Assert.DoesNotContain(digits, form, StringComparison.Ordinal));
                }
            }
        }
    }

    [Fact]
    public void Check_TimeoutAndFindings_LogNeitherTextNorValue()
    {
        var logger = new CapturingLogger<PersonalDataGuard>();
        var timingOutGuard = new PersonalDataGuard(logger, TimeSpan.FromTicks(1));
        const string Text = "Mevrouw Jansen, BSN 784017001, woont op de Kerkstraat 12. ";
        var longText = string.Concat(Enumerable.Repeat(Text, 2_000));

        var timedOut = timingOutGuard.Check(longText);
        var normal = new PersonalDataGuard(logger).Check(Text);

        Assert.True(timedOut.ScanIncomplete);
        Assert.False(timedOut.IsClean);
        Assert.False(normal.IsClean);
        Assert.Contains(logger.Entries, e => e.EventId.Id == 3001 && e.Level == LogLevel.Warning);
        Assert.Contains(logger.Entries, e => e.EventId.Id == 3003);
        Assert.All(logger.Entries, e =>
        {
            Assert.DoesNotContain("784017001", e.Message, StringComparison.Ordinal);
            Assert.DoesNotContain("Jansen", e.Message, StringComparison.Ordinal);
            Assert.DoesNotContain("Kerkstraat", e.Message, StringComparison.Ordinal);
        });
    }

    public static TheoryData<string, string> PathologicalInputs => new()
    {
        { "digits", new string('1', 100_000) },
        { "digits and spaces", string.Concat(Enumerable.Repeat("1 ", 50_000)) },
        { "zeros with separators", string.Concat(Enumerable.Repeat("0-0.0 ", 20_000)) },
        { "phone-like runs", string.Concat(Enumerable.Repeat("06-", 33_000)) },
        { "plus signs and digits", string.Concat(Enumerable.Repeat("+31 (0)", 14_000)) },
        { "at signs", string.Concat(Enumerable.Repeat("a.b@", 25_000)) },
        { "dotted domain", "a@" + string.Concat(Enumerable.Repeat("b.", 50_000)) },
        { "one long word", new string('a', 100_000) },
        { "street suffix bait", string.Concat(Enumerable.Repeat("Kerkstraatstraat ", 6_000)) },
        { "title bait", string.Concat(Enumerable.Repeat("mevrouw van de ", 7_000)) },
        { "label bait", string.Concat(Enumerable.Repeat("dossier 1-", 10_000)) },
        { "birth marker bait", string.Concat(Enumerable.Repeat("geboren op in ", 7_000)) },
        { "iban bait", string.Concat(Enumerable.Repeat("NL91 ", 20_000)) },
        { "postcode bait", string.Concat(Enumerable.Repeat("1234 AB ", 12_500)) },
        { "whitespace", new string(' ', 100_000) },
    };

    [Theory]
    [MemberData(nameof(PathologicalInputs))]
    public void Check_PathologicalInputOf100KB_ReturnsWithoutThrowing(string name, string text)
    {
        var result = guard.Check(text);

        Assert.NotNull(result);
        Assert.True(result.Findings.Count <= PersonalDataGuard.MaxFindings, name);
        Assert.True(result.IsClean == (result.Findings.Count == 0 && !result.ScanIncomplete), name);
    }

    [Fact]
    public void Check_100KBOfAnonymousCasusWithOneBsnInTheMiddle_FindsOnlyTheBsn()
    {
        var anonymous = new StringBuilder();
        while (anonymous.Length < 50_000)
        {
            foreach (var entry in GuardCorpus.Anonymous)
            {
                anonymous.Append(entry.Text).Append(' ');
            }
        }

        var text = anonymous + " Klant gaf 784017001 door. " + anonymous;

        var clean = guard.Check(anonymous.ToString());
        var result = guard.Check(text);

        Assert.True(clean.IsClean, clean.ToString());
        var finding = Assert.Single(result.Findings);
        Assert.Equal(IdentifierKind.Bsn, finding.Kind);
        Assert.Equal("784017001", text.Substring(finding.Start, finding.Length));
    }

    [Fact]
    public void Check_TextLongerThanLimit_IsNotCleanAndNotScanned()
    {
        var result = guard.Check(new string('x', PersonalDataGuard.MaxTextLength + 1));

        Assert.True(result.ScanIncomplete);
        Assert.False(result.IsClean);
        Assert.Empty(result.Findings);
    }

    [Fact]
    public void AddPrivacyGuard_Resolves_OneWorkingSingleton()
    {
        using var provider = new ServiceCollection().AddPrivacyGuard().AddPrivacyGuard().BuildServiceProvider();

        var first = provider.GetRequiredService<IPersonalDataGuard>();
        var second = provider.GetRequiredService<IPersonalDataGuard>();

        Assert.Same(first, second);
        Assert.Equal([IdentifierKind.Bsn], first.Check("BSN: 784017001").Kinds);
    }
}
