using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;
using IntervisieBot.Features.Handreikingen.Cards;
using IntervisieBot.Features.Handreikingen.Domain;
using IntervisieBot.Features.Handreikingen.Handlers;
using IntervisieBot.Features.Handreikingen.Storage;
using IntervisieBot.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace IntervisieBot.Tests.Handreikingen.Handlers;

/// <summary>Kennismakelaars change the catalogue at runtime (Azurite), and suggestions follow.</summary>
public sealed class CurationTests : IAsyncLifetime
{
    private const string TeamId = "19:team-kennis@thread.tacv2";
    private BotConversation _chat = null!;
    private LoopbackConnector _connector => _chat.Connector;
    private BotApplicationFactory _bot => _chat.Bot;

    public async Task InitializeAsync() =>
        _chat = await BotConversation.StartAsync(new Dictionary<string, string?> { ["Roles:Kennismakelaars:0"] = TestActivities.AadFor("29:user-k") });

    public async Task DisposeAsync() => await _chat.DisposeAsync();

    private LiveCatalogue Live => _bot.Services.GetRequiredService<LiveCatalogue>();
    private int RepositoryCount => _bot.Services.GetRequiredService<HandreikingCatalogue>().Entries.Count;

    [Fact]
    public async Task Catalogus_ForKennismakelaar_ShowsManageCard_ForKlantmanager_Refuses()
    {
        var shown = await SayAsync(TestActivities.Message(_connector.ServiceUrl, "catalogus", fromId: "29:user-k").InChannel(TeamId));
        Assert.Contains(CardText.Of(shown.Body), t => t.StartsWith($"{RepositoryCount} handreikingen actief, 0 ingetrokken", StringComparison.Ordinal));

        var refused = await SayAsync(TestActivities.Message(_connector.ServiceUrl, "catalogus", fromId: "29:user-a").InChannel(TeamId));
        Assert.Contains("Alleen voor kennismakelaars", CardText.Of(refused.Body));
    }

    [Fact]
    public async Task SaveNewEntry_IsSuggestedAfterwards()
    {
        var card = await ExecuteAsync("29:user-k", CurationCards.SaveVerb, NewEntry("Hoe om te gaan met een klant die wil sleutelen in de tandemwerkplaats"));
        Assert.Contains("Opgeslagen", CardText.OfCard(card));

        var reply = await SayAsync(TestActivities.Message(_connector.ServiceUrl, "casus: mijn klant wil vrijwilligerswerk doen in de tandemwerkplaats om te wennen aan werkritme"));
        Assert.Contains("Hoe om te gaan met een klant die wil sleutelen in de tandemwerkplaats", CardText.Of(reply.Body));
        Assert.Contains(CardText.Of(reply.Body), t => t.Contains("eigen gemeente", StringComparison.Ordinal));
        var snapshot = await Live.GetAsync(default);
        Assert.Equal(RepositoryCount + 1, snapshot.Catalogue.Entries.Count);
        var saved = snapshot.Catalogue.Find("tandemwerkplaats")!;
        Assert.True(saved.Local);
        Assert.NotNull(saved.Peildatum);
        Assert.Equal(saved.Peildatum!.Value.AddMonths(12), saved.Review);
    }

    [Fact]
    public async Task SaveInvalidEntry_ShowsProblems_StoresNothing()
    {
        var card = await ExecuteAsync("29:user-k", CurationCards.SaveVerb, NewEntry("Tips voor de tandemwerkplaats"));
        var texts = CardText.OfCard(card);
        Assert.Contains("Niet opgeslagen. Controleer:", texts);
        Assert.Equal(RepositoryCount, (await Live.GetAsync(default)).Catalogue.Entries.Count);
    }

    [Fact]
    public async Task SaveExistingEntry_WithFieldsMissing_KeepsTheStoredValues()
    {
        var before = (await Live.GetAsync(default)).Catalogue.Entries[0];
        // Only the id and a new title: the other inputs are missing (no list of shown inputs either).
        var card = await ExecuteAsync("29:user-k", CurationCards.SaveVerb, new Dictionary<string, string> { ["id"] = before.Id, ["title"] = before.Title + " (bijgewerkt)" });

        Assert.Contains("Opgeslagen", CardText.OfCard(card));
        var after = (await Live.GetAsync(default)).Catalogue.Find(before.Id)!;
        Assert.Equal(before.Title + " (bijgewerkt)", after.Title);
        Assert.Equal((before.OfficialTitle, before.Publisher, before.Url, before.Step, before.Evidence, before.Audience),
            (after.OfficialTitle, after.Publisher, after.Url, after.Step, after.Evidence, after.Audience));
        Assert.Equal(before.Summary, after.Summary);
        Assert.Equal(before.Tags, after.Tags);
    }

    [Fact]
    public async Task Save_ByKlantmanager_IsRefused_StoresNothing()
    {
        var card = await ExecuteAsync("29:user-a", CurationCards.SaveVerb, NewEntry("Hoe om te gaan met een klant in de tandemwerkplaats"));
        Assert.Contains("Alleen voor kennismakelaars", CardText.OfCard(card));
        Assert.Equal(RepositoryCount, (await Live.GetAsync(default)).Catalogue.Entries.Count);
    }

    [Fact]
    public async Task Retire_RemovesEntryFromSuggestionsAndExport()
    {
        var first = (await Live.GetAsync(default)).Catalogue.Entries[0];
        var card = await ExecuteAsync("29:user-k", CurationCards.RetireVerb, new Dictionary<string, string> { [CurationCards.EntryInput] = first.Id });
        Assert.Contains("Ingetrokken", CardText.OfCard(card));

        var snapshot = await Live.GetAsync(default);
        Assert.Null(snapshot.Catalogue.Find(first.Id));
        Assert.Contains(first.Id, snapshot.Retired);
        using var export = JsonDocument.Parse(await Live.ExportAsync(default));
        Assert.Equal(RepositoryCount - 1, export.RootElement.GetArrayLength());
    }

    [Fact]
    public async Task ExportThenImport_RoundTrips_AndInvalidImportWritesNothing()
    {
        var exported = JsonNode.Parse(await Live.ExportAsync(default))!.AsArray();
        Assert.Equal(RepositoryCount, exported.Count);
        var dropped = exported[^1]!["id"]!.GetValue<string>();
        exported.RemoveAt(exported.Count - 1);
        exported[0]!["audience"] = "klantmanagers en werkcoaches";

        var (saved, retired) = await Live.ImportAsync(exported.ToJsonString(), "test", default);
        Assert.Equal((1, 1), (saved, retired));
        var snapshot = await Live.GetAsync(default);
        Assert.Null(snapshot.Catalogue.Find(dropped));
        Assert.Equal("klantmanagers en werkcoaches", snapshot.Catalogue.Entries[0].Audience);

        await Assert.ThrowsAsync<CatalogueValidationException>(() => Live.ImportAsync("[{\"id\":\"kapot\"}]", "test", default));
        Assert.Equal(RepositoryCount - 1, (await Live.GetAsync(default)).Catalogue.Entries.Count);
    }

    [Fact]
    public async Task CatalogueCommand_ExportsJson_AndRejectsUsage()
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        Assert.Equal(0, await CatalogueCommand.RunAsync(["catalogue", "export"], Live, output, error, default));
        using (var doc = JsonDocument.Parse(output.ToString())) Assert.Equal(RepositoryCount, doc.RootElement.GetArrayLength());
        Assert.Equal(2, await CatalogueCommand.RunAsync(["catalogue", "frobnicate"], Live, output, error, default));
        Assert.Equal(2, await CatalogueCommand.RunAsync(["catalogue", "import", "/does/not/exist.json"], Live, output, error, default));
    }

    private static Dictionary<string, string> NewEntry(string title) => new()
    {
        ["id"] = "tandemwerkplaats",
        ["title"] = title,
        ["officialTitle"] = "Tandemwerkplaats (voorbeeld, verzonnen voor deze test)",
        ["publisher"] = "Gemeente",
        ["url"] = "",
        ["summary"] = "Gebruik bij klanten die wennen aan werkritme.\nLaat de klant meesleutelen in de tandemwerkplaats.\nLet op: vrijwilligerswerk is een stap, geen eindpunt.",
        ["tags"] = "activering",
        ["step"] = "3",
        ["evidence"] = "praktijkervaring",
        ["audience"] = "klantmanagers",
    };

    private async Task<JsonElement> ExecuteAsync(string fromId, string verb, Dictionary<string, string> data)
    {
        data["verb"] = verb;
        return await _chat.ExecuteForCardAsync(TestActivities.CardAction(_connector.ServiceUrl, verb, data, fromId: fromId).InChannel(TeamId));
    }

    private Task<RecordedRequest> SayAsync(Dictionary<string, object?> activity) => _chat.SayAsync(activity);
}
