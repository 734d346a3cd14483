using System.Globalization;
using System.Text.Json;
using IntervisieBot.Cards;
using IntervisieBot.Features.Handreikingen.Cards;
using IntervisieBot.Features.Handreikingen.Handlers;
using IntervisieBot.Features.Intervisie.Handlers;
using IntervisieBot.Protocol.Schema;
using IntervisieBot.Tests.Infrastructure;

namespace IntervisieBot.Tests.Handreikingen.Cards;

/// <summary>The suggestion card: compact (two buttons at most per suggestion), the summary opens in place, the peildatum shows.</summary>
public sealed class CasusCardsTests(RecommenderFixture fixture) : IClassFixture<RecommenderFixture>
{
    private static readonly CultureInfo Dutch = HandreikingenText.Dutch;

    [Fact]
    public void Suggestions_EverySuggestion_HasAtMostTwoButtons_AndOpensItsSummaryInPlace()
    {
        var recommendation = fixture.Recommender.Recommend("Hij drinkt elke dag en er ligt beslag op zijn uitkering.", Dutch);
        Assert.Equal(3, recommendation.Handreikingen.Count);

        var card = Json(CasusCards.Suggestions(Dutch, recommendation));
        var entries = card.GetProperty("body").EnumerateArray()
            .Where(e => e.GetProperty("type").GetString() == "Container" && !e.TryGetProperty("style", out _)).ToList();

        Assert.Equal(3, entries.Count);
        foreach (var (entry, index) in entries.Select((e, i) => (e, i)))
        {
            var items = entry.GetProperty("items").EnumerateArray().ToList();
            var tappable = items[0].GetProperty("selectAction");
            Assert.Equal("Action.ToggleVisibility", tappable.GetProperty("type").GetString());
            Assert.Equal($"summary-{index}", tappable.GetProperty("targetElements")[0].GetProperty("elementId").GetString());
            Assert.False(items[1].GetProperty("isVisible").GetBoolean());

            var buttons = items[2].GetProperty("columns").EnumerateArray().ToList();
            var open = buttons.Where(c => c.GetProperty("items")[0].GetProperty("type").GetString() == "ActionSet").ToList();
            var feedback = buttons.Where(c => c.TryGetProperty("selectAction", out _)).Select(c => c.GetProperty("selectAction")).ToList();
            var url = recommendation.Handreikingen[index].Entry.Url;
            Assert.Equal(url.StartsWith("https://", StringComparison.Ordinal) ? 1 : 0, open.Count);
            Assert.Equal(2, feedback.Count);
            Assert.Equal([true, false], feedback.Select(a => a.GetProperty("data").GetProperty("useful").GetBoolean()));
            Assert.All(feedback, a => Assert.Equal(CasusCards.FeedbackVerb, a.GetProperty("verb").GetString()));
            Assert.DoesNotContain("Action.ToggleVisibility", items[2].GetRawText(), StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Suggestions_SourceLine_ShowsPeildatum_AndMarksALocalEntry()
    {
        var entry = fixture.Recommender.Index.Catalogue.Find("participatiewet-in-balans")!;

        Assert.Contains("gecontroleerd 7 december 2026", CasusCards.Source(Dutch, entry), StringComparison.Ordinal);
        Assert.Contains("eigen gemeente", CasusCards.Source(Dutch, entry with { Local = true }), StringComparison.Ordinal);
        Assert.Contains("checked 7 December 2026", CasusCards.Source(CultureInfo.GetCultureInfo("en"), entry), StringComparison.Ordinal);
    }

    [Fact]
    public void Suggestions_PushedAfterARound_SaysWhichRoundAndCasus()
    {
        var recommendation = fixture.Recommender.Recommend("Er ligt beslag op zijn uitkering.", Dutch);
        var casus = new CasusSubmission("round-1", new string('x', 80), "Er ligt beslag op zijn uitkering.", new DateTimeOffset(2026, 12, 3, 9, 0, 0, TimeSpan.Zero));

        var first = CardText.OfCard(Json(CasusCards.Suggestions(Dutch, recommendation, InbrengerSuggestions.Context(Dutch, casus))))[0];

        Assert.StartsWith("Bij je casus \"xxxxx", first, StringComparison.Ordinal);
        Assert.EndsWith("…\" in de intervisieronde van 3 december 2026", first, StringComparison.Ordinal);
    }

    private static JsonElement Json(AdaptiveCard card) => JsonSerializer.SerializeToElement(card, ProtocolJson.Options);
}
