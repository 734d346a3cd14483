using IntervisieBot.Features.Lessons.Cards;
using IntervisieBot.Features.Lessons.Domain;
using IntervisieBot.Features.Lessons.Handlers;
using IntervisieBot.Protocol.Turns;
using IntervisieBot.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace IntervisieBot.Tests.Lessons.Handlers;

/// <summary>Team isolation of the list and of ids in card data, and <c>lessons.new</c> with a registered prefill source.</summary>
public sealed class LessonIsolationAndPrefillTests : IAsyncLifetime
{
    private LessonsHarness _h = null!;

    public async Task InitializeAsync() =>
        _h = await LessonsHarness.StartAsync(services: s => s.AddSingleton<ILessonPrefillSource, TestPrefillSource>());

    public async Task DisposeAsync() => await _h.DisposeAsync();

    private async Task<Lesson> SeedAsync(string text, string fromId, string team, string visibility = LessonVisibility.MijnTeam)
    {
        await _h.ExecuteAsync(LessonFormCard.SaveVerb, LessonsMessagingExtensionTests.Card(text, "motivatie", visibility), fromId, team);
        var all = visibility == LessonVisibility.MijnTeam ? await _h.TeamLessonsAsync(team) : await _h.PersonalLessonsAsync(fromId);
        return all.Single(l => l.Text == text);
    }

    [Fact]
    public async Task List_InTeamA_ShowsOnlyTeamAsSharedLessons()
    {
        await SeedAsync("Noord deelt: kleine doelen motiveren.", "29:user-a", LessonsHarness.TeamNoord);
        await SeedAsync("Noord privé: ik vergeet te vragen naar hobby's.", "29:user-a", LessonsHarness.TeamNoord, LessonVisibility.AlleenIk);
        await SeedAsync("Zuid deelt: complimenten werken.", "29:user-z", LessonsHarness.TeamZuid);

        var reply = await _h.SayAsync("<at>IntervisieBot</at> lessen", "29:user-b", LessonsHarness.TeamNoord);

        var texts = CardText.Of(reply.Body);
        Assert.Contains("Noord deelt: kleine doelen motiveren.", texts);
        Assert.DoesNotContain("Noord privé: ik vergeet te vragen naar hobby's.", texts);
        Assert.DoesNotContain("Zuid deelt: complimenten werken.", texts);
    }

    [Fact]
    public async Task List_Filter_ReRendersWithOnlyMatchingLessons()
    {
        await SeedAsync("Motivatie: kleine doelen.", "29:user-a", LessonsHarness.TeamNoord);
        await _h.ExecuteAsync(LessonFormCard.SaveVerb, LessonsMessagingExtensionTests.Card("Schulden: post openen.", "schulden"), "29:user-a", LessonsHarness.TeamNoord);

        var card = await _h.ExecuteAsync(LessonListCard.ListVerb, new Dictionary<string, string> { [LessonListCard.FilterTagInput] = "schulden", [LessonListCard.FilterTypeInput] = "" }, "29:user-b", LessonsHarness.TeamNoord);

        var texts = CardText.OfCard(card);
        Assert.Contains("Schulden: post openen.", texts);
        Assert.DoesNotContain("Motivatie: kleine doelen.", texts);
    }

    [Fact]
    public async Task Open_LessonOfAnotherTeam_IsNotFound()
    {
        var zuid = await SeedAsync("Zuid deelt: complimenten werken.", "29:user-z", LessonsHarness.TeamZuid);

        var card = await _h.ExecuteAsync(LessonCard.OpenVerb, new Dictionary<string, string> { [LessonFormCard.LessonIdData] = zuid.Id }, "29:user-a", LessonsHarness.TeamNoord);

        Assert.Contains("Les niet gevonden", CardText.OfCard(card));
        Assert.DoesNotContain("Zuid deelt: complimenten werken.", CardText.OfCard(card));
    }

    [Fact]
    public async Task Open_OwnTeamLesson_ShowsItsHistory()
    {
        var noord = await SeedAsync("Noord deelt: kleine doelen motiveren.", "29:user-a", LessonsHarness.TeamNoord);

        var card = await _h.ExecuteAsync(LessonCard.OpenVerb, new Dictionary<string, string> { [LessonFormCard.LessonIdData] = noord.Id }, "29:user-b", LessonsHarness.TeamNoord);

        var texts = CardText.OfCard(card);
        Assert.Contains("Noord deelt: kleine doelen motiveren.", texts);
        Assert.Contains("Geschiedenis", texts);
        Assert.Contains(texts, t => t.Contains(": vastgelegd", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData(LessonCard.EditVerb)]
    [InlineData(LessonFormCard.SaveVerb)]
    public async Task ForgedIdOfAnotherTeamsLesson_IsRefusedAndUnchanged(string verb)
    {
        var zuid = await SeedAsync("Zuid deelt: complimenten werken.", "29:user-z", LessonsHarness.TeamZuid);
        var data = LessonsMessagingExtensionTests.Card("Overschreven door Noord.");
        data[LessonFormCard.LessonIdData] = zuid.Id;

        var card = await _h.ExecuteAsync(verb, data, "29:user-z", LessonsHarness.TeamNoord); // even the author, from another team

        Assert.Contains("Les niet gevonden", CardText.OfCard(card));
        var after = Assert.Single(await _h.TeamLessonsAsync(LessonsHarness.TeamZuid));
        Assert.Equal("Zuid deelt: complimenten werken.", after.Text);
        Assert.Empty(await _h.TeamLessonsAsync(LessonsHarness.TeamNoord));
    }

    [Fact]
    public async Task PersonalLesson_OpenedViaSubmitFallbackInChannel_IsNotPostedToTheChannel()
    {
        var mine = await SeedAsync("Privé: ik plan lastige gesprekken 's ochtends.", "29:user-a", LessonsHarness.TeamNoord, LessonVisibility.AlleenIk);
        var activity = TestActivities.Message(_h.Connector.ServiceUrl, "", fromId: "29:user-a",
            value: new Dictionary<string, string> { ["verb"] = LessonCard.OpenVerb, [LessonFormCard.LessonIdData] = mine.Id }).InChannel(LessonsHarness.TeamNoord);

        await _h.Bot.PostActivityAsync(activity);

        var sent = (await _h.Connector.WaitForRequestsAsync(r => r.Method is "POST" or "PUT", 1, LessonsHarness.Wait))[0];
        Assert.DoesNotContain("Privé: ik plan lastige gesprekken", sent.Body!.Value.GetRawText(), StringComparison.Ordinal);
        Assert.Contains("Les niet gevonden", CardText.Of(sent.Body));
    }

    [Fact]
    public async Task NewLesson_WithPrefillSource_SendsAPrefilledLessonCard()
    {
        var answer = await _h.ExecuteAsync(LessonListCard.NewVerb,
            new Dictionary<string, string> { [LessonFormCard.SourceKindData] = TestPrefillSource.Kind, [LessonFormCard.SourceIdData] = "round-42" }, team: LessonsHarness.TeamNoord);

        Assert.Equal(JsonValueKindString, answer.ValueKind);
        var sent = (await _h.Connector.WaitForRequestsAsync(r => r.Operation == "Send", 1, LessonsHarness.Wait))[0];
        var raw = sent.Body!.Value.GetRawText();
        Assert.Contains("Eerst vragen wat de klant zelf wil.", raw, StringComparison.Ordinal);
        Assert.Contains("Volgende casus open vragen voorbereiden.", raw, StringComparison.Ordinal);
        Assert.Contains("\"sourceId\":\"round-42\"", raw, StringComparison.Ordinal);
        Assert.Contains("Vooraf ingevuld uit de intervisieronde.", CardText.Of(sent.Body));
    }

    [Fact]
    public async Task NewLesson_PrefillSourceRefuses_SendsAnEmptyCard()
    {
        await _h.ExecuteAsync(LessonListCard.NewVerb,
            new Dictionary<string, string> { [LessonFormCard.SourceKindData] = TestPrefillSource.Kind, [LessonFormCard.SourceIdData] = "not-yours" }, team: LessonsHarness.TeamNoord);

        var sent = (await _h.Connector.WaitForRequestsAsync(r => r.Operation == "Send", 1, LessonsHarness.Wait))[0];
        Assert.DoesNotContain("sourceId", sent.Body!.Value.GetRawText(), StringComparison.Ordinal);
        Assert.Contains("Nieuwe les", CardText.Of(sent.Body));
    }

    private const System.Text.Json.JsonValueKind JsonValueKindString = System.Text.Json.JsonValueKind.String;

    /// <summary>A prefill source like the intervisie round's: answers only for its own round id and this team.</summary>
    private sealed class TestPrefillSource : ILessonPrefillSource
    {
        public const string Kind = "intervisie";

        public string SourceKind => Kind;

        public Task<LessonPrefill?> GetPrefillAsync(TurnContext turn, string sourceId, CancellationToken cancellationToken) =>
            Task.FromResult(sourceId == "round-42" && turn.Activity.TeamId == LessonsHarness.TeamNoord
                ? new LessonPrefill("Eerst vragen wat de klant zelf wil.", "Volgende casus open vragen voorbereiden.", ["motivatie", "gespreksvoering"], Kind, sourceId)
                : null);
    }
}
