using IntervisieBot.Features.MyData;
using IntervisieBot.Features.Teams.Language;
using IntervisieBot.Localization;
using IntervisieBot.Privacy.Rights;
using IntervisieBot.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace IntervisieBot.Tests.Localization;

/// <summary>Which language a turn is answered in: the person's choice, the settings, never the client's locale by default.</summary>
public sealed class LanguageChoiceTests
{
    [Theory]
    // Default settings: Dutch for everyone, whatever the client sends (the Playground and many Teams clients send en-US).
    [InlineData(null, "en-US", false, "nl", "nl-NL")]
    [InlineData(null, null, false, "nl", "nl-NL")]
    [InlineData(null, "nl-NL", false, "en", "en-US")]
    // Following the client: a language the bot speaks decides, anything else falls back to the default.
    [InlineData(null, "en-GB", true, "nl", "en-US")]
    [InlineData(null, "nl-BE", true, "en", "nl-NL")]
    [InlineData(null, "de-DE", true, "en", "en-US")]
    [InlineData(null, "de-DE", true, "nl", "nl-NL")]
    // The person's own choice wins over everything.
    [InlineData("en", "nl-NL", true, "nl", "en-US")]
    [InlineData("nl", "en-US", true, "en", "nl-NL")]
    // An unreadable stored choice or default is ignored.
    [InlineData("fr", "en-US", false, "xx", "nl-NL")]
    public void Choose_PersonThenFollowedClientThenDefault(string? personal, string? client, bool follow, string defaultLanguage, string expected)
    {
        var options = new LocalizationOptions { FollowClientLocale = follow, DefaultLanguage = defaultLanguage };
        Assert.Equal(expected, BotCulture.Choose(personal, client, options).Name);
    }

    [Theory]
    [InlineData("en", "en-US")]
    [InlineData("Engels", "en-US")]
    [InlineData(" english. ", "en-US")]
    [InlineData("NL", "nl-NL")]
    [InlineData("nederlands", "nl-NL")]
    [InlineData("fr", null)]
    [InlineData("", null)]
    [InlineData(null, null)]
    public void Parse_LanguageArgument(string? argument, string? expected)
    {
        Assert.Equal(expected, LanguageRoutes.Parse(argument)?.Name);
    }

    [Fact]
    public async Task Help_FromAnEnglishClient_IsDutchByDefault()
    {
        await using var chat = await BotConversation.StartAsync();
        var reply = await chat.SayAsync(TestActivities.Message(chat.ServiceUrl, "help", locale: "en-US"));
        Assert.Contains("Wat kan IntervisieBot?", CardText.Of(reply.Body));
    }

    [Fact]
    public async Task Help_FromAnEnglishClient_IsEnglish_WhenTheTenantFollowsTheClient()
    {
        await using var chat = await BotConversation.StartAsync(new Dictionary<string, string?> { ["Localization:FollowClientLocale"] = "true" });
        var english = await chat.SayAsync(TestActivities.Message(chat.ServiceUrl, "help", locale: "en-US"));
        var dutch = await chat.SayAsync(TestActivities.Message(chat.ServiceUrl, "help", locale: "nl-NL"));
        Assert.Contains("What can IntervisieBot do?", CardText.Of(english.Body));
        Assert.Contains("Wat kan IntervisieBot?", CardText.Of(dutch.Body));
    }

    [Fact]
    public async Task Help_IsEnglish_WhenEnglishIsTheConfiguredDefault()
    {
        await using var chat = await BotConversation.StartAsync(new Dictionary<string, string?> { ["Localization:DefaultLanguage"] = "en" });
        var reply = await chat.SayAsync(TestActivities.Message(chat.ServiceUrl, "hulp", locale: "nl-NL"));
        Assert.Contains("What can IntervisieBot do?", CardText.Of(reply.Body));
    }

    [Fact]
    public void UnknownDefaultLanguage_StopsTheBotAtStartUp()
    {
        using var bot = new BotApplicationFactory(new Dictionary<string, string?> { ["Localization:DefaultLanguage"] = "de" });
        var error = Assert.ThrowsAny<Exception>(() => bot.CreateClient());
        Assert.Contains("Localization:DefaultLanguage", error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task TaalEn_IsKeptForThatPerson_ShownAndDeletedWithMijnGegevens()
    {
        await using var chat = await BotConversation.StartAsync();
        var chosen = await chat.SayAsync(TestActivities.Message(chat.ServiceUrl, "taal en", fromId: "29:user-e"));
        Assert.Contains("From now on I answer you in English.", CardText.Of(chosen.Body));

        // Kept: the next turns of that person are English, even from a Dutch client; another person still gets Dutch.
        var help = await chat.SayAsync(TestActivities.Message(chat.ServiceUrl, "hulp", fromId: "29:user-e", locale: "nl-NL"));
        Assert.Contains("What can IntervisieBot do?", CardText.Of(help.Body));
        var other = await chat.SayAsync(TestActivities.Message(chat.ServiceUrl, "hulp", fromId: "29:user-f", locale: "en-US"));
        Assert.Contains("Wat kan IntervisieBot?", CardText.Of(other.Body));
        var store = chat.Services.GetRequiredService<LanguagePreferenceStore>();
        Assert.Equal("en", await store.GetAsync(TestActivities.TenantId, TestActivities.AadFor("29:user-e"), default));

        // Shown by "mijn gegevens" (in the chosen language).
        var myData = await chat.SayAsync(TestActivities.Message(chat.ServiceUrl, "mijn gegevens", fromId: "29:user-e"));
        Assert.Contains("Language: Your language choice: English", CardText.Of(myData.Body));

        // Deleted by "verwijder mijn gegevens": back to the default language.
        var deleted = await chat.ExecuteForCardAsync(TestActivities.CardAction(chat.ServiceUrl, MyDataCards.ConfirmDeleteVerb, new { }, fromId: "29:user-e"));
        Assert.Contains(CardText.OfCard(deleted), t => t.Contains("Your language choice: English", StringComparison.Ordinal));
        Assert.Null(await store.GetAsync(TestActivities.TenantId, TestActivities.AadFor("29:user-e"), default));
        var after = await chat.SayAsync(TestActivities.Message(chat.ServiceUrl, "hulp", fromId: "29:user-e", locale: "en-US"));
        Assert.Contains("Wat kan IntervisieBot?", CardText.Of(after.Body));
    }

    [Fact]
    public async Task LanguageButton_SwitchesBack_AndTheCardIsInTheNewLanguage()
    {
        await using var chat = await BotConversation.StartAsync();
        await chat.SayAsync(TestActivities.Message(chat.ServiceUrl, "language en", fromId: "29:user-g"));
        var card = await chat.ExecuteForCardAsync(TestActivities.CardAction(chat.ServiceUrl, LanguageRoutes.ChooseVerb, new { language = "nl" }, fromId: "29:user-g"));
        Assert.Contains("Ik antwoord je voortaan in het Nederlands.", CardText.OfCard(card));
        var store = chat.Services.GetRequiredService<LanguagePreferenceStore>();
        Assert.Equal("nl", await store.GetAsync(TestActivities.TenantId, TestActivities.AadFor("29:user-g"), default));
    }

    [Theory]
    [InlineData("taal fr")]
    [InlineData("taal klingon")]
    public async Task UnknownLanguage_GetsAFriendlyCard_AndChangesNothing(string text)
    {
        await using var chat = await BotConversation.StartAsync();
        var reply = await chat.SayAsync(TestActivities.Message(chat.ServiceUrl, text, fromId: "29:user-h"));
        var texts = CardText.Of(reply.Body);
        Assert.Contains("Die taal spreek ik niet. Ik spreek Nederlands en Engels.", texts);
        Assert.Null(await chat.Services.GetRequiredService<LanguagePreferenceStore>().GetAsync(TestActivities.TenantId, TestActivities.AadFor("29:user-h"), default));
    }

    [Fact]
    public async Task ForgedLanguageAction_GetsAFriendlyCard()
    {
        await using var chat = await BotConversation.StartAsync();
        var card = await chat.ExecuteForCardAsync(TestActivities.CardAction(chat.ServiceUrl, LanguageRoutes.ChooseVerb, new { language = new[] { 1, 2 } }));
        Assert.Contains("Die taal spreek ik niet. Ik spreek Nederlands en Engels.", CardText.OfCard(card));
    }
}
