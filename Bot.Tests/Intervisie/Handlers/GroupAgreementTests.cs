using IntervisieBot.Features.Intervisie.Cards;
using IntervisieBot.Features.Intervisie.Domain;
using IntervisieBot.Features.Intervisie.Storage;
using IntervisieBot.Features.Intervisie.Handlers;
using IntervisieBot.Localization;
using IntervisieBot.Privacy.Rights;
using IntervisieBot.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace IntervisieBot.Tests.Intervisie.Handlers;

/// <summary>
/// The group agreement (issue 17 item 11), against the real bot, Azurite and the loopback connector: a group's first round
/// asks it on the start card, joining confirms it once per person per conversation, later rounds don't ask again, nobody
/// joins without confirming, and "mijn gegevens" shows and deletes the confirmations.
/// </summary>
public sealed class GroupAgreementTests : RoundTeamFixture
{
    private static readonly string Points = RoundCardStrings.AgreementPoints(BotCulture.Dutch);
    private static readonly string Title = RoundCardStrings.AgreementTitle(BotCulture.Dutch);
    private static readonly string JoinAndAgree = RoundCardStrings.OptInAgree(BotCulture.Dutch);
    private static readonly string Holds = RoundCardStrings.AgreementHolds(BotCulture.Dutch);

    private GroupAgreementStore Agreements => Bot.Services.GetRequiredService<GroupAgreementStore>();

    private string SharedCardText(string cardId) =>
        RoundTeam.AllText(RoundTeam.CardOf(Connector.Requests.Single(r => r.ResponseId == cardId)));

    [Fact]
    public async Task FirstRound_AsksTheAgreement_JoiningConfirmsItOnce_AndTheNextRoundDoesNotAsk()
    {
        var (first, cardId) = await Team.OpenAsync(A);
        var shared = SharedCardText(cardId);
        Assert.Contains(Title, shared);
        Assert.Contains(Points, shared);
        Assert.Contains("Wat in de groep gezegd wordt, blijft in de groep.", shared);
        Assert.Contains("Over klanten spreek je anoniem", shared);
        Assert.Contains("Niemand wordt beoordeeld", shared);
        Assert.Contains(JoinAndAgree, shared);
        Assert.True((await Team.LoadAsync(first)).State.AsksAgreement);

        await Team.OptInAsync(first, A, cardId);
        var stamp = await ConfirmedAtAsync(A);
        await Team.OptInAsync(first, A, cardId);                                   // a double click confirms nothing twice
        await Team.OptInAsync(first, B, cardId);
        Assert.Equal(1, await Agreements.CountForAsync(Aad(A), default));
        Assert.Equal(stamp, await ConfirmedAtAsync(A));
        Assert.True(await Agreements.HasConfirmedAsync(Team.Partition, Aad(B), default));

        var data = RoundTeam.StartData(A, B);
        data[RoundVerbs.RoundIdData] = first;
        var roundCard = RoundTeam.AllText(await Team.ClickAsync(RoundVerbs.Start, data, A, replyToId: cardId));
        Assert.Equal(RoundStatus.AwaitingCasus, (await Team.LoadAsync(first)).State.Status);
        Assert.Contains(Holds, roundCard);                                         // the round card says the agreement holds
        Assert.Contains(Holds, RoundTeam.AllText(RoundTeam.CardOf((await CardUpdatesAsync(cardId))[^1])));
        await Team.SimpleAsync(RoundVerbs.Close, first, B);
        Assert.Equal(RoundStatus.Closed, (await Team.LoadAsync(first)).State.Status);

        // The second round of this group: the agreement holds, nobody who confirmed is asked again.
        var (second, secondCardId) = await Team.OpenAsync(B);
        var again = SharedCardText(secondCardId);
        Assert.False((await Team.LoadAsync(second)).State.AsksAgreement);
        Assert.DoesNotContain(Points, again);
        Assert.DoesNotContain(JoinAndAgree, again);
        Assert.Contains(Holds, again);
        await Team.OptInAsync(second, A, secondCardId, agree: false);
        Assert.True((await Team.LoadAsync(second)).State.IsParticipant(Aad(A)));
        Assert.Equal(1, await Agreements.CountForAsync(Aad(A), default));
    }

    [Fact]
    public async Task WhoHasNotConfirmed_CannotJoinWithoutConfirming_InTheFirstRoundOrALaterOne()
    {
        var (first, cardId) = await Team.OpenAsync(A);
        var refused = RoundTeam.AllText(await Team.OptInAsync(first, A, cardId, agree: false));
        Assert.Contains(RoundCardStrings.AgreementNotice(BotCulture.Dutch), refused);
        Assert.False((await Team.LoadAsync(first)).State.IsParticipant(Aad(A)));
        Assert.False(await Agreements.HasConfirmedAsync(Team.Partition, Aad(A), default));
        await Team.OptInAsync(first, A, cardId);
        await Team.SimpleAsync(RoundVerbs.Close, first, A);

        // A later round, and C (new to the group) clicks the plain "Ik doe mee": C gets the agreement on one card, and is not in yet.
        var (second, secondCardId) = await Team.OpenAsync(A);
        Assert.Contains(RoundCardStrings.OptIn(BotCulture.Dutch), SharedCardText(secondCardId));
        var personal = await Team.OptInAsync(second, C, secondCardId, agree: false);
        var text = RoundTeam.AllText(personal);
        Assert.Contains(RoundCardStrings.AgreementNotice(BotCulture.Dutch), text);
        Assert.Contains(Points, text);
        Assert.Contains(JoinAndAgree, text);
        Assert.Contains(RoundVerbs.OptIn, RoundTeam.VerbsIn(personal));
        Assert.False((await Team.LoadAsync(second)).State.IsParticipant(Aad(C)));
        Assert.False(await Agreements.HasConfirmedAsync(Team.Partition, Aad(C), default));

        // One click on that card: C confirms and is in.
        var joined = RoundTeam.AllText(await Team.OptInAsync(second, C, secondCardId));
        Assert.Contains("Aantal deelnemers: 1", joined);
        Assert.True((await Team.LoadAsync(second)).State.IsParticipant(Aad(C)));
        Assert.True(await Agreements.HasConfirmedAsync(Team.Partition, Aad(C), default));
    }

    [Fact]
    public async Task ConfirmationsAreKeptPerConversation_AndMijnGegevensShowsAndDeletesThem()
    {
        var group = new RoundTeam(Bot, Connector, "19:intervisiegroep-west@thread.v2", groupChat: true);
        var (inTeam, teamCardId) = await Team.OpenAsync(A);
        await Team.OptInAsync(inTeam, A, teamCardId);
        await Team.OptInAsync(inTeam, B, teamCardId);
        var (inGroup, groupCardId) = await group.OpenAsync(A);
        Assert.True((await group.LoadAsync(inGroup)).State.AsksAgreement);          // another conversation is another group
        await group.OptInAsync(inGroup, A, groupCardId);
        Assert.Equal(2, await Agreements.CountForAsync(Aad(A), default));

        var shown = CardText.Of((await Team.SayAsync("mijn gegevens", A, conversationType: "personal")).Body);
        Assert.Contains("Intervisie: " + IntervisieRightsStrings.AgreementsConfirmed(BotCulture.Dutch), shown);

        var contributor = Bot.Services.GetServices<IPersonalDataContributor>().OfType<IntervisiePersonalData>().Single();
        var subject = new DataSubject(TestActivities.TenantId, Aad(A), A);
        Assert.Equal(2, (await contributor.DescribeAsync(subject, BotCulture.Dutch, default)).Items[^1].Count);
        Assert.Equal(2, (await contributor.DeleteAsync(subject, BotCulture.Dutch, default)).Items[^1].Count);
        Assert.Equal(0, (await contributor.DescribeAsync(subject, BotCulture.Dutch, default)).Items[^1].Count);
        Assert.False(await Agreements.HasConfirmedAsync(Team.Partition, Aad(A), default));
        Assert.True(await Agreements.HasConfirmedAsync(Team.Partition, Aad(B), default));   // only the sender's
    }

    private async Task<DateTimeOffset> ConfirmedAtAsync(string user)
    {
        var table = await Bot.Services.GetRequiredService<IntervisieBot.Storage.TableStore>().GetTableAsync(IntervisieBot.Storage.TableNames.IntervisieAgreements);
        return (await table.GetEntityAsync<GroupAgreementEntity>(Team.Partition, IntervisieBot.Storage.TableKeys.Encode(Aad(user)))).Value.ConfirmedAt;
    }
}
