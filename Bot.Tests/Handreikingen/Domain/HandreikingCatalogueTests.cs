using System.Text.Json;
using System.Text.Json.Nodes;
using IntervisieBot.Features.Handreikingen.Domain;
using Xunit;

namespace IntervisieBot.Tests.Handreikingen.Domain;

public sealed class HandreikingCatalogueTests
{
    private static readonly HandreikingCatalogue Embedded = HandreikingCatalogue.LoadEmbedded();

    [Fact]
    public void LoadEmbedded_RepositoryCatalogue_HasAtLeast64Entries()
    {
        Assert.True(Embedded.Entries.Count >= 64, $"only {Embedded.Entries.Count} entries");
    }

    [Fact]
    public void LoadEmbedded_EveryTaxonomyTag_HasAtLeastTwoEntries()
    {
        var counts = TagTaxonomy.All.ToDictionary(t => t, t => Embedded.Entries.Count(e => e.Tags.Contains(t)));

        Assert.All(counts, kv => Assert.True(kv.Value >= 2, $"tag {kv.Key} has {kv.Value} entries"));
    }

    [Fact]
    public void LoadEmbedded_EveryEntry_UsesOnlyTaxonomyTagsAndValidFields()
    {
        Assert.All(Embedded.Entries, e =>
        {
            Assert.All(e.Tags, t => Assert.True(TagTaxonomy.IsKnown(t), $"{e.Id}: unknown tag {t}"));
            Assert.InRange(e.Step, 1, 4);
            Assert.Contains(e.Evidence, EvidenceLevels.All);
            Assert.InRange(e.Summary.Count, 3, 6);
            Assert.True(e.Title.StartsWith("Hoe om te gaan met ", StringComparison.Ordinal) || e.Title.StartsWith("Wanneer ", StringComparison.Ordinal), e.Id);
            Assert.True(e.Url.Length == 0 || e.Url.StartsWith("http", StringComparison.Ordinal), e.Id);
        });
    }

    [Fact]
    public void Find_KnownAndUnknownId_ReturnsEntryOrNull()
    {
        var first = Embedded.Entries[0];

        Assert.Same(first, Embedded.Find(first.Id));
        Assert.Null(Embedded.Find("bestaat-niet"));
    }

    [Fact]
    public void Parse_ValidEntry_ReturnsCatalogueWithTrimmedFields()
    {
        var catalogue = HandreikingCatalogue.Parse(Json(ValidEntry()));

        var entry = Assert.Single(catalogue.Entries);
        Assert.Equal("test-entry", entry.Id);
        Assert.Equal(["schulden", "motivatie"], entry.Tags);
        Assert.Equal(2, entry.Step);
    }

    [Theory]
    [InlineData("tags", "[\"schulden\",\"geldzaken\"]", "unknown tag \"geldzaken\"")]
    [InlineData("tags", "[]", "tags must have at least one tag")]
    [InlineData("tags", "[\"schulden\",\"schulden\"]", "duplicate tag")]
    [InlineData("title", "\"\"", "title is missing")]
    [InlineData("title", "\"Schulden aanpakken\"", "title must start with")]
    [InlineData("officialTitle", "null", "officialTitle is missing")]
    [InlineData("publisher", "\" \"", "publisher is missing")]
    [InlineData("audience", "null", "audience is missing")]
    [InlineData("step", "0", "step must be 1-4")]
    [InlineData("step", "5", "step must be 1-4")]
    [InlineData("step", "null", "step is missing")]
    [InlineData("evidence", "\"heel goed\"", "evidence must be one of")]
    [InlineData("id", "\"Test Entry\"", "id must be kebab-case")]
    [InlineData("id", "null", "id is missing")]
    [InlineData("url", "\"www.example.org\"", "url must be an absolute http(s) address")]
    [InlineData("url", "null", "url is missing")]
    [InlineData("summary", "[\"een\",\"twee\"]", "summary must have 3-6 lines")]
    [InlineData("summary", "[\"een\",\"\",\"drie\"]", "summary contains an empty line")]
    [InlineData("peildatum", "null", "peildatum is missing")]
    [InlineData("peildatum", "\"7 december\"", "peildatum must be a date yyyy-MM-dd")]
    [InlineData("review", "null", "review is missing")]
    [InlineData("review", "\"2026-11-01\"", "review must come after the peildatum")]
    [InlineData("review", "\"2030-01-01\"", "review must be at most 36 months after the peildatum")]
    public void Parse_InvalidField_ThrowsNamingEntryAndField(string field, string value, string expected)
    {
        var entry = ValidEntry();
        entry[field] = JsonNode.Parse(value);

        var ex = Assert.Throws<CatalogueValidationException>(() => HandreikingCatalogue.Parse(Json(entry)));

        Assert.Contains(expected, ex.Message, StringComparison.Ordinal);
        Assert.Contains("entry 0", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_LegalEntryReviewedAfterMoreThanTwelveMonths_Throws()
    {
        var entry = ValidEntry();
        entry["legal"] = true;
        entry["review"] = "2028-01-01";

        var ex = Assert.Throws<CatalogueValidationException>(() => HandreikingCatalogue.Parse(Json(entry)));

        Assert.Contains("review must be at most 12 months after the peildatum (legal entry)", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void LoadEmbedded_EveryEntry_HasPeildatumAndReview_LegalOnesWithinTwelveMonths()
    {
        Assert.All(Embedded.Entries, e =>
        {
            Assert.NotNull(e.Peildatum);
            Assert.NotNull(e.Review);
            Assert.True(e.Review > e.Peildatum, e.Id);
            if (e.Legal) Assert.True(e.Review <= e.Peildatum!.Value.AddMonths(12), e.Id);
        });
        Assert.True(Embedded.Entries.Count(e => e.Legal) >= 15, "the Participatiewet, Bbz, IOAW and other legal entries are marked legal");
        Assert.DoesNotContain(Embedded.Entries, e => e.Local);
    }

    [Fact]
    public void Parse_DuplicateIds_Throws()
    {
        var ex = Assert.Throws<CatalogueValidationException>(() => HandreikingCatalogue.Parse(Json(ValidEntry(), ValidEntry())));

        Assert.Contains("duplicate id", ex.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("{ not json")]
    [InlineData("{\"id\":\"x\"}")]
    [InlineData("[]")]
    public void Parse_NotAnArrayOfEntries_Throws(string json)
    {
        Assert.Throws<CatalogueValidationException>(() => HandreikingCatalogue.Parse(json));
    }

    [Fact]
    public void Parse_SeveralProblems_ReportsAllOfThem()
    {
        var entry = ValidEntry();
        entry["step"] = 9;
        entry["tags"] = new JsonArray("onbekend");

        var ex = Assert.Throws<CatalogueValidationException>(() => HandreikingCatalogue.Parse(Json(entry)));

        Assert.Equal(2, ex.Errors.Count);
    }

    private static JsonObject ValidEntry() => new()
    {
        ["id"] = "test-entry",
        ["title"] = "Hoe om te gaan met een test ",
        ["officialTitle"] = "Testhandreiking",
        ["publisher"] = "Testuitgever",
        ["url"] = "",
        ["summary"] = new JsonArray("Wanneer te gebruiken.", "Wat te doen.", "Let op."),
        ["tags"] = new JsonArray("schulden", "motivatie"),
        ["step"] = 2,
        ["evidence"] = "onderbouwd",
        ["audience"] = "klantmanager",
        ["peildatum"] = "2026-12-01",
        ["review"] = "2027-06-01",
    };

    private static string Json(params JsonObject[] entries) =>
        new JsonArray([.. entries.Select(e => (JsonNode)JsonNode.Parse(e.ToJsonString())!)]).ToJsonString(new JsonSerializerOptions());
}
