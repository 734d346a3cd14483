using System.Net;
using System.Text.Json;
using IntervisieBot.Features.Handreikingen.Needs;
using IntervisieBot.Features.Handreikingen.Teams;
using IntervisieBot.Storage;
using IntervisieBot.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace IntervisieBot.Tests.Handreikingen.Teams;

/// <summary>casus → handreikingen through /api/messages with Azurite (invented, anonymous casus only).</summary>
public sealed class CasusFlowTests : IAsyncLifetime
{
    private const string TeamId = "19:team-casus@thread.tacv2";
    private BotConversation _chat = null!;
    private LoopbackConnector _connector => _chat.Connector;
    private BotApplicationFactory _bot => _chat.Bot;

    public async Task InitializeAsync() =>
        _chat = await BotConversation.StartAsync(new Dictionary<string, string?> { ["Roles:Kennismakelaars:0"] = TestActivities.AadFor("29:user-k") });

    public async Task DisposeAsync() => await _chat.DisposeAsync();

    private CasusStore Store => _bot.Services.GetRequiredService<CasusStore>();

    private async Task<List<InformationNeedEntity>> NeedsAsync()
    {
        var table = await _bot.Services.GetRequiredService<TableStore>().GetTableAsync(InformationNeedStore.TableName, default);
        return await table.QueryAsync<InformationNeedEntity>(e => e.PartitionKey == TableKeys.Encode(TestActivities.TenantId)).ToListAsync();
    }

    [Fact]
    public async Task CasusCommand_SuggestsFittingHandreikingWithWhy()
    {
        var reply = await SayAsync(TestActivities.Message(_connector.ServiceUrl, "casus: mijn klant heeft een deurwaarder aan de deur en er ligt beslag op zijn uitkering"));
        var texts = CardText.Of(reply.Body);
        Assert.Contains("Dit kan helpen", texts);
        Assert.Contains(texts, t => t.StartsWith("Je casus noemt ", StringComparison.Ordinal) && t.Contains("(Schulden)", StringComparison.Ordinal));
        Assert.Contains(texts, t => t.StartsWith("Hoe om te gaan met", StringComparison.Ordinal) || t.StartsWith("Wanneer", StringComparison.Ordinal));
    }

    [Fact]
    public async Task PlainDescription_InPersonalChat_IsReadAsCasus_ButNotInAChannel()
    {
        var personal = await SayAsync(TestActivities.Message(_connector.ServiceUrl, "mijn klant drinkt elke dag en komt soms onder invloed op gesprek"));
        Assert.Contains("Dit kan helpen", CardText.Of(personal.Body));

        var channel = await SayAsync(TestActivities.Message(_connector.ServiceUrl, "<at>IntervisieBot</at> mijn klant drinkt elke dag en komt soms onder invloed op gesprek").InChannel(TeamId));
        Assert.Contains("Dat herken ik niet", CardText.Of(channel.Body));
    }

    [Fact]
    public async Task CasusWithIdentifier_GetsPrivacyCard_NothingKept()
    {
        var reply = await SayAsync(TestActivities.Message(_connector.ServiceUrl, "casus: mevrouw Zonnebloem heeft schulden, bel haar op 06-12345678"));
        var texts = CardText.Of(reply.Body);
        Assert.Contains("Niet opgeslagen: dit lijkt op gegevens van een klant", texts);
        Assert.DoesNotContain("Dit kan helpen", texts);
        Assert.Empty(await NeedsAsync());

        var inChannel = await SayAsync(TestActivities.Message(_connector.ServiceUrl, "casus: mevrouw Zonnebloem heeft schulden").InChannel(TeamId));
        Assert.DoesNotContain(CardText.Of(inChannel.Body), t => t.Contains("Zonnebloem", StringComparison.Ordinal));
    }

    [Fact]
    public async Task NothingFound_IsHonest_AndKeepsOnlyTagsAndStems()
    {
        var reply = await SayAsync(TestActivities.Message(_connector.ServiceUrl, "casus: de vergaderruimte op de derde verdieping heeft geen beamer meer"));
        Assert.Contains("Ik vond niets dat goed past", CardText.Of(reply.Body));
        var need = Assert.Single(await NeedsAsync());
        Assert.Equal(InformationNeedSources.Casus, need.Source);
        Assert.Null(need.TeamKey); // asked in a personal chat
        Assert.DoesNotContain("vergaderruimte op de derde", need.Keywords, StringComparison.Ordinal);
        Assert.DoesNotContain(' ', need.Keywords);
    }

    [Fact]
    public async Task Feedback_IsStoredPerPerson_UnknownEntryIsRefused()
    {
        var entryId = _bot.Services.GetRequiredService<IntervisieBot.Features.Handreikingen.HandreikingCatalogue>().Entries[0].Id;
        await RateAsync("29:user-a", entryId, true);
        await RateAsync("29:user-a", entryId, false); // changes mind: still one vote
        await RateAsync("29:user-b", entryId, true);
        var message = await RateAsync("29:user-b", "bestaat-niet", true);
        Assert.Equal("Deze handreiking bestaat niet (meer).", message);

        var feedback = await Store.FeedbackAsync(TestActivities.TenantId, default);
        Assert.Equal((1, 1), feedback[entryId]);
        Assert.False(feedback.ContainsKey("bestaat-niet"));

        // "verwijder mijn gegevens" removes A's rating only.
        var rights = Assert.Single(_bot.Services.GetServices<IntervisieBot.Privacy.Rights.IPersonalDataContributor>(), c => c is CasusPersonalData);
        var subject = new IntervisieBot.Privacy.Rights.DataSubject(TestActivities.TenantId, TestActivities.AadFor("29:user-a"), "29:user-a");
        Assert.Equal(1, (await rights.DescribeAsync(subject, IntervisieBot.Localization.BotCulture.Dutch, default)).Items[0].Count);
        Assert.Equal(1, (await rights.DeleteAsync(subject, IntervisieBot.Localization.BotCulture.Dutch, default)).Items[0].Count);
        Assert.Equal((1, 0), (await Store.FeedbackAsync(TestActivities.TenantId, default))[entryId]);
    }

    [Fact]
    public async Task Overview_OnlyForKennismakelaars()
    {
        var refused = await SayAsync(TestActivities.Message(_connector.ServiceUrl, "handreikingen overzicht", fromId: "29:user-a").InChannel(TeamId));
        Assert.Contains("Alleen voor kennismakelaars", CardText.Of(refused.Body));

        await SayAsync(TestActivities.Message(_connector.ServiceUrl, "casus: de vergaderruimte op de derde verdieping heeft geen beamer meer"));
        var shown = await SayAsync(TestActivities.Message(_connector.ServiceUrl, "handreikingen overzicht", fromId: "29:user-k").InChannel(TeamId));
        var texts = CardText.Of(shown.Body);
        Assert.Contains("Handreikingen: wat werkt en wat ontbreekt", texts);
        Assert.Contains("Vragen zonder goed antwoord, per onderwerp (laatste 90 dagen; minder dan 3 keer wordt niet getoond)", texts);
        Assert.DoesNotContain(texts, t => t.StartsWith("beamer", StringComparison.Ordinal)); // asked once: hidden
    }

    [Fact]
    public async Task Overview_CountsUnansweredCasusAndLessonSearchesTogether_FromThreeOn()
    {
        await SayAsync(TestActivities.Message(_connector.ServiceUrl, "casus: de vergaderruimte op de derde verdieping heeft geen beamer meer"));
        await SayAsync(TestActivities.Message(_connector.ServiceUrl, "casus: de beamer in de vergaderruimte beneden doet het ook niet meer", fromId: "29:user-b").InChannel(TeamId));
        var hidden = CardText.Of((await SayAsync(TestActivities.Message(_connector.ServiceUrl, "handreikingen overzicht", fromId: "29:user-k").InChannel(TeamId))).Body);
        Assert.DoesNotContain(hidden, t => t.StartsWith("beamer", StringComparison.Ordinal));

        var (status, _) = await _chat.InvokeAsync(TestActivities.Invoke(_connector.ServiceUrl, "composeExtension/query",
            new { commandId = "zoekLessen", parameters = new[] { new { name = "zoekterm", value = "beamer" } } }).InChannel(TeamId));
        Assert.Equal(HttpStatusCode.OK, status);

        var needs = await NeedsAsync();
        Assert.Equal([InformationNeedSources.LessonSearch, InformationNeedSources.Casus, InformationNeedSources.Casus], needs.Select(n => n.Source));
        var shown = CardText.Of((await SayAsync(TestActivities.Message(_connector.ServiceUrl, "handreikingen overzicht", fromId: "29:user-k").InChannel(TeamId))).Body).ToList();
        var index = shown.FindIndex(t => t.StartsWith("beamer", StringComparison.Ordinal));
        Assert.True(index >= 0, string.Join(" | ", shown));
        Assert.Equal("3", shown[index + 1]);
    }

    private async Task<string?> RateAsync(string fromId, string entryId, bool useful)
    {
        var (status, body) = await _chat.InvokeAsync(TestActivities.CardAction(_connector.ServiceUrl, CasusCards.FeedbackVerb,
            new { verb = CasusCards.FeedbackVerb, entryId, useful }, fromId: fromId));
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal("application/vnd.microsoft.activity.message", body.GetProperty("type").GetString());
        return body.GetProperty("value").GetString();
    }

    private Task<RecordedRequest> SayAsync(Dictionary<string, object?> activity) => _chat.SayAsync(activity);
}
