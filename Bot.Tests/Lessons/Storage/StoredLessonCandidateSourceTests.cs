using IntervisieBot.Features.Handreikingen.Domain;
using IntervisieBot.Features.Lessons.Domain;
using IntervisieBot.Localization;
using IntervisieBot.Tests.Infrastructure;
using IntervisieBot.Tests.Lessons.Handlers;
using Microsoft.Extensions.DependencyInjection;

namespace IntervisieBot.Tests.Lessons.Storage;

/// <summary>The recommender shows colleagues' stored lessons, scoped like every other read.</summary>
public sealed class StoredLessonCandidateSourceTests : IAsyncLifetime
{
    private LessonsHarness _h = null!;

    public async Task InitializeAsync()
    {
        _h = await LessonsHarness.StartAsync();
        await _h.ExecuteAsync("lessons.save", LessonsMessagingExtensionTests.Card("Noord: bij beslag eerst de beslagvrije voet laten controleren.", "schulden"), "29:user-a", LessonsHarness.TeamNoord);
        await _h.ExecuteAsync("lessons.save", LessonsMessagingExtensionTests.Card("Zuid: bij beslag de deurwaarder zelf bellen.", "schulden"), "29:user-z", LessonsHarness.TeamZuid);
    }

    public async Task DisposeAsync() => await _h.DisposeAsync();

    private Task<Recommendation> RecommendAsync(LessonAudience? audience) =>
        _h.Bot.Services.GetRequiredService<HandreikingRecommender>()
            .RecommendAsync("De deurwaarder heeft beslag gelegd op zijn uitkering.", BotCulture.Dutch, audience, CancellationToken.None);

    [Fact]
    public async Task RecommendAsync_TeamMember_GetsOwnTeamsLessonNeverAnotherTeams()
    {
        var result = await RecommendAsync(new LessonAudience(TestActivities.TenantId, LessonsHarness.TeamNoord, LessonsHarness.Aad("29:user-b")));

        var lesson = Assert.Single(result.Lessons);
        Assert.StartsWith("Noord:", lesson.Lesson.Text, StringComparison.Ordinal);
        Assert.NotEmpty(result.Handreikingen);
    }

    [Fact]
    public async Task RecommendAsync_NoAudience_ReturnsNoLessons()
    {
        var result = await RecommendAsync(null);

        Assert.Empty(result.Lessons);
        Assert.NotEmpty(result.Handreikingen);
    }

    [Fact]
    public async Task RecommendAsync_OtherTenant_ReturnsNoLessons()
    {
        var result = await RecommendAsync(new LessonAudience("99999999-0000-0000-0000-000000000000", LessonsHarness.TeamNoord, LessonsHarness.Aad("29:user-a")));

        Assert.Empty(result.Lessons);
    }
}
