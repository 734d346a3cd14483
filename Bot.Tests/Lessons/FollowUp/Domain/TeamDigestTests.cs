using System.Globalization;
using IntervisieBot.Features.Lessons.FollowUp.Cards;
using IntervisieBot.Features.Lessons.FollowUp.Domain;
using IntervisieBot.Tests.Infrastructure;

namespace IntervisieBot.Tests.Lessons.FollowUp.Domain;

/// <summary>Issue 19.6: the team overview of a new team shows what exposes nobody and says when there will be enough.</summary>
public sealed class TeamDigestTests
{
    private static readonly CultureInfo Nl = CultureInfo.GetCultureInfo("nl-NL");

    [Theory]
    [InlineData(0, 3, false)]
    [InlineData(1, 2, true)]
    [InlineData(2, 2, true)]
    [InlineData(3, 0, false)]
    [InlineData(7, 0, false)]
    public void StillNeeded_NeverRevealsAHiddenCount(int count, int needed, bool atMost) =>
        Assert.Equal((needed, atMost), TeamDigest.StillNeeded(count));

    [Fact]
    public void Card_NewTeam_SaysHowManyRoundsAndAnswersAndWhenTheNextSessionsAre()
    {
        var digest = new TeamDigest(0, 0, 0, 0, 0, 0, []);

        var text = string.Join(" | ", CardText.OfCard(Json(TeamDigestCard.Create(Nl, digest, [new DateOnly(2026, 12, 15), new DateOnly(2027, 1, 12)]))));

        Assert.Contains("Lessen vastgelegd (totaal) | nog geen", text, StringComparison.Ordinal);
        Assert.Contains("Wanneer zie je meer?", text, StringComparison.Ordinal);
        Assert.Contains("Lessen: zichtbaar na nog 3 rondes met een les.", text, StringComparison.Ordinal);
        Assert.Contains("Volgende intervisie: dinsdag 15 december, dinsdag 12 januari.", text, StringComparison.Ordinal);
        Assert.Contains("Toepassing: zichtbaar na nog 3 antwoorden op een terugblik.", text, StringComparison.Ordinal);
        Assert.Contains("Er staat nog geen terugblik gepland", text, StringComparison.Ordinal);
        Assert.DoesNotContain("minder dan 3", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Card_NoSeries_PointsToPlanIntervisie_AndListsTheNextChecks()
    {
        var digest = new TeamDigest(1, 1, 0, 0, 0, 0, []) { UpcomingChecks = [new DateOnly(2027, 1, 12)] };

        var lines = TeamDigestCard.WhenMoreLines(Nl, digest, []);

        Assert.Equal(
        [
            "Lessen: zichtbaar na nog hooguit 2 rondes met een les.",
            "Er staat nog geen intervisie gepland. Plan een reeks met 'plan intervisie'.",
            "Toepassing: zichtbaar na nog 3 antwoorden op een terugblik.",
            "Volgende terugblikken: dinsdag 12 januari.",
        ], lines);
    }

    [Fact]
    public void Card_OneOrTwo_AreIndistinguishable()
    {
        // k-anonymity: nothing on the card tells 1 from 2, for lessons, themes or answers.
        string Render(int n) => string.Join(" | ", CardText.OfCard(Json(TeamDigestCard.Create(Nl,
            new TeamDigest(n, n, n, n, n, n, [("schulden", n)]) { UpcomingChecks = [new DateOnly(2027, 1, 12)] }, [new DateOnly(2026, 12, 15)]))));

        Assert.Equal(Render(1), Render(2));
        Assert.Contains("minder dan 3", Render(1), StringComparison.Ordinal);
    }

    [Fact]
    public void Card_EnoughOfEverything_HasNoWhenPart()
    {
        var digest = new TeamDigest(5, 9, 6, 4, 3, 2, [("schulden", 4)]);

        var text = string.Join(" | ", CardText.OfCard(Json(TeamDigestCard.Create(Nl, digest, []))));

        Assert.DoesNotContain("Wanneer zie je meer?", text, StringComparison.Ordinal);
        Assert.Contains("Lessen vastgelegd (totaal) | 9", text, StringComparison.Ordinal);
    }

    private static System.Text.Json.JsonElement Json(IntervisieBot.Cards.AdaptiveCard card) => IntervisieBot.Cards.CardJson.ToElement(card);
}
