using System.Globalization;
using IntervisieBot.Features.Handreikingen.Cards;
using IntervisieBot.Features.Handreikingen.Domain;

namespace IntervisieBot.Tests.Handreikingen.Domain;

/// <summary>Issue 19.12: the catalogue picker groups by theme, shows short titles and searches as you type.</summary>
public sealed class HandreikingPickerTests
{
    private static readonly CultureInfo Nl = CultureInfo.GetCultureInfo("nl-NL");
    private static readonly HandreikingCatalogue Catalogue = HandreikingCatalogue.LoadEmbedded();

    [Theory]
    [InlineData("Hoe om te gaan met een klant die elke maand geld tekortkomt", "Klant die elke maand geld tekortkomt")]
    [InlineData("Hoe om te gaan met beslag op de uitkering en een deurwaarder", "Beslag op de uitkering en een deurwaarder")]
    [InlineData("Wanneer een klant uitleg in eenvoudige taal nodig heeft", "Klant uitleg in eenvoudige taal nodig heeft")]
    [InlineData("Wanneer je vermoedt dat een klant niet goed kan lezen of schrijven", "Je vermoedt dat een klant niet goed kan lezen of schrijven")]
    [InlineData("Tegenprestatie en maatschappelijke participatie", "Tegenprestatie en maatschappelijke participatie")]
    [InlineData("Wanneer", "Wanneer")]
    public void ShortTitle_DropsTheOpeningFormula(string title, string expected) =>
        Assert.Equal(expected, HandreikingPicker.ShortTitle(title));

    [Fact]
    public void Choices_WholeCatalogue_GroupedByThemeWithShortTitles_EveryEntryOnce()
    {
        var choices = HandreikingPicker.Choices(Catalogue.Entries, Nl);

        Assert.Equal(Catalogue.Entries.Select(e => e.Id).Order(StringComparer.Ordinal), choices.Select(c => c.Value).Order(StringComparer.Ordinal));
        Assert.DoesNotContain(choices, c => c.Title.Contains("Hoe om te gaan met", StringComparison.Ordinal));
        Assert.True(choices.Average(c => c.Title.Length) < Catalogue.Entries.Average(e => e.Title.Length + TagLabels.Label(e.Tags[0], Nl).Length + 3) - 5);
        // Grouped: once a theme's entries end, that theme does not come back.
        var themes = choices.Select(c => c.Title.Split(" · ")[0]).ToList();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < themes.Count; i++)
        {
            if (i == 0 || themes[i] != themes[i - 1]) Assert.True(seen.Add(themes[i]), $"theme '{themes[i]}' appears in two places");
        }
        Assert.True(seen.Count > 5);
        Assert.Contains(choices, c => c.Title == "Schulden · Beslag op de uitkering en een deurwaarder");
    }

    [Fact]
    public void Search_Word_FindsTheEntriesThatMentionIt_AtMost15()
    {
        var deurwaarder = HandreikingPicker.Search(Catalogue, "deurwaarder", Nl);
        var schuld = HandreikingPicker.Search(Catalogue, "Schúld", Nl);
        var none = HandreikingPicker.Search(Catalogue, "xylofoonles", Nl);
        var empty = HandreikingPicker.Search(Catalogue, "", Nl);

        Assert.Contains(deurwaarder, c => c.Title == "Schulden · Beslag op de uitkering en een deurwaarder");
        Assert.All(deurwaarder, c => Assert.Contains("deurwaarder", Catalogue.Find(c.Value)!.Title + " " + Catalogue.Find(c.Value)!.OfficialTitle, StringComparison.OrdinalIgnoreCase));
        Assert.InRange(schuld.Count, 2, HandreikingPicker.MaxResults);
        Assert.StartsWith("Schulden · ", schuld[0].Title, StringComparison.Ordinal);       // a theme that starts with the word comes first
        Assert.Empty(none);
        Assert.Equal(HandreikingPicker.MaxResults, empty.Count);
    }

    [Fact]
    public void Search_SeveralWordsAndPaging_NarrowAndContinue()
    {
        var all = HandreikingPicker.Search(Catalogue, "klant", Nl);
        var next = HandreikingPicker.Search(Catalogue, "klant", Nl, skip: HandreikingPicker.MaxResults);
        var narrow = HandreikingPicker.Search(Catalogue, "klant deurwaarder", Nl);

        Assert.Equal(HandreikingPicker.MaxResults, all.Count);
        Assert.NotEmpty(next);
        Assert.Empty(all.Select(c => c.Value).Intersect(next.Select(c => c.Value)));
        Assert.True(narrow.Count < all.Count);
        Assert.All(narrow, c => Assert.Contains("deurwaarder", c.Title + Catalogue.Find(c.Value)!.OfficialTitle, StringComparison.OrdinalIgnoreCase));
    }
}
