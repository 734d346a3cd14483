using System.Net;
using System.Text.Json;
using IntervisieBot.Features.Handreikingen.Cards;
using IntervisieBot.Features.Handreikingen.Domain;
using IntervisieBot.Features.Handreikingen.Storage;
using IntervisieBot.Storage;
using IntervisieBot.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace IntervisieBot.Tests.Handreikingen.Handlers;

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
        var table = await _bot.Services.GetRequiredService<TableStore>().GetTableAsync(TableNames.InformationNeeds, default);
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
    public async Task NothingFound_IsHonest_AndKeepsNoWordOutsideTheLexicon()
    {
        var reply = await SayAsync(TestActivities.Message(_connector.ServiceUrl, "casus: de vergaderruimte op de derde verdieping heeft geen beamer meer"));
        Assert.Contains("Ik vond niets dat goed past", CardText.Of(reply.Body));
        Assert.Empty(await NeedsAsync()); // no tag and no lexicon word: nothing to keep
    }

    [Fact]
    public async Task InformationNeeds_KeepOnlyTaxonomyTagsAndLexiconWords()
    {
        var needs = _bot.Services.GetRequiredService<InformationNeedStore>();

        // words the guard might have missed (a name, a number, a postcode) next to domain words
        await needs.RecordAsync(TestActivities.TenantId, null, InformationNeedSources.Casus, ["schulden", "geen-tag"],
            ["beamer", "zonnebloem", "784017001", "1234ab", "schuld", "deurwaarder"], default);

        var need = Assert.Single(await NeedsAsync());
        Assert.Equal("schulden", need.Tags);
        var lexicon = _bot.Services.GetRequiredService<IntervisieBot.Features.Handreikingen.Domain.DomainLexicon>();
        var kept = need.Keywords.Split(',');
        Assert.NotEmpty(kept);
        Assert.All(kept, k => Assert.Equal(k, lexicon.VocabularyWordFor(k)));
        foreach (var free in new[] { "beamer", "zonnebloem", "784017001", "1234ab" })
        {
            Assert.DoesNotContain(free, need.Keywords, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task InformationNeeds_Retention_DeletesOldRowsAndRowsWithFreeWords()
    {
        var table = await _bot.Services.GetRequiredService<TableStore>().GetTableAsync(TableNames.InformationNeeds, default);
        var now = DateTimeOffset.UtcNow;
        InformationNeedEntity Row(string key, string keywords, DateTimeOffset at) => new()
        {
            PartitionKey = TableKeys.Encode(TestActivities.TenantId), RowKey = key, Source = InformationNeedSources.Casus, Tags = "schulden", Keywords = keywords, At = at,
        };
        await table.AddEntityAsync(Row("legacy", "jansen,1234ab", now));          // kept before the whitelist
        await table.AddEntityAsync(Row("old", "schuld", now.AddDays(-400)));       // past the retention time
        await table.AddEntityAsync(Row("fine", "schuld", now.AddDays(-10)));

        var retention = Assert.Single(_bot.Services.GetServices<IntervisieBot.Privacy.Retention.IRetentionParticipant>(), p => p is InformationNeedsRetention);
        await retention.PurgeExpiredAsync(now, new IntervisieBot.Privacy.Retention.RetentionOptions(), default);

        // (the bot's own retention job may have removed some of them first: only the end state is certain)
        Assert.Equal(["fine"], (await NeedsAsync()).Select(n => n.RowKey));
    }

    [Fact]
    public async Task Feedback_IsStoredPerPerson_UnknownEntryIsRefused()
    {
        var entryId = _bot.Services.GetRequiredService<IntervisieBot.Features.Handreikingen.Domain.HandreikingCatalogue>().Entries[0].Id;
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
        // Two casus and a lesson search that found nothing, on one topic (a lexicon word always finds a handreiking through
        // the bot, so the needs are recorded as the routes do).
        var needs = _bot.Services.GetRequiredService<InformationNeedStore>();
        await needs.RecordAsync(TestActivities.TenantId, null, InformationNeedSources.Casus, ["schulden"], ["deurwaarder"], default);
        await needs.RecordAsync(TestActivities.TenantId, TeamId, InformationNeedSources.Casus, ["schulden"], ["deurwaarder"], default);
        var hidden = CardText.Of((await SayAsync(TestActivities.Message(_connector.ServiceUrl, "handreikingen overzicht", fromId: "29:user-k").InChannel(TeamId))).Body);
        Assert.DoesNotContain(hidden, t => t.StartsWith("#schulden", StringComparison.Ordinal));

        await needs.RecordAsync(TestActivities.TenantId, TeamId, InformationNeedSources.LessonSearch, ["schulden"], ["deurwaarder"], default);

        Assert.Equal([InformationNeedSources.LessonSearch, InformationNeedSources.Casus, InformationNeedSources.Casus], (await NeedsAsync()).Select(n => n.Source));
        var shown = CardText.Of((await SayAsync(TestActivities.Message(_connector.ServiceUrl, "handreikingen overzicht", fromId: "29:user-k").InChannel(TeamId))).Body).ToList();
        var index = shown.FindIndex(t => t.StartsWith("#schulden", StringComparison.Ordinal));
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
