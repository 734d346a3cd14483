using IntervisieBot.Features.Handreikingen.Domain;
using Xunit;

namespace IntervisieBot.Tests.Handreikingen.Domain;

public sealed class DomainLexiconTests(RecommenderFixture fixture) : IClassFixture<RecommenderFixture>
{
    [Theory]
    [InlineData("Er staat een deurwaarder voor de deur.", "schulden")]
    [InlineData("Er ligt beslag op zijn loon.", "schulden")]
    [InlineData("Ze staat al maanden rood.", "schulden")]
    [InlineData("Hij heeft een flinke huurachterstand.", "schulden")]
    [InlineData("deurwaader komt elke week", "schulden")]
    [InlineData("Hij drinkt te veel.", "verslaving")]
    [InlineData("Hij blowt de hele dag.", "verslaving")]
    [InlineData("Ze gokt haar uitkering op.", "verslaving")]
    [InlineData("klant is verslaaft", "verslaving")]
    [InlineData("Hij kan niet goed lezen.", "taal")]
    [InlineData("Ze spreekt geen Nederlands.", "taal")]
    [InlineData("Statushouder uit Syrië.", "inburgering")]
    [InlineData("Hij is 19 jaar en heeft geen startkwalificatie.", "jongeren")]
    [InlineData("Een 20-jarige vraagt bijstand aan.", "jongeren")]
    [InlineData("Hij slaapt in de nachtopvang.", "huisvesting")]
    [InlineData("De klant werd agressief aan de balie.", "agressie")]
    [InlineData("Haar ex-partner mishandelt haar.", "huiselijk-geweld")]
    [InlineData("Hij was zzp'er en heeft geen opdrachten meer.", "inkomen")]
    [InlineData("Ze vraagt bijzondere bijstand voor een nieuwe koelkast.", "inkomen")]
    [InlineData("My client has debts and a bailiff at the door.", "schulden")]
    [InlineData("She is a single mother without childcare.", "kinderopvang-gezin")]
    [InlineData("He is homeless and sleeps on a friend's couch.", "huisvesting")]
    [InlineData("He is addicted to gambling.", "verslaving")]
    [InlineData("She suffers from depression and anxiety.", "psychisch")]
    public void Detect_EverydayWording_FindsTag(string text, string tag)
    {
        var tags = fixture.Recommender.DetectTags(text);

        Assert.Contains(tags, m => m.Tag == tag);
    }

    [Theory]
    [InlineData("Geen schulden, geen verslaving, wel eenzaam.", "schulden")]
    [InlineData("Geen schulden, geen verslaving, wel eenzaam.", "verslaving")]
    [InlineData("Hij is niet verslaafd en heeft geen schulden.", "verslaving")]
    [InlineData("Hij is niet verslaafd en heeft geen schulden.", "schulden")]
    [InlineData("Zonder schulden en zonder huurachterstand begint ze opnieuw.", "schulden")]
    [InlineData("No debts and no addiction, but very lonely.", "schulden")]
    [InlineData("No debts and no addiction, but very lonely.", "verslaving")]
    public void Detect_ProblemNegatedInItsClause_DoesNotFindTag(string text, string tag)
    {
        Assert.DoesNotContain(fixture.Recommender.DetectTags(text), m => m.Tag == tag);
    }

    [Theory]
    [InlineData("Geen schulden, maar wel een verslaving aan gokken.", "verslaving")]
    [InlineData("Hij heeft geen werk en schulden bij de energieleverancier.", "schulden")]
    [InlineData("Geen werk. Schulden bij de zorgverzekeraar.", "schulden")]
    [InlineData("Hij is niet gemotiveerd.", "motivatie")]
    [InlineData("Ze spreekt geen Nederlands.", "taal")]
    [InlineData("No debts and no addiction, but very lonely.", "sociaal-isolement")]
    public void Detect_NegationReachesOnlyItsOwnClauseAndProblem_FindsTag(string text, string tag)
    {
        Assert.Contains(fixture.Recommender.DetectTags(text), m => m.Tag == tag);
    }

    [Theory]
    [InlineData("Alleenstaande moeder vraagt ontheffing van de sollicitatieplicht.")]
    [InlineData("Ze wil gaan samenwonen en vraagt wat er verandert.")]
    [InlineData("Hij begrijpt de regels van de toeslagen niet.")]
    public void Detect_CareOrIncomeQuestion_IsNeverFramedAsEnforcement(string text)
    {
        Assert.DoesNotContain(fixture.Recommender.DetectTags(text), m => m.Tag == "sanctie");
    }

    [Fact]
    public void Detect_ViolenceAgainstStaffAndDomesticViolence_AreSeparateTags()
    {
        var staff = fixture.Recommender.DetectTags("De klant schold de baliemedewerker uit en dreigde.");
        var home = fixture.Recommender.DetectTags("Ze durft niet naar huis omdat haar partner haar mishandelt.");

        Assert.Contains(staff, m => m.Tag == "agressie");
        Assert.DoesNotContain(staff, m => m.Tag == "huiselijk-geweld");
        Assert.Contains(home, m => m.Tag == "huiselijk-geweld");
        Assert.DoesNotContain(home, m => m.Tag == "agressie");
    }

    [Theory]
    [InlineData("Ik wil met de klant een afspraak maken over de vergadering van volgende week.", "schulden")]
    [InlineData("De klant is met zijn moeder meegekomen.", "uitvoering-monitoring")]
    [InlineData("Hij wil graag loggen wat hij doet.", "gezondheid")]
    [InlineData("Ik vermoed dat er meer speelt.", "gezondheid")]
    [InlineData("Totaal geen idee waar hij woont.", "taal")]
    public void Detect_OrdinaryWordsNearDomainWords_DoesNotFindTag(string text, string tag)
    {
        var tags = fixture.Recommender.DetectTags(text);

        Assert.DoesNotContain(tags, m => m.Tag == tag);
    }

    [Fact]
    public void Detect_ThreeProblemAreas_AddsMultiproblematiekNamingThem()
    {
        var tags = fixture.Recommender.DetectTags("Hij heeft schulden, drinkt elke avond en is dakloos.");

        var multi = Assert.Single(tags, m => m.Tag == TagTaxonomy.Multiproblematiek);
        Assert.Equal(["schulden", "verslaving", "huisvesting"], multi.Words);
    }

    [Fact]
    public void Detect_Match_ReportsTheWordsAsWritten()
    {
        var tags = fixture.Recommender.DetectTags("De Deurwaarder heeft beslag gelegd.");

        var schulden = Assert.Single(tags, m => m.Tag == "schulden");
        Assert.Equal(["deurwaarder", "beslag"], schulden.Words);
    }

    [Theory]
    [InlineData("{\"tags\":{\"geldzaken\":[\"geld\"]}}", "unknown tag \"geldzaken\"")]
    [InlineData("{\"tags\":{\"schulden\":[\"*a*\"]}}", "wildcard needs at least 3 letters")]
    [InlineData("{\"tags\":{\"schulden\":[\"re:([\"]}}", "invalid regular expression")]
    [InlineData("{\"tags\":{\"schulden\":[\"\"]}}", "empty term")]
    [InlineData("{\"tags\":{\"schulden\":[\"deurwaarder\"]}}", "tag \"verslaving\" has no terms")]
    [InlineData("{\"woorden\":{}}", "\"tags\" is missing")]
    [InlineData("{ kapot", "not valid JSON")]
    public void Parse_InvalidLexicon_ThrowsWithClearMessage(string json, string expected)
    {
        var ex = Assert.Throws<CatalogueValidationException>(() => DomainLexicon.Parse(json));

        Assert.Contains(expected, ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void LoadEmbedded_RepositoryLexicon_CoversEveryTag()
    {
        var lexicon = DomainLexicon.LoadEmbedded();

        Assert.True(lexicon.TermCount > TagTaxonomy.All.Count * 5);
    }
}
