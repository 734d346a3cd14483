using System.Text.Json;
using IntervisieBot.Features.Handreikingen.Domain;
using IntervisieBot.Features.Intervisie.Handlers;
using IntervisieBot.Features.Lessons.Domain;
using IntervisieBot.Features.Lessons.FollowUp.Domain;
using IntervisieBot.Features.Lessons.FollowUp.Storage;
using IntervisieBot.Features.Shared;
using IntervisieBot.Features.Teams.Roles;
using IntervisieBot.Tests.Infrastructure;
using IntervisieBot.Tests.Intervisie.Handlers;
using Microsoft.Extensions.DependencyInjection;

namespace IntervisieBot.Tests.Lessons.FollowUp.Handlers;

/// <summary>The team side of the loop: due team lessons in a round's look back, and the teamleider's aggregate digest.</summary>
public sealed class LessonCheckTeamTests : IAsyncLifetime
{
    private const string Teamleider = "29:user-t";
    private FollowUpHarness _h = null!;

    public async Task InitializeAsync() => _h = await FollowUpHarness.StartAsync();

    public async Task DisposeAsync() => await _h.DisposeAsync();

    [Fact]
    public async Task LookBack_DueTeamLessons_AreReturnedAndShownOnTheRoundStartCard()
    {
        _h.Connector.Members = [TestActivities.Member(FollowUpHarness.Owner, "Deelnemer A"), TestActivities.Member(FollowUpHarness.Other, "Deelnemer B")];
        var due = await _h.SaveLessonAsync("Bij een eerste gesprek eerst vragen wat goed gaat.", inTeam: true, weeks: 2);
        var stopped = await _h.SaveLessonAsync("Niet meteen het hele traject uitleggen.", inTeam: true, weeks: 2);
        await _h.SaveLessonAsync("Een werkgever vooraf bellen over de proefplaatsing.", inTeam: true, weeks: 8);
        await _h.SaveLessonAsync("Mijn eigen les: eerst koffie.", inTeam: false, weeks: 2);
        await _h.Store.UpdateAsync(LessonPartitions.Of(stopped), stopped.Id, l => l with { Check = l.Check with { Stopped = true } }, default);
        _h.Time.Advance(TimeSpan.FromDays(15));

        var source = _h.Bot.Services.GetRequiredService<IRoundLookBackSource>();
        Assert.IsType<LessonCheckLookBack>(source);
        var scope = new TeamScope(TestActivities.TenantId, FollowUpHarness.Team, FollowUpHarness.Team);
        var items = await source.GetDueLessonsAsync(TestActivities.TenantId, scope.PartitionKey, default);
        Assert.Equal([due.Text], items.Select(i => i.Text).ToArray());
        var hashed = await source.GetDueLessonsAsync(TestActivities.TenantId, IntervisieBot.Storage.TableKeys.Encode("h-" + scope.PartitionKey), default);
        Assert.Empty(hashed);                                              // an unknown hashed team finds nothing

        var team = new RoundTeam(_h.Bot, _h.Connector, FollowUpHarness.Team);
        var (roundId, cardId) = await team.OpenAsync(FollowUpHarness.Other);
        await team.OptInAsync(roundId, FollowUpHarness.Owner, cardId);
        await team.OptInAsync(roundId, FollowUpHarness.Other, cardId);
        var start = RoundTeam.StartData(FollowUpHarness.Owner, FollowUpHarness.Other);
        start[IntervisieBot.Features.Intervisie.Cards.RoundVerbs.RoundIdData] = roundId;
        var card = await team.ClickAsync(IntervisieBot.Features.Intervisie.Cards.RoundVerbs.Start, start, FollowUpHarness.Other, replyToId: cardId);

        var text = string.Join(" | ", CardText.OfCard(card));
        Assert.Contains("Terugblik: lessen om na te gaan", text, StringComparison.Ordinal);
        Assert.Contains(due.Text, text, StringComparison.Ordinal);
        Assert.DoesNotContain(stopped.Text, text, StringComparison.Ordinal);
        Assert.DoesNotContain("proefplaatsing", text, StringComparison.Ordinal);
        Assert.DoesNotContain("koffie", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TeamOverzicht_Teamleider_GetsAggregatesWithCountsBelowThreeHidden()
    {
        var scope = new TeamScope(TestActivities.TenantId, FollowUpHarness.Team, FollowUpHarness.Team);
        await _h.Bot.Services.GetRequiredService<RoleStore>().EnsureFirstTeamleiderAsync(scope, FollowUpHarness.Aad(Teamleider), default);
        var now = _h.Time.GetUtcNow();
        await SeedAsync(now.AddDays(-10), ["schulden", "taal"], [Answer(now, 4), Answer(now, 5)]);
        await SeedAsync(now.AddDays(-20), ["schulden"], [Answer(now, 2), new LessonHistoryEntry(now, LessonHistoryKinds.NoAnswer)]);
        await SeedAsync(now.AddDays(-30), ["schulden", "gespreksvoering"], [Answer(now, 4)]);
        await SeedAsync(now.AddDays(-40), ["taal"], []);
        await SeedAsync(now.AddDays(-200), ["schulden"], []);
        await SeedAsync(now.AddDays(-5), ["schulden", "taal"], [Answer(now, 5)], personal: true);   // not the team's

        var reply = await SayInTeamAsync("team overzicht", Teamleider);

        var facts = Facts(reply.Body!.Value);
        Assert.Equal("4", facts["Lessen vastgelegd (laatste 90 dagen)"]);
        Assert.Equal("5", facts["Lessen vastgelegd (totaal)"]);
        Assert.Equal("7", facts["Terugblikken gevraagd"]);                        // 4 answered + 1 geen antwoord + 2 due and open
        Assert.Equal("4", facts["Terugblikken beantwoord"]);
        Assert.Equal("75% van de antwoorden", facts["Toegepast 'vaak' of 'altijd'"]);
        Assert.Equal("minder dan 3", facts["Terugblikken zonder antwoord"]);
        Assert.Equal("4", facts["Schulden"]);
        Assert.False(facts.ContainsKey("Taal en laaggeletterdheid") || facts.ContainsKey("Taal"), "a tag below 3 is hidden");
        var raw = FollowUpHarness.CardOf(reply).GetRawText();                  // the card: no lesson texts, notes or names
        Assert.DoesNotContain("Les nummer", raw, StringComparison.Ordinal);
        Assert.DoesNotContain("Werkte", raw, StringComparison.Ordinal);
        Assert.DoesNotContain("Klantmanager", raw, StringComparison.Ordinal);
        Assert.DoesNotContain(FollowUpHarness.Aad(FollowUpHarness.Owner), raw, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TeamOverzicht_SmallTeam_HidesEveryCountOfOneOrTwoAndTheShare()
    {
        var scope = new TeamScope(TestActivities.TenantId, FollowUpHarness.Team, FollowUpHarness.Team);
        await _h.Bot.Services.GetRequiredService<RoleStore>().EnsureFirstTeamleiderAsync(scope, FollowUpHarness.Aad(Teamleider), default);
        var now = _h.Time.GetUtcNow();
        await SeedAsync(now.AddDays(-3), ["schulden"], [Answer(now, 5), Answer(now, 4)]);
        await SeedAsync(now.AddDays(-4), ["schulden"], []);

        var facts = Facts((await SayInTeamAsync("team overzicht", Teamleider)).Body!.Value);

        Assert.Equal("nog geen", facts["Terugblikken zonder antwoord"]);           // 0 exposes nobody
        Assert.All(facts.Where(f => f.Key != "Terugblikken zonder antwoord").Select(f => f.Value), v => Assert.Equal("minder dan 3", v));
        Assert.Contains("Nog geen thema met 3 of meer lessen.", CardText.Of((await SayInTeamAsync("team overzicht", Teamleider)).Body));
    }

    [Theory]
    [InlineData("29:user-a", true)]
    [InlineData(Teamleider, false)]
    public async Task TeamOverzicht_NotTeamleiderOrNotInTeam_IsRefused(string fromId, bool inTeam)
    {
        var scope = new TeamScope(TestActivities.TenantId, FollowUpHarness.Team, FollowUpHarness.Team);
        await _h.Bot.Services.GetRequiredService<RoleStore>().EnsureFirstTeamleiderAsync(scope, FollowUpHarness.Aad(Teamleider), default);
        await SeedAsync(_h.Time.GetUtcNow(), ["schulden"], []);

        var activity = TestActivities.Message(_h.Connector.ServiceUrl, "team overzicht", fromId: fromId);
        if (inTeam) activity.InChannel(FollowUpHarness.Team);
        Assert.Equal(System.Net.HttpStatusCode.OK, (await _h.Bot.PostActivityAsync(activity)).StatusCode);
        var reply = (await _h.Connector.WaitForRequestsAsync(r => LessonsHarness.IsReplyTo(r, activity), 1, BotConversation.ReplyTimeout))[0];

        var texts = CardText.Of(reply.Body);
        Assert.Contains(inTeam ? "Alleen voor teamleiders" : "Vraag dit in het teamkanaal", texts);
        Assert.DoesNotContain("Teamoverzicht lessen", texts);
    }

    [Fact]
    public async Task Help_ListsTeamOverzicht_ForTheTeamleiderOnly()
    {
        var scope = new TeamScope(TestActivities.TenantId, FollowUpHarness.Team, FollowUpHarness.Team);
        await _h.Bot.Services.GetRequiredService<RoleStore>().EnsureFirstTeamleiderAsync(scope, FollowUpHarness.Aad(Teamleider), default);

        var forTeamleider = await SayInTeamAsync("help", Teamleider);
        var forMember = await SayInTeamAsync("help", FollowUpHarness.Owner);

        Assert.Contains(CardText.Of(forTeamleider.Body), t => t.Contains("team overzicht", StringComparison.Ordinal));
        Assert.DoesNotContain(CardText.Of(forMember.Body), t => t.Contains("team overzicht", StringComparison.Ordinal));
    }

    private static LessonHistoryEntry Answer(DateTimeOffset at, int score) => new(at, LessonHistoryKinds.FollowUp, "Werkte prima.", score, LessonCheckOutcomes.Keep);

    private int _seeded;

    private async Task SeedAsync(DateTimeOffset created, string[] tags, LessonHistoryEntry[] history, bool personal = false)
    {
        _seeded++;
        await _h.Store.AddAsync(new Lesson
        {
            Id = LessonPartitions.NewId(created),
            Scope = personal ? LessonScopeKind.Personal : LessonScopeKind.Team,
            TenantId = TestActivities.TenantId,
            TeamKey = FollowUpHarness.Team,
            OwnerKey = FollowUpHarness.Aad(FollowUpHarness.Owner),
            OwnerUserId = FollowUpHarness.Owner,
            Text = "Les nummer " + _seeded,
            Tags = tags,
            Type = LessonTypes.Uitproberen,
            Evidence = EvidenceLevels.Praktijkervaring,
            Visibility = personal ? LessonVisibility.AlleenIk : LessonVisibility.MijnTeam,
            Created = created,
            Updated = created,
            CheckDate = created.AddDays(28),
            History = [new LessonHistoryEntry(created, LessonHistoryKinds.Created), .. history],
            Check = new LessonCheckState { Round = 1, ClosedRound = history.Length > 0 ? 1 : 0 },
        }, default);
    }

    private async Task<RecordedRequest> SayInTeamAsync(string text, string fromId)
    {
        var activity = TestActivities.Message(_h.Connector.ServiceUrl, "<at>IntervisieBot</at> " + text, fromId: fromId).InChannel(FollowUpHarness.Team);
        Assert.Equal(System.Net.HttpStatusCode.OK, (await _h.Bot.PostActivityAsync(activity)).StatusCode);
        return (await _h.Connector.WaitForRequestsAsync(r => LessonsHarness.IsReplyTo(r, activity), 1, BotConversation.ReplyTimeout))[0];
    }

    private static Dictionary<string, string> Facts(JsonElement activity)
    {
        var facts = new Dictionary<string, string>(StringComparer.Ordinal);
        void Walk(JsonElement e)
        {
            if (e.ValueKind == JsonValueKind.Object)
            {
                if (e.TryGetProperty("type", out var t) && t.GetString() == "FactSet")
                    foreach (var f in e.GetProperty("facts").EnumerateArray()) facts[f.GetProperty("title").GetString()!] = f.GetProperty("value").GetString()!;
                foreach (var p in e.EnumerateObject()) Walk(p.Value);
            }
            else if (e.ValueKind == JsonValueKind.Array)
            {
                foreach (var i in e.EnumerateArray()) Walk(i);
            }
        }
        Walk(activity);
        return facts;
    }
}
