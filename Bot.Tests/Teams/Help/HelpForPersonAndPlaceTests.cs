using System.Text.Json;
using IntervisieBot.Cards;
using IntervisieBot.Features.Handreikingen.Cards;
using IntervisieBot.Features.Shared;
using IntervisieBot.Features.Teams.Help;
using IntervisieBot.Features.Teams.Roles;
using IntervisieBot.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace IntervisieBot.Tests.Teams.Help;

/// <summary>
/// Help and welcome that fit the person and the place, buttons that run a command, and "Bedoel je hulp?" for a typo:
/// through /api/messages with Azurite and the loopback connector.
/// </summary>
public sealed class HelpForPersonAndPlaceTests : IAsyncLifetime
{
    private const string Team = "19:team-noord@thread.tacv2";
    private const string Teamleider = "29:user-t";
    private const string Member = "29:user-m";
    private BotConversation _chat = null!;

    public async Task InitializeAsync()
    {
        _chat = await BotConversation.StartAsync();
        var scope = new TeamScope(TestActivities.TenantId, Team, Team);
        await _chat.Services.GetRequiredService<RoleStore>().EnsureFirstTeamleiderAsync(scope, TestActivities.AadFor(Teamleider), default);
    }

    public async Task DisposeAsync() => await _chat.DisposeAsync();

    [Theory]
    [InlineData("hlup", "hulp")]
    [InlineData("lesen", "lessen")]
    [InlineData("start intervsie", "start intervisie")]
    [InlineData("Start Intervsie", "start intervisie")]
    [InlineData("rolen", "rollen")]
    [InlineData("hulp", null)]               // a command itself is no typo
    [InlineData("xyzzy", null)]              // nothing close
    [InlineData("mijn klant is boos", null)] // ordinary words are not forced into a command
    [InlineData("", null)]
    public void Closest_SuggestsOnlyANearCommandWithTheSameWordCount(string typed, string? expected)
    {
        string[] phrases = ["hulp", "help", "?", "les", "lessen", "lessons", "start intervisie", "rollen", "roles", "mijn gegevens"];
        Assert.Equal(expected, CommandSuggestion.Closest(typed, phrases));
    }

    [Theory]
    [InlineData("hulp", "hlup", 1)]
    [InlineData("hulp", "hulp", 0)]
    [InlineData("lessen", "lesen", 1)]
    [InlineData("abc", "", 3)]
    public void Distance_CountsSwapsAsOneEdit(string a, string b, int expected) => Assert.Equal(expected, CommandSuggestion.Distance(a, b));

    [Fact]
    public async Task Help_InPersonalChat_ForAMember_PutsWhatWorksHereFirst_WithoutRoleCommands()
    {
        var reply = await _chat.SayAsync(TestActivities.Message(_chat.ServiceUrl, "hulp", fromId: Member));
        var texts = CardText.Of(reply.Body).ToList();

        Assert.Contains("Dit kun je hier, in ons gesprek, doen. Typ een opdracht of kies een knop.", texts);
        var les = texts.IndexOf("les");
        var elsewhere = texts.IndexOf("In een teamkanaal of groepschat (noem mij: @IntervisieBot)");
        var start = texts.IndexOf("start intervisie");
        Assert.True(les >= 0 && elsewhere > les && start > elsewhere, string.Join(" | ", texts));
        Assert.Contains("casus", texts);
        Assert.DoesNotContain(texts, t => t is "rollen" or "plan intervisie" or "catalogus" or "team overzicht" or "Als teamleider");

        var card = Card(reply.Body);
        Assert.Contains(("les", "les"), RunButtons(card));
        Assert.DoesNotContain(RunButtons(card), b => b.Command == "start intervisie");   // does not work here
        Assert.True(HasInput(card, CasusCards.CasusInput), "the casus field");
        Assert.Contains(Verbs(card), v => v == CasusCards.SuggestVerb);
    }

    [Fact]
    public async Task Help_InTheTeam_ShowsTeamleiderCommands_OnlyToTheTeamleider()
    {
        var member = await _chat.SayAsync(TestActivities.Message(_chat.ServiceUrl, "<at>IntervisieBot</at> hulp", fromId: Member).InChannel(Team));
        var leader = await _chat.SayAsync(TestActivities.Message(_chat.ServiceUrl, "<at>IntervisieBot</at> hulp", fromId: Teamleider).InChannel(Team));
        var memberTexts = CardText.Of(member.Body);
        var leaderTexts = CardText.Of(leader.Body).ToList();

        Assert.Contains("start intervisie", memberTexts);
        Assert.DoesNotContain(memberTexts, t => t is "rollen" or "plan intervisie" or "Als teamleider");
        Assert.Contains(("start intervisie", "start intervisie"), RunButtons(Card(member.Body)));

        var heading = leaderTexts.IndexOf("Als teamleider");
        Assert.True(heading > leaderTexts.IndexOf("start intervisie") && leaderTexts.IndexOf("rollen") > heading, string.Join(" | ", leaderTexts));
        Assert.Contains("plan intervisie", leaderTexts);
        Assert.DoesNotContain("Als kennismakelaar", leaderTexts);
    }

    [Fact]
    public async Task Welcome_InPersonalChat_OffersLesAndCasus_NotTeamCommands()
    {
        await _chat.Bot.PostActivityAsync(TestActivities.InstallationAdd(_chat.ServiceUrl, conversationId: "a:personal-welcome"));
        var sent = await _chat.Connector.WaitForRequestsAsync(r => r.ConversationId == "a:personal-welcome", 1, BotConversation.ReplyTimeout);
        var texts = CardText.Of(sent[0].Body);

        Assert.Contains("les", texts);
        Assert.Contains("casus", texts);
        Assert.DoesNotContain(texts, t => t is "start intervisie" or "plan intervisie" or "reeks status" or "afwezig <datum>");
        var buttons = RunButtons(Card(sent[0].Body));
        Assert.Contains(("les", "les"), buttons);
        Assert.Contains(("Wat kan ik?", "hulp"), buttons);
    }

    [Fact]
    public async Task HelpCards_UseNoImBack_WhichThePlaygroundCannotHandle()
    {
        var help = await _chat.SayAsync(TestActivities.Message(_chat.ServiceUrl, "hulp"));
        var unknown = await _chat.SayAsync(TestActivities.Message(_chat.ServiceUrl, "hlup"));
        Assert.DoesNotContain("imBack", help.Body!.Value.GetRawText(), StringComparison.Ordinal);
        Assert.DoesNotContain("imBack", unknown.Body!.Value.GetRawText(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task RunButton_RunsTheCommand_AsIfTyped()
    {
        var (status, body) = await _chat.InvokeAsync(TestActivities.CardAction(_chat.ServiceUrl, CardActions.RunCommandVerb, new { command = "les" }, fromId: Member));

        Assert.Equal(System.Net.HttpStatusCode.OK, status);
        Assert.Equal("Mijn antwoord staat hieronder.", body.GetProperty("value").GetString());
        var form = await _chat.Connector.WaitForRequestsAsync(r => r.Method == "POST" && CardText.Of(r.Body).Contains("Nieuwe les"), 1, BotConversation.ReplyTimeout);
        Assert.Single(form);
    }

    [Theory]
    [InlineData("casus: mijn klant heeft schulden")]   // arguments are never run from a button
    [InlineData("rm -rf")]
    [InlineData("")]
    public async Task RunButton_WithAnythingButAPlainCommand_GetsTheFriendlyHint(string command)
    {
        var card = await _chat.ExecuteForCardAsync(TestActivities.CardAction(_chat.ServiceUrl, CardActions.RunCommandVerb, new { command }, fromId: Member));
        Assert.Contains("Dat herken ik niet", CardText.OfCard(card));
        Assert.DoesNotContain(CardText.OfCard(card), t => t.Contains("schulden", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("hlup", "hulp")]
    [InlineData("lesen", "lessen")]
    [InlineData("<at>IntervisieBot</at> start intervsie", "start intervisie")]
    public async Task Typo_GetsTheClosestCommand_WithAButtonThatRunsIt(string typed, string command)
    {
        var reply = await _chat.SayAsync(TestActivities.Message(_chat.ServiceUrl, typed, fromId: Member));

        Assert.Contains($"Bedoel je **{command}**?", CardText.Of(reply.Body));
        Assert.Contains((command, command), RunButtons(Card(reply.Body)));
    }

    [Fact]
    public async Task OnlyForKennismakelaars_NamesTheTeamsTeamleiders()
    {
        _chat.Connector.Members = [TestActivities.Member(Member, "Klantmanager M"), TestActivities.Member(Teamleider, "Teamleider T")];

        var overview = await _chat.SayAsync(TestActivities.Message(_chat.ServiceUrl, "<at>IntervisieBot</at> handreikingen overzicht", fromId: Member).InChannel(Team));
        var catalogue = await _chat.SayAsync(TestActivities.Message(_chat.ServiceUrl, "<at>IntervisieBot</at> catalogus", fromId: Member).InChannel(Team));

        Assert.Contains(CardText.Of(overview.Body), t => t.EndsWith("De teamleider hier is Teamleider T.", StringComparison.Ordinal));
        Assert.Contains(CardText.Of(catalogue.Body), t => t.EndsWith("De teamleider hier is Teamleider T.", StringComparison.Ordinal));
    }

    [Fact]
    public async Task OnlyForKennismakelaars_InATeamWithoutTeamleider_SaysSo()
    {
        _chat.Connector.Members = [TestActivities.Member(Member, "Klantmanager M")];

        var overview = await _chat.SayAsync(TestActivities.Message(_chat.ServiceUrl, "<at>IntervisieBot</at> handreikingen overzicht", fromId: Member)
            .InChannel("19:team-zonder-leider@thread.tacv2"));

        Assert.Contains(CardText.Of(overview.Body), t => t.Contains("Dit team heeft nog geen teamleider.", StringComparison.Ordinal));
    }

    private static JsonElement Card(JsonElement? activity) => activity!.Value.GetProperty("attachments")[0].GetProperty("content");

    /// <summary>(button title, command) of every "run this command" button in the card, wherever it sits.</summary>
    private static List<(string Title, string Command)> RunButtons(JsonElement card) =>
        [.. Actions(card).Where(a => a.TryGetProperty("verb", out var v) && v.GetString() == CardActions.RunCommandVerb)
            .Select(a => (a.GetProperty("title").GetString()!, a.GetProperty("data").GetProperty("command").GetString()!))];

    private static IEnumerable<string> Verbs(JsonElement card) =>
        Actions(card).Where(a => a.TryGetProperty("verb", out _)).Select(a => a.GetProperty("verb").GetString()!);

    private static bool HasInput(JsonElement card, string id) =>
        card.GetProperty("body").EnumerateArray().Any(e => e.TryGetProperty("id", out var v) && v.GetString() == id && e.GetProperty("type").GetString() == "Input.Text");

    private static IEnumerable<JsonElement> Actions(JsonElement element)
    {
        if (element.ValueKind == JsonValueKind.Object)
        {
            if (element.TryGetProperty("type", out var type) && type.GetString() == "Action.Execute") yield return element;
            foreach (var property in element.EnumerateObject())
                foreach (var found in Actions(property.Value)) yield return found;
        }
        else if (element.ValueKind == JsonValueKind.Array)
        {
            foreach (var item in element.EnumerateArray())
                foreach (var found in Actions(item)) yield return found;
        }
    }
}
