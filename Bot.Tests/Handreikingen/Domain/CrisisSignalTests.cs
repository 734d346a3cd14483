using System.Globalization;
using System.Text.Json;
using IntervisieBot.Cards;
using IntervisieBot.Features.Handreikingen.Cards;
using IntervisieBot.Features.Handreikingen.Domain;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using IntervisieBot.Protocol.Schema;
using IntervisieBot.Tests.Infrastructure;
using Xunit;

namespace IntervisieBot.Tests.Handreikingen.Domain;

/// <summary>Crisis signals first: any sign of suicidal thoughts, acute danger or violence gets the crisis card before anything else.</summary>
public sealed class CrisisSignalTests(RecommenderFixture fixture) : IClassFixture<RecommenderFixture>
{
    private static readonly CultureInfo Dutch = HandreikingenText.Dutch;
    private static readonly CultureInfo English = CultureInfo.GetCultureInfo("en");

    [Theory]
    [InlineData("Klant heeft zelfmoordgedachten.")]
    [InlineData("Ze zei dat ze er soms aan denkt om er een eind aan te maken.")]
    [InlineData("Hij ziet het niet meer zitten en zegt dat hij liever dood is.")]
    [InlineData("Het hoeft voor mij niet meer, zei hij aan het eind van het gesprek.")]
    [InlineData("Mevrouw zegt: ik wil er niet meer zijn.")]
    [InlineData("Hij zou het liefst niet meer wakker worden.")]
    [InlineData("Iedereen is beter af zonder mij, zegt ze.")]
    [InlineData("Volgens zijn zus spaart hij pillen.")]
    [InlineData("Ze doet zichzelf iets aan als de uitkering stopt.")]
    [InlineData("Hij heeft geen zin meer in het leven.")]
    [InlineData("Klant vertelde dat hij suïcidaal is geweest.")]
    [InlineData("He says he wants to end it all.")]
    [InlineData("My client told me he would be better off dead.")]
    public void Recommend_SuicideSignal_DirectOrIndirect_IsDetectedAndBringsMentalHealthGuidance(string text)
    {
        var result = fixture.Recommender.Recommend(text, Dutch);

        var signal = Assert.Single(result.Crisis, s => s.Kind == CrisisSignalKinds.Suicide);
        Assert.NotEmpty(signal.Words);
        Assert.Contains(result.DetectedTags, t => t.Tag == "psychisch");
        Assert.False(result.NothingFound);
    }

    [Theory]
    [InlineData("Klant dreigde met een mes toen de uitkering werd stopgezet.", CrisisSignalKinds.Danger)]
    [InlineData("Hij zei dat hij de klantmanager zou vermoorden.", CrisisSignalKinds.Danger)]
    [InlineData("Haar partner slaat haar als hij gedronken heeft.", CrisisSignalKinds.DomesticViolence)]
    [InlineData("Ik zag blauwe plekken op haar armen.", CrisisSignalKinds.DomesticViolence)]
    [InlineData("She is afraid of her partner.", CrisisSignalKinds.DomesticViolence)]
    public void Recommend_DangerOrViolence_IsDetected(string text, string kind)
    {
        Assert.Contains(fixture.Recommender.Recommend(text, Dutch).Crisis, s => s.Kind == kind);
    }

    [Theory]
    [InlineData("Hij heeft geen zin in solliciteren.")]
    [InlineData("Ze ziet het niet zitten om naar de cursus te gaan.")]
    [InlineData("Dat slaat nergens op, zegt hij over de regels.")]
    [InlineData("Ze wil een punt achter het traject zetten.")]
    [InlineData("Hij hing de telefoon op toen ik over de maatregel begon.")]
    [InlineData("Hij dreigt uit huis gezet te worden door een huurachterstand.")]
    [InlineData("Ze is doodmoe van de zorg voor haar kinderen.")]
    [InlineData("Haar baan staat op de tocht; ze maakt een eind aan haar studie.")]
    public void Recommend_EverydayWording_GivesNoAlarm(string text)
    {
        Assert.False(fixture.Recommender.Recommend(text, Dutch).HasCrisis, text);
    }

    [Fact]
    public void SuggestionsCard_WithSuicideSignal_ShowsCrisisBlockFirst_With113AndWhatToDoNow_ThenSuggestions()
    {
        var result = fixture.Recommender.Recommend("Hij is eenzaam en zei dat het voor hem allemaal niet meer hoeft.", Dutch);

        var card = CasusCards.Suggestions(Dutch, result);

        var first = Assert.IsType<Container>(card.Body[0]);
        Assert.Equal(ContainerStyle.Attention, first.Style);
        var crisisText = Texts(first);
        Assert.Contains("Eerst: veiligheid", crisisText);
        Assert.Contains("0800-0113", crisisText);
        Assert.Contains("Vraag het rechtstreeks", crisisText);
        Assert.Contains("collega of je leidinggevende", crisisText);
        Assert.Contains("huisarts", crisisText);
        Assert.Contains("112", crisisText);
        Assert.Contains("https://www.113.nl", JsonSerializer.Serialize(first, ProtocolJson.Options));
        Assert.Contains("Dit kan helpen", Texts(card));
    }

    [Fact]
    public void SuggestionsCard_WithDomesticViolence_NamesVeiligThuis_InEnglishForAnEnglishUser()
    {
        var result = fixture.Recommender.Recommend("Her partner hits her when he is drunk.", English);

        var crisisText = Texts(Assert.IsType<Container>(CasusCards.Suggestions(English, result).Body[0]));

        Assert.Contains("First: safety", crisisText);
        Assert.Contains("Veilig Thuis", crisisText);
        Assert.Contains("0800-2000", crisisText);
        Assert.DoesNotContain("0800-0113", crisisText);
    }

    [Fact]
    public void Recommend_WithLocalCrisisProtocol_ShowsItOnTheCrisisCard_NeverAsANormalSuggestion()
    {
        var protocol = new Handreiking
        {
            Id = HandreikingRecommender.CrisisProtocolId,
            Title = "Wanneer een klant over zelfmoord praat (protocol gemeente Voorbeeld)",
            OfficialTitle = "Protocol suïcidesignalen Werk en Inkomen (voorbeeld)",
            Publisher = "Gemeente Voorbeeld",
            Url = "https://example.org/protocol",
            Summary = ["Bel het interne crisisnummer van het team zorg.", "Meld het dezelfde dag aan je teamleider.", "Let op: leg alleen vast wat nodig is."],
            Tags = ["psychisch", "samenwerking-zorg"],
            Step = 3,
            Evidence = EvidenceLevels.Praktijkervaring,
            Audience = "klantmanagers",
            Local = true,
        };
        var catalogue = new HandreikingCatalogue([.. HandreikingCatalogue.LoadEmbedded().Entries, protocol]);
        using var recommender = new HandreikingRecommender(catalogue, DomainLexicon.LoadEmbedded(), [], Options.Create(new HandreikingenOptions()),
            NullLogger<HandreikingRecommender>.Instance, TimeProvider.System);

        var crisis = recommender.Recommend("Ze zegt dat ze niet meer wil leven en suïcidaal is.", Dutch);
        var calm = recommender.Recommend("Ze is somber en de ggz behandelt haar depressie; ze wil zelfmoordpreventie bespreken met het team zorg.", Dutch);

        Assert.Same(protocol, crisis.CrisisProtocol);
        Assert.DoesNotContain(crisis.Handreikingen, r => r.Entry.Id == protocol.Id);
        Assert.DoesNotContain(calm.Handreikingen, r => r.Entry.Id == protocol.Id);
        var crisisText = Texts(Assert.IsType<Container>(CasusCards.Suggestions(Dutch, crisis).Body[0]));
        Assert.Contains("Protocol van je gemeente: " + protocol.Title, crisisText);
        Assert.Contains("- Bel het interne crisisnummer van het team zorg.\n- Meld het dezelfde dag aan je teamleider.\n- Let op: leg alleen vast wat nodig is.", crisisText);
    }

    [Fact]
    public void Recommend_CrisisWithoutAnyMatchingGuidance_IsNeverNothingFound()
    {
        var result = fixture.Recommender.Recommend("wil dood", Dutch);

        Assert.True(result.HasCrisis);
        Assert.False(result.NothingFound);
        Assert.IsType<Container>(CasusCards.Suggestions(Dutch, result).Body[0]);
    }

    /// <summary>All visible texts of a card or card element, one per line.</summary>
    private static string Texts(object element) =>
        string.Join("\n", CardText.OfCard(JsonSerializer.SerializeToElement(element, element.GetType(), ProtocolJson.Options)));
}
