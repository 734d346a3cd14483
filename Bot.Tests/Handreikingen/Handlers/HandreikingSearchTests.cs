using System.Net;
using System.Text.Json;
using IntervisieBot.Features.Handreikingen.Cards;
using IntervisieBot.Features.Handreikingen.Domain;
using IntervisieBot.Tests.Infrastructure;

namespace IntervisieBot.Tests.Handreikingen.Handlers;

/// <summary>
/// Issue 19.12 against the real bot: the catalogue card and the lesson card carry <c>choices.data</c> (Data.Query, dataset
/// <c>handreikingen</c>), and the <c>application/search</c> invoke Teams sends as the user types is answered with a search
/// response; bad input gets a 400, never a 500.
/// </summary>
public sealed class HandreikingSearchTests : IAsyncLifetime
{
    private const string TeamId = "19:team-zoek@thread.tacv2";
    private BotConversation _chat = null!;

    public async Task InitializeAsync() =>
        _chat = await BotConversation.StartAsync(new Dictionary<string, string?> { ["Roles:Kennismakelaars:0"] = TestActivities.AadFor("29:user-k") });

    public async Task DisposeAsync() => await _chat.DisposeAsync();

    [Fact]
    public async Task Cards_CatalogueAndLesson_PickHandreikingenWithTypeaheadAndShortGroupedTitles()
    {
        var catalogue = await _chat.SayAsync(TestActivities.Message(_chat.ServiceUrl, "catalogus", fromId: "29:user-k").InChannel(TeamId));
        var lesson = await _chat.SayAsync(TestActivities.Message(_chat.ServiceUrl, "les", fromId: "29:user-k").InChannel(TeamId));

        foreach (var (reply, input) in new[] { (catalogue, CurationCards.EntryInput), (lesson, IntervisieBot.Features.Lessons.Cards.LessonFormCard.HandreikingenInput) })
        {
            var set = FindInput(reply.Body!.Value, input);
            Assert.Equal("Data.Query", set.GetProperty("choices.data").GetProperty("type").GetString());
            Assert.Equal(HandreikingPicker.Dataset, set.GetProperty("choices.data").GetProperty("dataset").GetString());
            Assert.Equal("filtered", set.GetProperty("style").GetString());
            var titles = set.GetProperty("choices").EnumerateArray().Select(c => c.GetProperty("title").GetString()!).ToList();
            Assert.Contains("Schulden · Beslag op de uitkering en een deurwaarder", titles);
            Assert.DoesNotContain(titles, t => t.StartsWith("Hoe om te gaan met", StringComparison.Ordinal));
        }
    }

    [Fact]
    public async Task Search_AsTeamsSendsIt_AnswersWithASearchResponse()
    {
        var (status, body) = await SearchAsync(new { queryText = "deurwaarder", queryOptions = new { skip = 0, top = 15 }, dataset = "handreikingen" });

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal("application/vnd.microsoft.search.searchResponse", body.GetProperty("type").GetString());
        var results = body.GetProperty("value").GetProperty("results").EnumerateArray().ToList();
        Assert.Contains(results, r => r.GetProperty("title").GetString() == "Schulden · Beslag op de uitkering en een deurwaarder");
        Assert.All(results, r => Assert.False(string.IsNullOrEmpty(r.GetProperty("value").GetString())));
    }

    [Fact]
    public async Task Search_OtherDataset_IsAnEmptyList()
    {
        var (status, body) = await SearchAsync(new { queryText = "deurwaarder", dataset = "npm" });

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Empty(body.GetProperty("value").GetProperty("results").EnumerateArray());
    }

    [Theory]
    [InlineData("\"deurwaarder\"")]
    [InlineData("{\"queryText\":\"LONG\",\"dataset\":\"handreikingen\"}")]
    public async Task Search_BadValue_Is400NotAServerError(string valueJson)
    {
        var value = JsonSerializer.Deserialize<JsonElement>(valueJson.Replace("LONG", new string('a', 500), StringComparison.Ordinal));

        var (status, body) = await SearchAsync(value);

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Equal("application/vnd.microsoft.error", body.GetProperty("type").GetString());
    }

    /// <summary>The invoke response's status and body (the bot answers the HTTP request with the invoke response itself).</summary>
    private async Task<(HttpStatusCode Status, JsonElement Body)> SearchAsync(object value)
    {
        var activity = TestActivities.Invoke(_chat.ServiceUrl, "application/search", value, fromId: "29:user-k").InChannel(TeamId);
        return await _chat.InvokeAsync(activity);
    }

    private static JsonElement FindInput(JsonElement activity, string id)
    {
        JsonElement? found = null;
        void Walk(JsonElement e)
        {
            if (found is not null) return;
            if (e.ValueKind == JsonValueKind.Object)
            {
                if (e.TryGetProperty("id", out var i) && i.GetString() == id && e.TryGetProperty("type", out var t) && t.GetString() == "Input.ChoiceSet") { found = e; return; }
                foreach (var p in e.EnumerateObject()) Walk(p.Value);
            }
            else if (e.ValueKind == JsonValueKind.Array) foreach (var x in e.EnumerateArray()) Walk(x);
        }
        Walk(activity);
        return found ?? throw new Xunit.Sdk.XunitException($"No Input.ChoiceSet '{id}' in the reply.");
    }
}
