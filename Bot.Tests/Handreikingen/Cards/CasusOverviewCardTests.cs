using System.Text.Json;
using IntervisieBot.Features.Handreikingen.Cards;
using IntervisieBot.Features.Handreikingen.Domain;
using IntervisieBot.Protocol.Schema;
using IntervisieBot.Tests.Infrastructure;

namespace IntervisieBot.Tests.Handreikingen.Cards;

/// <summary>The kennismakelaar's overview lists the entries due for review this month, legal entries first.</summary>
public sealed class CasusOverviewCardTests
{
    private static readonly HandreikingCatalogue Catalogue = HandreikingCatalogue.LoadEmbedded();

    [Fact]
    public void Create_ReviewDueWithinAMonth_ListsThoseEntries_LegalFirst()
    {
        var texts = Texts(new DateOnly(2027, 11, 20));

        var due = Catalogue.Entries.Where(e => e.Review <= new DateOnly(2027, 12, 21)).ToList();
        Assert.NotEmpty(due);
        Assert.All(due.Where(e => e.Legal), e => Assert.Contains(e.Title, texts));
        Assert.Contains("7 december 2027 · wet- en regelgeving", texts);
        Assert.DoesNotContain("Niets te controleren deze maand.", texts);
    }

    [Fact]
    public void Create_NothingDue_SaysSo()
    {
        Assert.Contains("Niets te controleren deze maand.", Texts(new DateOnly(2026, 12, 7)));
    }

    private static IReadOnlyList<string> Texts(DateOnly today) =>
        CardText.OfCard(JsonSerializer.SerializeToElement(
            CasusOverviewCard.Create(HandreikingenText.Dutch, Catalogue, new Dictionary<string, (int, int)>(), [], today), ProtocolJson.Options));
}
