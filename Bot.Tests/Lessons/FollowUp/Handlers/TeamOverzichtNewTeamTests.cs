using IntervisieBot.Features.Lessons;
using IntervisieBot.Features.Lessons.Domain;
using IntervisieBot.Features.Lessons.Handlers;
using IntervisieBot.Features.Lessons.Storage;
using IntervisieBot.Features.Scheduling;
using IntervisieBot.Tests.Infrastructure;
using IntervisieBot.Tests.Scheduling;
using Microsoft.Extensions.DependencyInjection;
using IntervisieBot.Features.Scheduling.Cards;

namespace IntervisieBot.Tests.Lessons.FollowUp.Handlers;

/// <summary>
/// Issue 19.6 against the real bot (loopback connector + Azurite): a new team's <c>team overzicht</c> says when there will be
/// enough, with the next sessions from the team's series (scheduling's query) and the next look-back dates.
/// </summary>
public sealed class TeamOverzichtNewTeamTests
{
    [Fact]
    public async Task TeamOverzicht_NewTeam_SaysWhenThereWillBeEnough_WithTheSeriesNextSessions()
    {
        await using var h = await SchedulingHarness.StartAsync(new DateTime(2026, 3, 2, 9, 0, 0));

        var before = await h.SayAsync("<at>IntervisieBot</at> team overzicht", SchedulingHarness.T);
        Assert.Contains("Lessen vastgelegd (totaal) | nog geen", before, StringComparison.Ordinal);
        Assert.Contains("Lessen: zichtbaar na nog 3 rondes met een les.", before, StringComparison.Ordinal);
        Assert.Contains("Er staat nog geen intervisie gepland. Plan een reeks met 'plan intervisie'.", before, StringComparison.Ordinal);

        await h.ExecuteAsync(SchedulingVerbs.Save, SchedulingHarness.PlanData(), SchedulingHarness.T);
        var created = SchedulingHarness.Local(new DateTime(2026, 3, 2, 9, 30, 0));
        await h.Bot.Services.GetRequiredService<LessonStore>().AddAsync(new Lesson
        {
            Id = LessonPartitions.NewId(created),
            Scope = LessonScopeKind.Team,
            TenantId = TestActivities.TenantId,
            TeamKey = SchedulingHarness.Noord,
            OwnerKey = SchedulingHarness.Aad(SchedulingHarness.Members[0]),
            OwnerUserId = SchedulingHarness.Members[0],
            Text = "Een verzonnen les om te proberen.",
            Tags = ["schulden"],
            Type = LessonTypes.Uitproberen,
            Evidence = LessonEvidence.NogNietGeprobeerd,
            Visibility = LessonVisibility.MijnTeam,
            Created = created,
            Updated = created,
            CheckDate = SchedulingHarness.Local(new DateTime(2026, 4, 2, 0, 0, 0)),
            History = [new LessonHistoryEntry(created, LessonHistoryKinds.Created)],
            Check = new LessonCheckState { Round = 1 },
        }, default);

        var after = await h.SayAsync("<at>IntervisieBot</at> team overzicht", SchedulingHarness.T);

        Assert.Contains("Lessen vastgelegd (totaal) | minder dan 3", after, StringComparison.Ordinal);
        Assert.Contains("Lessen: zichtbaar na nog hooguit 2 rondes met een les.", after, StringComparison.Ordinal);
        Assert.Contains("Volgende intervisie: donderdag 12 maart, donderdag 26 maart, donderdag 9 april.", after, StringComparison.Ordinal);
        Assert.Contains("Toepassing: zichtbaar na nog 3 antwoorden op een terugblik.", after, StringComparison.Ordinal);
        Assert.Contains("Volgende terugblikken: donderdag 2 april.", after, StringComparison.Ordinal);
        Assert.DoesNotContain("verzonnen", after, StringComparison.Ordinal);
    }
}
