using IntervisieBot.Features.Handreikingen.Domain;
using IntervisieBot.Features.Intervisie.Cards;
using IntervisieBot.Features.Lessons;
using IntervisieBot.Features.Lessons.Domain;
using IntervisieBot.Features.Lessons.Handlers;
using IntervisieBot.Features.Lessons.Storage;
using IntervisieBot.Features.Scheduling;
using IntervisieBot.Features.Scheduling.Cards;
using IntervisieBot.Tests.Infrastructure;
using IntervisieBot.Tests.Intervisie.Handlers;
using Microsoft.Extensions.DependencyInjection;

namespace IntervisieBot.Tests.Scheduling.Handlers;

/// <summary>The teamleider's health view: sessions planned, held (a round was started from the start card that day), attendance and lessons, as counts.</summary>
public sealed class SchedulingHealthTests
{
    [Fact]
    public async Task Status_AfterOneHeldAndOneMissedSession_CountsOnlyWithoutNames()
    {
        await using var h = await SchedulingHarness.StartAsync(new DateTime(2026, 3, 2, 9, 0, 0));
        await h.ExecuteAsync(SchedulingVerbs.Save, SchedulingHarness.PlanData(), SchedulingHarness.T);

        // Session 1 (12 March): the start card is posted; the team starts the round from it and the inbrenger brings a casus.
        h.SetLocal(new DateTime(2026, 3, 12, 14, 0, 0));
        var start = (await h.DeliverAsync()).Single(r => SchedulingHarness.CardTextOf(r).Contains("Geplande intervisie"));
        var session = (await h.Store.GetSessionAsync(h.NoordPartition, new DateOnly(2026, 3, 12), default))!;
        var inbrenger = SchedulingHarness.UserOf(session.InbrengerKey);
        var gathering = RoundTeam.RoundIdIn(RoundTeam.CardOf(start))!;
        foreach (var member in new[] { inbrenger, SchedulingHarness.UserOf(session.GespreksleiderKey) })
        {
            await h.ExecuteAsync(RoundVerbs.OptIn, new Dictionary<string, object?> { [RoundVerbs.RoundIdData] = gathering, [RoundVerbs.AgreeData] = true }, member, replyToId: start.ResponseId);
        }
        var started = await h.ExecuteAsync(RoundVerbs.Start, new Dictionary<string, object?>
        {
            [RoundVerbs.RoundIdData] = gathering,
            [RoundVerbs.MethodInput] = "vijfstappenmethode",
            [RoundVerbs.InbrengerInput] = session.InbrengerKey,
            [RoundVerbs.GespreksleiderInput] = session.GespreksleiderKey,
            [RoundVerbs.ModeInput] = RoundVerbs.ModeLive,
        }, inbrenger, replyToId: start.ResponseId);
        var roundId = RoundTeam.RoundIdIn(started) ?? throw new Xunit.Sdk.XunitException("No round started: " + SchedulingHarness.Text(started));
        await h.ExecuteAsync(RoundVerbs.Casus, new Dictionary<string, object?>
        {
            [RoundVerbs.RoundIdData] = roundId,
            [RoundVerbs.CasusTitleInput] = "Klant wil werken maar komt afspraken niet na",
            [RoundVerbs.CasusDescriptionInput] = "Een man van middelbare leeftijd zegt elke keer toe en komt dan niet.",
        }, inbrenger);

        // Two lessons from that round shared with the team, and one from another round (not counted).
        var lessons = h.Bot.Services.GetRequiredService<LessonStore>();
        await lessons.AddAsync(Lesson(roundId, LessonScopeKind.Team, 1), default);
        await lessons.AddAsync(Lesson(roundId, LessonScopeKind.Team, 2), default);
        await lessons.AddAsync(Lesson("other-round", LessonScopeKind.Team, 3), default);

        // Session 2 (26 March) passes without a round.
        h.SetLocal(new DateTime(2026, 3, 27, 10, 0, 0));
        var status = await h.SayAsync("<at>IntervisieBot</at> reeks status", SchedulingHarness.T);

        Assert.Contains("Sessies gepland tot nu toe | 2", status);
        Assert.Contains("Gehouden (met een ronde) | 1", status);
        Assert.Contains("Gemiddeld aantal deelnemers | 2,0", status);
        Assert.Contains("Lessen per gehouden sessie | 2,0", status);
        Assert.Contains("Lessen vastgelegd in het team | 2", status);
        Assert.DoesNotContain("Deelnemer", status);
    }

    [Fact]
    public async Task Status_RightAfterALessonFromARoundBeforeTheFirstSession_CountsThatLesson()
    {
        // Planned on Monday 2 March (first session Thursday 12 March); the team tries a round in the channel straight away.
        await using var h = await SchedulingHarness.StartAsync(new DateTime(2026, 3, 2, 9, 0, 0));
        await h.ExecuteAsync(SchedulingVerbs.Save, SchedulingHarness.PlanData(), SchedulingHarness.T);
        h.SetLocal(new DateTime(2026, 3, 2, 10, 0, 0));
        var member = SchedulingHarness.Members[0];
        var started = await h.ExecuteAsync(RoundVerbs.Start, new Dictionary<string, object?>
        {
            [RoundVerbs.MethodInput] = "vijfstappenmethode",
            [RoundVerbs.InbrengerInput] = SchedulingHarness.Aad(member),
            [RoundVerbs.GespreksleiderInput] = SchedulingHarness.Aad(SchedulingHarness.Members[1]),
            [RoundVerbs.ModeInput] = RoundVerbs.ModeLive,
        }, member);
        var roundId = RoundTeam.RoundIdIn(started) ?? throw new Xunit.Sdk.XunitException("No round started: " + SchedulingHarness.Text(started));
        var lessons = h.Bot.Services.GetRequiredService<LessonStore>();
        await lessons.AddAsync(Lesson(roundId, LessonScopeKind.Team, 1), default);
        await lessons.AddAsync(Lesson("a-round-of-another-channel", LessonScopeKind.Team, 2), default);

        var status = await h.SayAsync("<at>IntervisieBot</at> reeks status", SchedulingHarness.T);

        Assert.Contains("Gehouden (met een ronde) | 0", status);
        Assert.Contains("Lessen vastgelegd in het team | 1", status);
    }

    private static Lesson Lesson(string roundId, LessonScopeKind scope, int n) => new()
    {
        Id = LessonPartitions.NewId(new DateTimeOffset(2026, 3, 12, 16, n, 0, TimeSpan.Zero)),
        Scope = scope,
        TenantId = TestActivities.TenantId,
        TeamKey = SchedulingHarness.Noord,
        OwnerKey = SchedulingHarness.Aad(SchedulingHarness.Members[n]),
        Text = "Eerst samen het doel van het gesprek vaststellen.",
        Type = LessonTypes.Uitproberen,
        Evidence = EvidenceLevels.Praktijkervaring,
        Visibility = LessonVisibility.MijnTeam,
        Created = new DateTimeOffset(2026, 3, 12, 16, n, 0, TimeSpan.Zero),
        SourceKind = SummaryCard.SourceKind,
        SourceId = roundId,
    };
}
