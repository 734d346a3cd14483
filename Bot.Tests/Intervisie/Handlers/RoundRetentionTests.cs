using IntervisieBot.Features.Intervisie.Storage;
using IntervisieBot.Features.Intervisie.Handlers;
using IntervisieBot.Privacy.Retention;
using IntervisieBot.Privacy.Rights;
using IntervisieBot.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace IntervisieBot.Tests.Intervisie.Handlers;

/// <summary>Session texts expire after a round ended; a person can see and erase their own contributions (Azurite).</summary>
public sealed class RoundRetentionTests : RoundTeamFixture
{
    private async Task<string> FinishedRoundAsync()
    {
        var (roundId, _) = await Team.StartAsync(starter: B, inbrenger: A, gespreksleider: B);
        await Team.CasusAsync(roundId, A, "Klant die afspraken mist");
        await Team.AdvanceAsync(roundId, 0, B);
        await Team.ContributeAsync(roundId, 1, C, "Wat heb je al geprobeerd?");
        await Team.ContributeAsync(roundId, 1, D, "Hoe reageert de klant op herinneringen?");
        for (var i = 1; i < 4; i++) await Team.AdvanceAsync(roundId, i, B);
        await Team.ContributeAsync(roundId, 4, A, "Ik bel de dag ervoor.");
        await Team.AdvanceAsync(roundId, 4, B);
        return roundId;
    }

    [Fact]
    public async Task Retention_DeletesTextsOfRoundsEndedLongerAgo_AndNothingElse()
    {
        var finished = await FinishedRoundAsync();
        var zuid = new RoundTeam(Bot, Connector, Zuid);
        var (running, _) = await zuid.StartAsync(starter: C, inbrenger: C, gespreksleider: D);
        await zuid.CasusAsync(running, C, "Lopende casus");

        var participant = Assert.Single(Bot.Services.GetServices<IRetentionParticipant>(), p => p is IntervisieRetention);
        var options = new RetentionOptions { SessionTextDays = 90 };
        var now = DateTimeOffset.UtcNow;

        Assert.Equal(0, await participant.PurgeExpiredAsync(now.AddDays(89), options, default));
        Assert.NotNull((await Team.LoadAsync(finished)).State.Casus);

        var removed = await participant.PurgeExpiredAsync(now.AddDays(91), options, default);
        var purged = await Team.LoadAsync(finished);
        Assert.True(removed >= 4, $"removed {removed}");
        Assert.Null(purged.State.Casus);
        Assert.Empty(purged.State.Contributions);
        Assert.Equal(IntervisieBot.Features.Intervisie.Domain.RoundStatus.Closed, purged.State.Status);

        var untouched = await zuid.LoadAsync(running);
        Assert.Equal("Lopende casus", untouched.State.Casus?.Title);
        Assert.Equal(0, await participant.PurgeExpiredAsync(now.AddDays(92), options, default)); // idempotent
    }

    [Fact]
    public async Task PersonalData_ShowsAndErasesOnlyTheSubjectsTexts()
    {
        var roundId = await FinishedRoundAsync();
        var contributor = Assert.Single(Bot.Services.GetServices<IPersonalDataContributor>(), c => c is IntervisiePersonalData);
        var subjectA = new DataSubject(TestActivities.TenantId, Aad(A), A);
        var culture = IntervisieBot.Localization.BotCulture.Dutch;

        var before = await contributor.DescribeAsync(subjectA, culture, default);
        Assert.Equal([1, 1, 1], before.Items.Select(i => i.Count)); // one contribution, one casus, the group agreement confirmed on joining

        var deleted = await contributor.DeleteAsync(subjectA, culture, default);
        Assert.Equal([1, 1, 1], deleted.Items.Select(i => i.Count));

        var round = await Team.LoadAsync(roundId);
        Assert.Null(round.State.Casus);
        Assert.DoesNotContain(round.State.Contributions, c => c.AuthorId == Aad(A));
        Assert.Equal(2, round.State.Contributions.Count(c => c.AuthorId == Aad(C) || c.AuthorId == Aad(D)));
        Assert.Equal([0, 0, 0], (await contributor.DescribeAsync(subjectA, culture, default)).Items.Select(i => i.Count));
    }

    /// <summary>A casus proposal (choosing the incident) is the proposer's text: "mijn gegevens" counts it and erasing removes it.</summary>
    [Fact]
    public async Task PersonalData_CountsAndErasesACasusProposal()
    {
        var (roundId, _) = await Team.StartAsync(starter: B, inbrenger: A, gespreksleider: B, method: "incidentmethode", joiners: [A, B, C]);
        await Team.CasusAsync(roundId, A, "Klant die afspraken mist");
        await Team.ClickAsync(IntervisieBot.Features.Intervisie.Cards.RoundVerbs.Propose, new Dictionary<string, object?>
        {
            ["verb"] = IntervisieBot.Features.Intervisie.Cards.RoundVerbs.Propose,
            [IntervisieBot.Features.Intervisie.Cards.RoundVerbs.RoundIdData] = roundId,
            [IntervisieBot.Features.Intervisie.Cards.RoundVerbs.ProposalInput] = "Een klant die boos wegliep",
        }, C);
        var contributor = Assert.Single(Bot.Services.GetServices<IPersonalDataContributor>(), c => c is IntervisiePersonalData);
        var subjectC = new DataSubject(TestActivities.TenantId, Aad(C), C);
        var culture = IntervisieBot.Localization.BotCulture.Dutch;

        Assert.Equal(1, (await contributor.DescribeAsync(subjectC, culture, default)).Items[0].Count);
        await contributor.DeleteAsync(subjectC, culture, default);

        Assert.Empty((await Team.LoadAsync(roundId)).State.Proposals);
        Assert.Equal(0, (await contributor.DescribeAsync(subjectC, culture, default)).Items[0].Count);
    }
}
