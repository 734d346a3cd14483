using IntervisieBot.Features.Scheduling.Cards;
using IntervisieBot.Features.Scheduling.Storage;
using IntervisieBot.Features.Teams.Language;
using IntervisieBot.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace IntervisieBot.Tests.Scheduling.Handlers;

/// <summary>
/// <c>afwezig &lt;datum&gt;</c> end to end through /api/messages (Azurite, loopback connector, fake clock): members send
/// apologies ahead of a session, the rotation leaves them out when it proposes the roles, and every date that can't be
/// used gets a friendly answer with nothing stored. Plan: every 2 weeks on Thursday 14:00 from 12 March 2026.
/// </summary>
public sealed class SchedulingAwayTests
{
    private static readonly DateOnly Session1 = new(2026, 3, 12);
    private static readonly DateOnly Session2 = new(2026, 3, 26);

    [Fact]
    public async Task Away_AheadOfALaterSession_TheRotationLeavesThoseMembersOut()
    {
        await using var h = await SchedulingHarness.StartAsync(new DateTime(2026, 3, 2, 9, 0, 0));
        await h.ExecuteAsync(SchedulingVerbs.Save, SchedulingHarness.PlanData(), SchedulingHarness.T);
        var away = SchedulingHarness.Members[..6];

        foreach (var member in away)
        {
            Assert.Contains("Genoteerd: je bent er op donderdag 26 maart 2026 niet bij.", await h.SayAsync("<at>IntervisieBot</at> afwezig 26-3-2026", member));
        }
        Assert.Contains("Je stond al afgemeld voor donderdag 26 maart 2026.", await h.SayAsync("<at>IntervisieBot</at> afwezig donderdag 26 maart", away[0]));
        var marked = (await h.Store.GetSessionAsync(h.NoordPartition, Session2, default))!;
        Assert.Equal(away.Select(SchedulingHarness.Aad).Order(), SeriesStore.Away(marked).Order());
        Assert.Null(marked.InbrengerKey); // no roles before the announcement

        // Session 1 runs (its start schedules session 2); session 2 is announced on Monday 23 March.
        h.SetLocal(new DateTime(2026, 3, 12, 14, 0, 0));
        await h.DeliverAsync();
        h.SetLocal(new DateTime(2026, 3, 23, 14, 0, 0));
        var announcement = Assert.Single(await h.DeliverAsync());

        var session = (await h.Store.GetSessionAsync(h.NoordPartition, Session2, default))!;
        var awayKeys = away.Select(SchedulingHarness.Aad).ToHashSet();
        Assert.NotNull(session.InbrengerKey);
        Assert.NotNull(session.GespreksleiderKey);
        Assert.DoesNotContain(session.InbrengerKey, awayKeys);
        Assert.DoesNotContain(session.GespreksleiderKey, awayKeys);
        Assert.Equal(6, SeriesStore.Away(session).Count); // kept when the session's events were scheduled
        Assert.Contains("26 maart", SchedulingHarness.CardTextOf(announcement));
    }

    [Fact]
    public async Task Away_ForTheAnnouncedSessionByTheInbrenger_ProposesANewInbrengerAndUpdatesTheAnnouncement()
    {
        await using var h = await SchedulingHarness.StartAsync(new DateTime(2026, 3, 2, 9, 0, 0));
        await h.ExecuteAsync(SchedulingVerbs.Save, SchedulingHarness.PlanData(), SchedulingHarness.T);
        h.SetLocal(new DateTime(2026, 3, 9, 14, 0, 0));
        var announcement = Assert.Single(await h.DeliverAsync());
        var before = (await h.Store.GetSessionAsync(h.NoordPartition, Session1, default))!;
        var inbrenger = SchedulingHarness.UserOf(before.InbrengerKey);

        var answer = await h.SayAsync("<at>IntervisieBot</at> afwezig 12 maart", inbrenger);

        Assert.Contains("Ik heb de rollen van die sessie waar nodig opnieuw voorgesteld.", answer);
        var after = (await h.Store.GetSessionAsync(h.NoordPartition, Session1, default))!;
        Assert.Contains(before.InbrengerKey!, SeriesStore.Away(after));
        Assert.NotNull(after.InbrengerKey);
        Assert.NotEqual(before.InbrengerKey, after.InbrengerKey);
        Assert.Equal(before.GespreksleiderKey, after.GespreksleiderKey);
        Assert.Contains(h.Connector.Requests, r => r.Operation == "Update" && r.ActivityId == announcement.ResponseId);
    }

    [Fact]
    public async Task Present_AheadOfTheAnnouncement_TakesTheApologyBack_AndTheRotationMayChooseThemAgain()
    {
        await using var h = await SchedulingHarness.StartAsync(new DateTime(2026, 3, 2, 9, 0, 0));
        await h.ExecuteAsync(SchedulingVerbs.Save, SchedulingHarness.PlanData(), SchedulingHarness.T);
        var member = SchedulingHarness.Members[0];

        Assert.Contains("Je stond niet afgemeld voor donderdag 26 maart 2026, dus er verandert niets.", await h.SayAsync("<at>IntervisieBot</at> aanwezig 26-3-2026", member));
        Assert.Null(await h.Store.GetSessionAsync(h.NoordPartition, Session2, default)); // nothing stored
        await h.SayAsync("<at>IntervisieBot</at> afwezig 26-3-2026", member);
        await h.SayAsync("<at>IntervisieBot</at> afwezig 26-3-2026", SchedulingHarness.Members[1]);

        var answer = await h.SayAsync("<at>IntervisieBot</at> aanwezig 26 maart", member);

        Assert.Contains("Genoteerd: je bent er op donderdag 26 maart 2026 toch bij.", answer);
        var session = (await h.Store.GetSessionAsync(h.NoordPartition, Session2, default))!;
        Assert.Equal([SchedulingHarness.Aad(SchedulingHarness.Members[1])], SeriesStore.Away(session));
        Assert.Contains("Zet de datum van de sessie erachter, bijvoorbeeld: @IntervisieBot aanwezig 12-3-2026", await h.SayAsync("<at>IntervisieBot</at> aanwezig", member));
    }

    [Fact]
    public async Task Present_AfterTheAnnouncement_WorksLikeTheButtonAndUpdatesTheAnnouncement()
    {
        await using var h = await SchedulingHarness.StartAsync(new DateTime(2026, 3, 2, 9, 0, 0));
        await h.ExecuteAsync(SchedulingVerbs.Save, SchedulingHarness.PlanData(), SchedulingHarness.T);
        h.SetLocal(new DateTime(2026, 3, 9, 14, 0, 0));
        var announcement = Assert.Single(await h.DeliverAsync());
        var inbrenger = SchedulingHarness.UserOf((await h.Store.GetSessionAsync(h.NoordPartition, Session1, default))!.InbrengerKey);
        await h.SayAsync("<at>IntervisieBot</at> afwezig 12 maart", inbrenger);
        var updatesBefore = h.Connector.Requests.Count(r => r.Operation == "Update" && r.ActivityId == announcement.ResponseId);

        Assert.Contains("toch bij", await h.SayAsync("<at>IntervisieBot</at> aanwezig 12 maart", inbrenger));

        var after = (await h.Store.GetSessionAsync(h.NoordPartition, Session1, default))!;
        Assert.DoesNotContain(SchedulingHarness.Aad(inbrenger), SeriesStore.Away(after));
        Assert.NotNull(after.InbrengerKey); // the re-proposed roles stay; the member can take a role again with one tap
        Assert.True(h.Connector.Requests.Count(r => r.Operation == "Update" && r.ActivityId == announcement.ResponseId) > updatesBefore);
    }

    [Fact]
    public async Task Away_UnusableDates_FriendlyAnswersAndNothingStored()
    {
        await using var h = await SchedulingHarness.StartAsync(new DateTime(2026, 3, 2, 9, 0, 0));
        var member = SchedulingHarness.Members[0];
        Assert.Contains("Er is nog geen intervisiereeks gepland.", await h.SayAsync("<at>IntervisieBot</at> afwezig 12-3-2026", member));
        await h.ExecuteAsync(SchedulingVerbs.Save, SchedulingHarness.PlanData(), SchedulingHarness.T);
        h.SetLocal(new DateTime(2026, 3, 12, 14, 30, 0)); // session 1 is under way

        var noDate = await h.SayAsync("<at>IntervisieBot</at> afwezig", member);
        var unreadable = await h.SayAsync("<at>IntervisieBot</at> afwezig morgenochtend", member);
        var past = await h.SayAsync("<at>IntervisieBot</at> afwezig 12-3-2026", member);
        var noSession = await h.SayAsync("<at>IntervisieBot</at> afwezig 19 maart", member);
        var personal = await h.SayAsync("afwezig 26-3-2026", member, team: null);

        Assert.Contains("Zet de datum van de sessie erachter, bijvoorbeeld: @IntervisieBot afwezig 26-3-2026", noDate);
        Assert.DoesNotContain("begrijp ik niet", noDate);
        Assert.Contains("Die datum begrijp ik niet.", unreadable);
        Assert.DoesNotContain("morgenochtend", unreadable); // the member's own words are not echoed
        Assert.Contains("Die sessie is al geweest of begonnen.", past);
        Assert.Contains("Op donderdag 19 maart 2026 is er geen intervisie.", noSession);
        Assert.Contains("De volgende sessies: donderdag 26 maart 2026, donderdag 9 april 2026, donderdag 23 april 2026.", noSession);
        Assert.Contains("Afmelden doe je in het kanaal van je team", personal);
        foreach (var date in new[] { Session1, new DateOnly(2026, 3, 19) })
        {
            var row = await h.Store.GetSessionAsync(h.NoordPartition, date, default);
            Assert.Empty(row is null ? [] : SeriesStore.Away(row));
        }
        Assert.Null(await h.Store.GetSessionAsync(h.NoordPartition, new DateOnly(2026, 3, 19), default));
    }

    [Fact]
    public async Task Away_InEnglish_AnswersInEnglish()
    {
        await using var h = await SchedulingHarness.StartAsync(new DateTime(2026, 3, 2, 9, 0, 0));
        await h.ExecuteAsync(SchedulingVerbs.Save, SchedulingHarness.PlanData(), SchedulingHarness.T);

        // The member chose English ("language en"); the client locale alone no longer decides.
        await h.Bot.Services.GetRequiredService<LanguagePreferenceStore>().SetAsync(TestActivities.TenantId, SchedulingHarness.Aad(SchedulingHarness.Members[1]), "en", default);
        var answer = await h.SayAsync("<at>IntervisieBot</at> away March 26", SchedulingHarness.Members[1], locale: "en-US");

        Assert.Contains("Noted: you won't be there on Thursday 26 March 2026.", answer);
        Assert.Contains(SchedulingHarness.Aad(SchedulingHarness.Members[1]), SeriesStore.Away((await h.Store.GetSessionAsync(h.NoordPartition, Session2, default))!));
    }
}
