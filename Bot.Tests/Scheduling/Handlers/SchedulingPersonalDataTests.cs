using IntervisieBot.Features.Scheduling.Cards;
using IntervisieBot.Features.Scheduling.Handlers;
using IntervisieBot.Features.Scheduling.Storage;
using IntervisieBot.Localization;
using IntervisieBot.Privacy.Retention;
using IntervisieBot.Privacy.Rights;
using IntervisieBot.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace IntervisieBot.Tests.Scheduling.Handlers;

/// <summary>Away marks, proposed roles and casus proposals are shown by "mijn gegevens", removed on request, and proposals expire.</summary>
public sealed class SchedulingPersonalDataTests
{
    private static readonly DateOnly Session1 = new(2026, 3, 12);

    [Fact]
    public async Task MyData_AwayAndProposal_AreDescribedDeletedAndProposalsExpire()
    {
        await using var h = await SchedulingHarness.StartAsync(new DateTime(2026, 3, 2, 9, 0, 0));
        await h.ExecuteAsync(SchedulingVerbs.Save, SchedulingHarness.PlanData(), SchedulingHarness.T);
        h.SetLocal(new DateTime(2026, 3, 10, 14, 0, 0));
        await h.DeliverAsync();
        var session = (await h.Store.GetSessionAsync(h.NoordPartition, Session1, default))!;
        var person = SchedulingHarness.UserOf(session.InbrengerKey);
        var other = SchedulingHarness.Members.First(m => SchedulingHarness.Aad(m) != session.InbrengerKey && SchedulingHarness.Aad(m) != session.GespreksleiderKey);
        await h.ExecuteAsync(SchedulingVerbs.Away, SchedulingHarness.SessionData(Session1), person);
        await h.ExecuteAsync(SchedulingVerbs.Propose, new Dictionary<string, object?>(SchedulingHarness.SessionData(Session1)) { [SchedulingVerbs.ProposalInput] = "Werkgever twijfelt over proefplaatsing" }, person);
        await h.ExecuteAsync(SchedulingVerbs.Propose, new Dictionary<string, object?>(SchedulingHarness.SessionData(Session1)) { [SchedulingVerbs.ProposalInput] = "Taalcursus of direct aan het werk?" }, other);

        var contributor = h.Bot.Services.GetServices<IPersonalDataContributor>().OfType<SchedulingPersonalData>().Single();
        var subject = new DataSubject(TestActivities.TenantId, SchedulingHarness.Aad(person), person);
        var described = await contributor.DescribeAsync(subject, BotCulture.Dutch, default);
        Assert.Equal([1, 0, 1], described.Items.Select(i => i.Count)); // away once, no role any more (declined), one proposal

        var deleted = await contributor.DeleteAsync(subject, BotCulture.Dutch, default);
        Assert.Equal([1, 0, 1], deleted.Items.Select(i => i.Count));
        Assert.Empty(SeriesStore.Away((await h.Store.GetSessionAsync(h.NoordPartition, Session1, default))!));
        Assert.Equal(["Taalcursus of direct aan het werk?"], (await h.Store.ListProposalsAsync(h.NoordPartition, Session1, default)).Select(p => p.Title));
        Assert.Equal([0, 0, 0], (await contributor.DescribeAsync(subject, BotCulture.Dutch, default)).Items.Select(i => i.Count));

        // Retention: kept until 14 days after the session, gone after.
        var retention = h.Bot.Services.GetServices<IRetentionParticipant>().OfType<SchedulingRetention>().Single();
        Assert.Equal(0, await retention.PurgeExpiredAsync(SchedulingHarness.Local(new DateTime(2026, 3, 26, 9, 0, 0)), new RetentionOptions(), default));
        Assert.Equal(1, await retention.PurgeExpiredAsync(SchedulingHarness.Local(new DateTime(2026, 3, 27, 9, 0, 0)), new RetentionOptions(), default));
        Assert.Empty(await h.Store.ListProposalsAsync(h.NoordPartition, Session1, default));
    }
}
