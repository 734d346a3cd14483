using IntervisieBot.Features.Lessons.Cards;
using IntervisieBot.Features.Lessons.Domain;
using IntervisieBot.Features.MyData;
using IntervisieBot.Privacy.Rights;
using IntervisieBot.Tests.Infrastructure;
using IntervisieBot.Tests.Lessons.Handlers;

namespace IntervisieBot.Tests.Lessons.Storage;

/// <summary>"mijn gegevens" and "verwijder mijn gegevens" cover lessons: personal ones deleted, shared ones kept without the author.</summary>
public sealed class LessonsPersonalDataTests : IAsyncLifetime
{
    private LessonsHarness _h = null!;

    public async Task InitializeAsync()
    {
        _h = await LessonsHarness.StartAsync();
        await _h.ExecuteAsync(LessonFormCard.SaveVerb, LessonsMessagingExtensionTests.Card("A deelt met het team: kleine doelen."), "29:user-a", LessonsHarness.TeamNoord);
        await _h.ExecuteAsync(LessonFormCard.SaveVerb, LessonsMessagingExtensionTests.Card("A privé: ochtendgesprekken.", visibility: LessonVisibility.AlleenIk), "29:user-a", LessonsHarness.TeamNoord);
        await _h.ExecuteAsync(LessonFormCard.SaveVerb, LessonsMessagingExtensionTests.Card("B deelt: complimenten werken."), "29:user-b", LessonsHarness.TeamNoord);
    }

    public async Task DisposeAsync() => await _h.DisposeAsync();

    [Fact]
    public async Task MyData_ListsTheLessonCounts()
    {
        var reply = await _h.SayAsync("mijn gegevens", "29:user-a");

        var texts = CardText.Of(reply.Body).ToList();
        Assert.Equal("1", texts[texts.IndexOf("Lessen: Lessen alleen voor jou") + 1]);
        Assert.Equal("1", texts[texts.IndexOf("Lessen: Lessen die jij met je team deelde") + 1]);
        Assert.DoesNotContain("A privé: ochtendgesprekken.", texts);
    }

    [Fact]
    public async Task DeleteMyData_DeletesPersonalLessonsAndUnlinksTeamLessons()
    {
        await _h.ExecuteAsync(MyDataCards.ConfirmDeleteVerb, new Dictionary<string, string>(), "29:user-a");

        Assert.Empty(await _h.PersonalLessonsAsync("29:user-a"));
        var team = await _h.TeamLessonsAsync(LessonsHarness.TeamNoord);
        var a = team.Single(l => l.Text == "A deelt met het team: kleine doelen.");
        Assert.Equal("", a.OwnerKey);
        Assert.Null(a.OwnerUserId);
        Assert.Equal(LessonsHarness.Aad("29:user-b"), team.Single(l => l.Text == "B deelt: complimenten werken.").OwnerKey);
    }
}
