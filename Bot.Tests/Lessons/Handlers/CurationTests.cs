using System.Text.Json;
using IntervisieBot.Features.Handreikingen.Storage;
using IntervisieBot.Features.Lessons.Cards;
using IntervisieBot.Features.Lessons.Domain;
using IntervisieBot.Features.Shared;
using IntervisieBot.Features.Teams.Roles;
using IntervisieBot.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace IntervisieBot.Tests.Lessons.Handlers;

/// <summary>Curation through /api/messages with Azurite: state transitions, permissions, per-team queues, author notification.</summary>
public sealed class CurationTests : IAsyncLifetime
{
    private const string Author = "29:user-a";
    private const string Colleague = "29:user-b";
    private const string Kennismakelaar = "29:user-k";
    private const string KennismakelaarZuid = "29:user-kz";
    private LessonsHarness _h = null!;

    public async Task InitializeAsync()
    {
        _h = await LessonsHarness.StartAsync();
        var roles = _h.Bot.Services.GetRequiredService<RoleStore>();
        await roles.ReplaceAsync(Scope(LessonsHarness.TeamNoord), new Dictionary<string, TeamRole> { [Aad(Kennismakelaar)] = TeamRole.Kennismakelaar }, "test", default);
        await roles.ReplaceAsync(Scope(LessonsHarness.TeamZuid), new Dictionary<string, TeamRole> { [Aad(KennismakelaarZuid)] = TeamRole.Kennismakelaar }, "test", default);
    }

    public async Task DisposeAsync() => await _h.DisposeAsync();

    private static TeamScope Scope(string team) => new(TestActivities.TenantId, team, team);

    private static string Aad(string user) => LessonsHarness.Aad(user);

    private static Dictionary<string, string> Id(Lesson lesson, params (string Key, string Value)[] more)
    {
        var data = new Dictionary<string, string> { [LessonFormCard.LessonIdData] = lesson.Id };
        foreach (var (key, value) in more) data[key] = value;
        return data;
    }

    private async Task<Lesson> ProposedLessonAsync(string text = "Bij schulden eerst samen de post openen.", bool named = false, string team = LessonsHarness.TeamNoord)
    {
        await _h.ExecuteAsync(LessonFormCard.SaveVerb, LessonsMessagingExtensionTests.Card(text, "schulden"), Author, team);
        var lesson = (await _h.TeamLessonsAsync(team)).Single(l => l.Text == text);
        var card = await _h.ExecuteAsync(LessonCard.ProposeVerb, Id(lesson, (LessonCard.AuthorNamedInput, named ? "true" : "false")), Author, team);
        Assert.Contains("Voorgesteld", CardText.OfCard(card));
        return await CurrentAsync(lesson, team);
    }

    private async Task<Lesson> CurrentAsync(Lesson lesson, string team = LessonsHarness.TeamNoord) =>
        (await _h.TeamLessonsAsync(team)).Single(l => l.Id == lesson.Id);

    [Fact]
    public async Task Propose_ByAuthor_MarksTheLessonProposed()
    {
        var lesson = await ProposedLessonAsync();

        Assert.Equal(CurationStatus.Proposed, lesson.Curation);
        Assert.Equal(LessonHistoryKinds.Proposed, lesson.History[^1].Kind);
        Assert.Null(lesson.AuthorName);
    }

    [Fact]
    public async Task Propose_ByColleague_IsRefused()
    {
        await _h.ExecuteAsync(LessonFormCard.SaveVerb, LessonsMessagingExtensionTests.Card("Les van A."), Author, LessonsHarness.TeamNoord);
        var lesson = Assert.Single(await _h.TeamLessonsAsync(LessonsHarness.TeamNoord));

        var card = await _h.ExecuteAsync(LessonCard.ProposeVerb, Id(lesson), Colleague, LessonsHarness.TeamNoord);

        Assert.Contains("Kan niet voorgesteld worden", CardText.OfCard(card));
        Assert.Equal(CurationStatus.None, (await CurrentAsync(lesson)).Curation);
    }

    [Fact]
    public async Task CuratieCommand_Klantmanager_IsRefused()
    {
        await ProposedLessonAsync();

        var reply = await _h.SayAsync("<at>IntervisieBot</at> curatie", Colleague, LessonsHarness.TeamNoord);

        Assert.Contains("Dat mag alleen een kennismakelaar", CardText.Of(reply.Body));
        Assert.DoesNotContain("Bij schulden eerst samen de post openen.", CardText.Of(reply.Body));
    }

    [Fact]
    public async Task CuratieCommand_InPersonalChat_ExplainsItBelongsToATeam()
    {
        var reply = await _h.SayAsync("curatie", Kennismakelaar);

        Assert.Contains("Alleen in een team", CardText.Of(reply.Body));
    }

    [Fact]
    public async Task Queue_IsPerTeam()
    {
        await ProposedLessonAsync("Noord: eerst de post openen.");
        await ProposedLessonAsync("Zuid: eerst de deurwaarder bellen.", team: LessonsHarness.TeamZuid);

        var noord = CardText.Of((await _h.SayAsync("curatie", Kennismakelaar, LessonsHarness.TeamNoord)).Body);
        var zuid = CardText.Of((await _h.SayAsync("curatie", KennismakelaarZuid, LessonsHarness.TeamZuid)).Body);
        var zuidKmInNoord = CardText.Of((await _h.SayAsync("curatie", KennismakelaarZuid, LessonsHarness.TeamNoord)).Body);

        Assert.Contains("Noord: eerst de post openen.", noord);
        Assert.DoesNotContain("Zuid: eerst de deurwaarder bellen.", noord);
        Assert.Contains("Zuid: eerst de deurwaarder bellen.", zuid);
        Assert.DoesNotContain("Noord: eerst de post openen.", zuid);
        Assert.Contains("Dat mag alleen een kennismakelaar", zuidKmInNoord);
    }

    public static TheoryData<string, string> RefusedApprovals => new()
    {
        { Colleague, LessonsHarness.TeamNoord },           // a klantmanager cannot approve
        { Author, LessonsHarness.TeamNoord },              // nor the author
        { KennismakelaarZuid, LessonsHarness.TeamZuid },   // another team's kennismakelaar, forged id from their own team
        { KennismakelaarZuid, LessonsHarness.TeamNoord },  // ... or acting in this team, where they have no role
    };

    [Theory]
    [MemberData(nameof(RefusedApprovals))]
    public async Task Approve_WithoutTheRoleInThisTeam_IsRefusedAndUnchanged(string actor, string team)
    {
        var lesson = await ProposedLessonAsync();

        await _h.ExecuteAsync(CurationCards.ApproveVerb, Id(lesson, (CurationCards.TitleInput, "Eerst de post")), actor, team);

        Assert.Equal(CurationStatus.Proposed, (await CurrentAsync(lesson)).Curation);
        Assert.Empty(await _h.PublishedLessonsAsync());
        Assert.DoesNotContain(_h.Connector.Requests, r => r.Operation == "CreateConversation");
    }

    [Fact]
    public async Task Approve_ByKennismakelaar_PublishesAnonymouslyWithReviewDateAndTellsTheAuthor()
    {
        var lesson = await ProposedLessonAsync();

        var card = await _h.ExecuteAsync(CurationCards.ApproveVerb,
            Id(lesson, (CurationCards.TitleInput, "Eerst de post, dan het plan"), (CurationCards.TagsInput, "schulden,diagnose")), Kennismakelaar, LessonsHarness.TeamNoord);

        Assert.Contains(CardText.OfCard(card), t => t.StartsWith("De les staat in de organisatiebibliotheek", StringComparison.Ordinal));
        var team = await CurrentAsync(lesson);
        Assert.Equal(CurationStatus.Published, team.Curation);
        var published = Assert.Single(await _h.PublishedLessonsAsync());
        Assert.Equal(team.PublishedId, published.Id);
        Assert.Equal("Eerst de post, dan het plan", published.Title);
        Assert.Equal(["schulden", "diagnose"], published.Tags);
        Assert.Null(published.AuthorName);
        Assert.Equal(365, (published.ReviewDate!.Value - published.Created).TotalDays, precision: 3);
        Assert.Equal([LessonsHarness.TeamNoord + "/" + lesson.Id], published.Sources);
        Assert.Equal(LessonHistoryKinds.Published, published.History[^1].Kind);

        var created = (await _h.Connector.WaitForRequestsAsync(r => r.Operation == "CreateConversation", 1, LessonsHarness.Wait))[0];
        Assert.Equal(Author, created.Body!.Value.GetProperty("members")[0].GetProperty("id").GetString());
        Assert.Equal(TestActivities.TenantId, created.Body!.Value.GetProperty("tenantId").GetString());
        var told = (await _h.Connector.WaitForRequestsAsync(r => r.Operation == "Send" && r.ConversationId == created.ResponseId, 1, LessonsHarness.Wait))[0];
        Assert.Contains(CardText.Of(told.Body), t => t.Contains("Eerst de post, dan het plan", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Approve_AuthorOptedIn_PublishesWithTheirName()
    {
        var lesson = await ProposedLessonAsync(named: true);

        await _h.ExecuteAsync(CurationCards.ApproveVerb, Id(lesson, (CurationCards.TitleInput, "Eerst de post")), Kennismakelaar, LessonsHarness.TeamNoord);

        Assert.Equal("Klantmanager A", Assert.Single(await _h.PublishedLessonsAsync()).AuthorName);
    }

    [Fact]
    public async Task Approve_PublishedLesson_IsFoundByAnotherTeamsSearch()
    {
        var lesson = await ProposedLessonAsync();
        await _h.ExecuteAsync(CurationCards.ApproveVerb, Id(lesson, (CurationCards.TitleInput, "Eerst de post, dan het plan")), Kennismakelaar, LessonsHarness.TeamNoord);

        var (_, body) = await _h.InvokeAsync("composeExtension/query",
            new { commandId = "zoekLessen", parameters = new[] { new { name = "zoekterm", value = "post schulden" } } }, "29:user-z", LessonsHarness.TeamZuid);

        var first = body.GetProperty("composeExtension").GetProperty("attachments")[0];
        Assert.Equal("Eerst de post, dan het plan", first.GetProperty("preview").GetProperty("content").GetProperty("title").GetString());
        Assert.DoesNotContain("Klantmanager A", first.GetRawText(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Merge_KeepsBothHistoriesAndLinksTheSources()
    {
        var first = await ProposedLessonAsync("Eerste: bij schulden de post openen.");
        await _h.ExecuteAsync(CurationCards.ApproveVerb, Id(first, (CurationCards.TitleInput, "Eerst de post")), Kennismakelaar, LessonsHarness.TeamNoord);
        var target = Assert.Single(await _h.PublishedLessonsAsync());
        var second = await ProposedLessonAsync("Tweede: post sorteren met de klant.");

        await _h.ExecuteAsync(CurationCards.MergeVerb, Id(second, (CurationCards.MergeTargetInput, target.Id)), Kennismakelaar, LessonsHarness.TeamNoord);

        var merged = Assert.Single(await _h.PublishedLessonsAsync());
        Assert.Equal(2, merged.Sources.Count);
        Assert.Contains(LessonsHarness.TeamNoord + "/" + second.Id, merged.Sources);
        Assert.Equal(2, merged.History.Count(h => h.Kind == LessonHistoryKinds.Created)); // both lessons' histories
        Assert.Equal(LessonHistoryKinds.MergedFrom, merged.History[^1].Kind);
        var source = await CurrentAsync(second);
        Assert.Equal(CurationStatus.Merged, source.Curation);
        Assert.Equal(target.Id, source.PublishedId);
        Assert.Equal([LessonHistoryKinds.Created, LessonHistoryKinds.Proposed, LessonHistoryKinds.Merged], source.History.Select(h => h.Kind));
    }

    [Fact]
    public async Task SendBack_NeedsANote_ThenTheAuthorMayProposeAgain()
    {
        var lesson = await ProposedLessonAsync();

        var withoutNote = await _h.ExecuteAsync(CurationCards.SendBackVerb, Id(lesson), Kennismakelaar, LessonsHarness.TeamNoord);
        Assert.Contains(CardText.OfCard(withoutNote), t => t.StartsWith("Schrijf bij terugsturen", StringComparison.Ordinal));
        Assert.Equal(CurationStatus.Proposed, (await CurrentAsync(lesson)).Curation);

        await _h.ExecuteAsync(CurationCards.SendBackVerb, Id(lesson, (CurationCards.NoteInput, "Maak de les algemener.")), Kennismakelaar, LessonsHarness.TeamNoord);
        var sentBack = await CurrentAsync(lesson);
        Assert.Equal(CurationStatus.SentBack, sentBack.Curation);
        Assert.Equal("Maak de les algemener.", sentBack.CurationNote);
        var told = await _h.Connector.WaitForRequestsAsync(r => r.Operation == "Send" && r.ConversationId?.StartsWith("a:", StringComparison.Ordinal) == true, 1, LessonsHarness.Wait);
        Assert.Contains(CardText.Of(told[0].Body), t => t.Contains("Maak de les algemener.", StringComparison.Ordinal));

        await _h.ExecuteAsync(LessonCard.ProposeVerb, Id(lesson), Author, LessonsHarness.TeamNoord);
        Assert.Equal(CurationStatus.Proposed, (await CurrentAsync(lesson)).Curation);
    }

    [Fact]
    public async Task Reject_ThenApprove_IsNoLongerPending()
    {
        var lesson = await ProposedLessonAsync();
        await _h.ExecuteAsync(CurationCards.RejectVerb, Id(lesson), Kennismakelaar, LessonsHarness.TeamNoord);

        var card = await _h.ExecuteAsync(CurationCards.ApproveVerb, Id(lesson, (CurationCards.TitleInput, "Toch publiceren")), Kennismakelaar, LessonsHarness.TeamNoord);

        Assert.Contains("Niet meer in behandeling", CardText.OfCard(card));
        Assert.Equal(CurationStatus.Rejected, (await CurrentAsync(lesson)).Curation);
        Assert.Empty(await _h.PublishedLessonsAsync());
        var propose = await _h.ExecuteAsync(LessonCard.ProposeVerb, Id(lesson), Author, LessonsHarness.TeamNoord);
        Assert.Contains("Kan niet voorgesteld worden", CardText.OfCard(propose));
    }

    [Fact]
    public async Task Approve_TitleWithIdentifier_ChangesNothing()
    {
        var lesson = await ProposedLessonAsync();

        var card = await _h.ExecuteAsync(CurationCards.ApproveVerb, Id(lesson, (CurationCards.TitleInput, "Les van mevrouw Jansen")), Kennismakelaar, LessonsHarness.TeamNoord);

        Assert.Contains("naam", card.GetRawText(), StringComparison.Ordinal);
        Assert.Equal(CurationStatus.Proposed, (await CurrentAsync(lesson)).Curation);
        Assert.Empty(await _h.PublishedLessonsAsync());
    }

    [Fact]
    public async Task Queue_ShowsRepeatedInformationNeedsButHidesSmallCounts()
    {
        // Lesson searches without a hit, as the messaging extension records them (with free words the guard let through).
        var needs = _h.Bot.Services.GetRequiredService<InformationNeedStore>();
        foreach (var _ in Enumerable.Range(0, 3))
            await needs.RecordAsync(TestActivities.TenantId, LessonsHarness.TeamNoord, "lessen", [], ["deurwaarder", "xylofoon"], default);
        foreach (var _ in Enumerable.Range(0, 2))
            await needs.RecordAsync(TestActivities.TenantId, LessonsHarness.TeamNoord, "lessen", [], ["voedselbank"], default);

        var texts = string.Join("\n", CardText.Of((await _h.SayAsync("curatie", Kennismakelaar, LessonsHarness.TeamNoord)).Body));

        Assert.Contains("deurwaarder (3)", texts, StringComparison.Ordinal); // a lexicon word, asked three times
        Assert.DoesNotContain("voedselbank", texts, StringComparison.Ordinal); // asked twice: hidden
        Assert.DoesNotContain("xylofo", texts, StringComparison.Ordinal);      // no lexicon word: never kept
    }

    [Theory]
    [InlineData(CurationStatus.Proposed, CurationStatus.Published, true)]
    [InlineData(CurationStatus.Proposed, CurationStatus.Merged, true)]
    [InlineData(CurationStatus.Proposed, CurationStatus.SentBack, true)]
    [InlineData(CurationStatus.Proposed, CurationStatus.Rejected, true)]
    [InlineData(CurationStatus.None, CurationStatus.Published, false)]
    [InlineData(CurationStatus.SentBack, CurationStatus.Published, false)]
    [InlineData(CurationStatus.Rejected, CurationStatus.Published, false)]
    [InlineData(CurationStatus.Published, CurationStatus.Merged, false)]
    [InlineData(CurationStatus.Proposed, CurationStatus.Proposed, false)]
    public void CanDecide_Transitions(CurationStatus from, CurationStatus to, bool allowed) =>
        Assert.Equal(allowed, CurationRules.CanDecide(from, to));
}
