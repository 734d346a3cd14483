using IntervisieBot.Features.Lessons.Cards;
using IntervisieBot.Features.Lessons.Domain;
using Microsoft.Extensions.DependencyInjection;
using IntervisieBot.Features.Teams.Language;
using System.Text.Json;
using IntervisieBot.Tests.Infrastructure;

namespace IntervisieBot.Tests.Lessons.Handlers;

/// <summary>Capturing lessons through /api/messages with Azurite: the <c>les</c> command, saving, editing and the privacy guard.</summary>
public sealed class LessonCaptureTests : IAsyncLifetime
{
    private LessonsHarness _h = null!;

    public async Task InitializeAsync() => _h = await LessonsHarness.StartAsync();

    public async Task DisposeAsync() => await _h.DisposeAsync();

    private static Dictionary<string, string> Card(string lesson, string actionPlan = "", string copingPlan = "", string tags = "", string visibility = LessonVisibility.MijnTeam) => new()
    {
        [LessonFormCard.LessonInput] = lesson,
        [LessonFormCard.ActionPlanInput] = actionPlan,
        [LessonFormCard.CopingPlanInput] = copingPlan,
        [LessonFormCard.TagsInput] = tags,
        [LessonFormCard.TypeInput] = LessonTypes.MeerDoen,
        [LessonFormCard.EvidenceInput] = "onderbouwd",
        [LessonFormCard.CheckWeeksInput] = "8",
        [LessonFormCard.VisibilityInput] = visibility,
    };

    [Fact]
    public async Task LesCommand_InTeam_SendsTheLessonFormWithVisibilityChoice()
    {
        var reply = await _h.SayAsync("<at>IntervisieBot</at> les", team: LessonsHarness.TeamNoord);

        var texts = CardText.Of(reply.Body);
        Assert.Contains("Nieuwe les", texts);
        var raw = reply.Body!.Value.GetRawText();
        Assert.Contains("\"label\":\"De les in één zin\"", raw, StringComparison.Ordinal);
        Assert.Contains("\"label\":\"Wie ziet deze les?\"", raw, StringComparison.Ordinal);
    }

    [Fact]
    public async Task LesCommand_WithCleanText_PrefillsTextAndSuggestsTags()
    {
        var reply = await _h.SayAsync("nieuwe les De deurwaarder belt vaker dan de klant zelf; eerst beslag in kaart brengen");

        var body = reply.Body!.Value.GetRawText();
        Assert.Contains("eerst beslag in kaart brengen", body, StringComparison.Ordinal);
        Assert.Contains("\"value\":\"schulden", body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task LesCommand_WithIdentifier_DoesNotEchoTheText()
    {
        var reply = await _h.SayAsync("les mevrouw De Vries belde over haar uitkering, BSN 111222333");

        var body = reply.Body!.Value.GetRawText();
        Assert.DoesNotContain("111222333", body, StringComparison.Ordinal);
        Assert.DoesNotContain("De Vries", body, StringComparison.Ordinal);
        Assert.Contains("persoonsgegevens", body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Save_InTeamChannel_StoresTeamLessonWithAllFieldsAndShowsIt()
    {
        var card = await _h.ExecuteAsync(LessonFormCard.SaveVerb,
            Card("Bij schulden eerst samen de post openen.", "Volgende intake een half uur voor de post.", "Geen tijd: tweede afspraak binnen een week.", "schulden,diagnose"),
            team: LessonsHarness.TeamNoord);

        var texts = CardText.OfCard(card);
        Assert.Contains(texts, t => t.StartsWith("Bewaard. Over 8 weken", StringComparison.Ordinal));
        var stored = Assert.Single(await _h.TeamLessonsAsync(LessonsHarness.TeamNoord));
        Assert.Equal("Bij schulden eerst samen de post openen.", stored.Text);
        Assert.Equal(["schulden", "diagnose"], stored.Tags);
        Assert.Equal("Volgende intake een half uur voor de post.", stored.ActionPlan);
        Assert.Equal("Geen tijd: tweede afspraak binnen een week.", stored.CopingPlan);
        Assert.Equal(LessonTypes.MeerDoen, stored.Type);
        Assert.Equal("onderbouwd", stored.Evidence);
        Assert.Equal(8, stored.CheckWeeks);
        Assert.Equal(stored.Created.AddDays(56), stored.CheckDate);
        Assert.Equal(LessonsHarness.Aad("29:user-a"), stored.OwnerKey);
        Assert.Equal(LessonsHarness.TeamNoord, stored.TeamKey);
        Assert.Equal(LessonHistoryKinds.Created, Assert.Single(stored.History).Kind);
        Assert.Empty(await _h.PersonalLessonsAsync("29:user-a"));
    }

    [Fact]
    public async Task Save_WithoutTags_SuggestsTagsFromTheText()
    {
        await _h.ExecuteAsync(LessonFormCard.SaveVerb, Card("Hij kan niet lezen; brieven samen doornemen werkt beter dan mailen."), team: LessonsHarness.TeamNoord);

        var stored = Assert.Single(await _h.TeamLessonsAsync(LessonsHarness.TeamNoord));
        Assert.Contains("taal", stored.Tags);
    }

    [Fact]
    public async Task Save_AlleenIkInTeam_IsStoredPersonallyNotInTheTeam()
    {
        await _h.ExecuteAsync(LessonFormCard.SaveVerb, Card("Ik plan mijn lastige gesprekken in de ochtend.", visibility: LessonVisibility.AlleenIk), team: LessonsHarness.TeamNoord);

        Assert.Empty(await _h.TeamLessonsAsync(LessonsHarness.TeamNoord));
        var stored = Assert.Single(await _h.PersonalLessonsAsync("29:user-a"));
        Assert.Equal(LessonScopeKind.Personal, stored.Scope);
        Assert.Equal(LessonsHarness.TeamNoord, stored.TeamKey);
    }

    [Fact]
    public async Task Save_InPersonalChat_IsPersonalEvenWhenTheCardSaysTeam()
    {
        await _h.ExecuteAsync(LessonFormCard.SaveVerb, Card("Na een sanctie altijd binnen een week bellen.", visibility: LessonVisibility.MijnTeam));

        var stored = Assert.Single(await _h.PersonalLessonsAsync("29:user-a"));
        Assert.Equal(LessonVisibility.AlleenIk, stored.Visibility);
        Assert.Null(stored.TeamKey);
    }

    public static TheoryData<string> TextFields => new() { LessonFormCard.LessonInput, LessonFormCard.ActionPlanInput, LessonFormCard.CopingPlanInput };

    [Theory]
    [MemberData(nameof(TextFields))]
    public async Task Save_IdentifierInAnyTextField_StoresNothingAndAsksToEditThatField(string field)
    {
        var data = Card("Bij schulden eerst de post openen.", "Met de schuldhulp samen plannen.", "Als het stokt, bel ik de wijkcoach.");
        data[field] = "Bel mevrouw Jansen op 06-12345678 terug.";

        var card = await _h.ExecuteAsync(LessonFormCard.SaveVerb, data, team: LessonsHarness.TeamNoord);

        Assert.Empty(await _h.TeamLessonsAsync(LessonsHarness.TeamNoord));
        Assert.Empty(await _h.PersonalLessonsAsync("29:user-a"));
        var raw = card.GetRawText();
        Assert.Contains("telefoonnummer", raw, StringComparison.Ordinal);
        var input = FindInput(card, field);
        // The text comes back to edit with every finding masked: the bot never repeats the identifier.
        Assert.Equal("Bel [naam weggelaten] op [telefoonnummer weggelaten] terug.", input.GetProperty("value").GetString());
        Assert.DoesNotContain("Jansen", raw, StringComparison.Ordinal);
        Assert.DoesNotContain("12345678", raw, StringComparison.Ordinal);
        // The other fields travel along in the action data, the rejected text does not.
        var actionData = card.GetProperty("actions")[0].GetProperty("data");
        Assert.Equal(LessonFormCard.SaveVerb, actionData.GetProperty("verb").GetString());
        Assert.False(actionData.TryGetProperty(field, out _));
        string[] fields = [LessonFormCard.LessonInput, LessonFormCard.ActionPlanInput, LessonFormCard.CopingPlanInput];
        Assert.Equal(2, fields.Count(f => f != field && actionData.TryGetProperty(f, out _)));
    }

    [Fact]
    public async Task Save_ResubmittedFromPrivacyCard_StoresTheLesson()
    {
        var data = Card("Bij schulden eerst de post openen.", "Bel mevrouw Jansen op 06-12345678 terug.");
        var privacyCard = await _h.ExecuteAsync(LessonFormCard.SaveVerb, data, team: LessonsHarness.TeamNoord);
        var resubmit = JsonSerializer.Deserialize<Dictionary<string, JsonElement>>(privacyCard.GetProperty("actions")[0].GetProperty("data").GetRawText())!
            .ToDictionary(kv => kv.Key, kv => kv.Value.GetString()!);
        resubmit[LessonFormCard.ActionPlanInput] = "Samen met de schuldhulp een plan maken.";

        await _h.ExecuteAsync(LessonFormCard.SaveVerb, resubmit, team: LessonsHarness.TeamNoord);

        var stored = Assert.Single(await _h.TeamLessonsAsync(LessonsHarness.TeamNoord));
        Assert.Equal("Samen met de schuldhulp een plan maken.", stored.ActionPlan);
        Assert.Equal("Bij schulden eerst de post openen.", stored.Text);
    }

    [Fact]
    public async Task Save_EmptyLesson_IsRefusedWithTheFormAgain()
    {
        var card = await _h.ExecuteAsync(LessonFormCard.SaveVerb, Card("   ", "Een plan zonder les."), team: LessonsHarness.TeamNoord);

        Assert.Contains(CardText.OfCard(card), t => t.StartsWith("Schrijf eerst de les", StringComparison.Ordinal));
        Assert.Empty(await _h.TeamLessonsAsync(LessonsHarness.TeamNoord));
    }

    [Fact]
    public async Task Edit_ByOwner_UpdatesAndKeepsHistory()
    {
        await _h.ExecuteAsync(LessonFormCard.SaveVerb, Card("Eerste versie van de les over taal."), team: LessonsHarness.TeamNoord);
        var id = Assert.Single(await _h.TeamLessonsAsync(LessonsHarness.TeamNoord)).Id;
        var edit = Card("Tweede versie: voorlezen helpt bij laaggeletterdheid.", tags: "taal");
        edit[LessonFormCard.LessonIdData] = id;

        var card = await _h.ExecuteAsync(LessonFormCard.SaveVerb, edit, team: LessonsHarness.TeamNoord);

        Assert.Contains("Bijgewerkt.", CardText.OfCard(card));
        var stored = Assert.Single(await _h.TeamLessonsAsync(LessonsHarness.TeamNoord));
        Assert.Equal(id, stored.Id);
        Assert.Equal("Tweede versie: voorlezen helpt bij laaggeletterdheid.", stored.Text);
        Assert.Equal([LessonHistoryKinds.Created, LessonHistoryKinds.Edited], stored.History.Select(h => h.Kind));
    }

    [Fact]
    public async Task Edit_ByColleague_IsRefusedAndChangesNothing()
    {
        await _h.ExecuteAsync(LessonFormCard.SaveVerb, Card("Les van A over motivatie."), team: LessonsHarness.TeamNoord);
        var id = Assert.Single(await _h.TeamLessonsAsync(LessonsHarness.TeamNoord)).Id;
        var edit = Card("B probeert het te wijzigen.");
        edit[LessonFormCard.LessonIdData] = id;

        var card = await _h.ExecuteAsync(LessonFormCard.SaveVerb, edit, fromId: "29:user-b", team: LessonsHarness.TeamNoord);

        Assert.Contains("Les niet gevonden", CardText.OfCard(card));
        Assert.Equal("Les van A over motivatie.", Assert.Single(await _h.TeamLessonsAsync(LessonsHarness.TeamNoord)).Text);
    }

    [Fact]
    public async Task Edit_PersonalLessonFromTeamWithoutVisibility_StaysPersonal()
    {
        await _h.ExecuteAsync(LessonFormCard.SaveVerb, Card("Mijn eigen les over plannen.", visibility: LessonVisibility.AlleenIk));
        var id = Assert.Single(await _h.PersonalLessonsAsync("29:user-a")).Id;
        var edit = Card("Mijn eigen les over plannen, aangescherpt.");
        edit.Remove(LessonFormCard.VisibilityInput);
        edit[LessonFormCard.LessonIdData] = id;

        var card = await _h.ExecuteAsync(LessonFormCard.SaveVerb, edit, team: LessonsHarness.TeamNoord);

        Assert.DoesNotContain(CardText.OfCard(card), t => t.Contains("Mijn team", StringComparison.Ordinal));
        Assert.Empty(await _h.TeamLessonsAsync(LessonsHarness.TeamNoord));
        var stored = Assert.Single(await _h.PersonalLessonsAsync("29:user-a"));
        Assert.Equal((id, LessonScopeKind.Personal, LessonVisibility.AlleenIk), (stored.Id, stored.Scope, stored.Visibility));
        Assert.Equal("Mijn eigen les over plannen, aangescherpt.", stored.Text);
    }

    [Fact]
    public async Task Edit_PersonalLessonFromTeamWithMijnTeamChosen_BecomesATeamLesson()
    {
        await _h.ExecuteAsync(LessonFormCard.SaveVerb, Card("Mijn les die ik later deel.", visibility: LessonVisibility.AlleenIk));
        var id = Assert.Single(await _h.PersonalLessonsAsync("29:user-a")).Id;
        var edit = Card("Mijn les die ik later deel.", visibility: LessonVisibility.MijnTeam);
        edit[LessonFormCard.LessonIdData] = id;

        await _h.ExecuteAsync(LessonFormCard.SaveVerb, edit, team: LessonsHarness.TeamNoord);

        Assert.Empty(await _h.PersonalLessonsAsync("29:user-a"));
        var stored = Assert.Single(await _h.TeamLessonsAsync(LessonsHarness.TeamNoord));
        Assert.Equal((id, LessonVisibility.MijnTeam), (stored.Id, stored.Visibility));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("iedereen")]
    public async Task Save_NewInTeamWithoutReadableVisibility_IsPersonal(string? visibility)
    {
        var data = Card("Een les zonder gekozen zichtbaarheid.");
        if (visibility is null) data.Remove(LessonFormCard.VisibilityInput);
        else data[LessonFormCard.VisibilityInput] = visibility;

        await _h.ExecuteAsync(LessonFormCard.SaveVerb, data, team: LessonsHarness.TeamNoord);

        Assert.Empty(await _h.TeamLessonsAsync(LessonsHarness.TeamNoord));
        Assert.Equal(LessonVisibility.AlleenIk, Assert.Single(await _h.PersonalLessonsAsync("29:user-a")).Visibility);
    }

    [Fact]
    public async Task Edit_WithFieldsMissingOrUnreadable_KeepsTheStoredValues()
    {
        await _h.ExecuteAsync(LessonFormCard.SaveVerb, Card("Les met alles ingevuld.", "Het actieplan.", "Het als-dan-plan.", "schulden", LessonVisibility.MijnTeam),
            team: LessonsHarness.TeamNoord);
        var before = Assert.Single(await _h.TeamLessonsAsync(LessonsHarness.TeamNoord));
        var edit = new Dictionary<string, object>
        {
            [LessonFormCard.LessonIdData] = before.Id,
            [LessonFormCard.LessonInput] = "Les met alles ingevuld, alleen de zin gewijzigd.",
            [LessonFormCard.TypeInput] = "onbekend-type",
            [LessonFormCard.CheckWeeksInput] = 8,
            [LessonFormCard.EvidenceInput] = new[] { "onderbouwd" },
        };

        await _h.ExecuteAsync(LessonFormCard.SaveVerb, edit, team: LessonsHarness.TeamNoord);

        var stored = Assert.Single(await _h.TeamLessonsAsync(LessonsHarness.TeamNoord));
        Assert.Equal("Les met alles ingevuld, alleen de zin gewijzigd.", stored.Text);
        Assert.Equal((before.ActionPlan, before.CopingPlan, before.Type, before.Evidence, before.CheckWeeks, before.CheckDate, before.Visibility),
            (stored.ActionPlan, stored.CopingPlan, stored.Type, stored.Evidence, stored.CheckWeeks, stored.CheckDate, stored.Visibility));
        Assert.Equal(before.Tags, stored.Tags);
    }

    [Fact]
    public async Task Edit_FromTheFormWithAnEmptiedField_ClearsIt()
    {
        await _h.ExecuteAsync(LessonFormCard.SaveVerb, Card("Les met een actieplan.", "Een actieplan dat weg mag."), team: LessonsHarness.TeamNoord);
        var id = Assert.Single(await _h.TeamLessonsAsync(LessonsHarness.TeamNoord)).Id;
        // What the form's save action carries: the ids and the inputs it shows; a client leaves an emptied input out.
        var form = await _h.ExecuteAsync(LessonCard.EditVerb, new Dictionary<string, string> { [LessonFormCard.LessonIdData] = id }, team: LessonsHarness.TeamNoord);
        var data = JsonSerializer.Deserialize<Dictionary<string, string>>(form.GetProperty("actions")[0].GetProperty("data").GetRawText())!;
        data.Remove("verb");
        data[LessonFormCard.LessonInput] = "Les met een actieplan.";
        data[LessonFormCard.VisibilityInput] = LessonVisibility.MijnTeam;

        await _h.ExecuteAsync(LessonFormCard.SaveVerb, data, team: LessonsHarness.TeamNoord);

        Assert.Null(Assert.Single(await _h.TeamLessonsAsync(LessonsHarness.TeamNoord)).ActionPlan);
    }

    [Fact]
    public async Task Save_InEnglish_AnswersInEnglish()
    {
        // The person chose English ("language en"); the client locale alone no longer decides.
        await _h.Bot.Services.GetRequiredService<LanguagePreferenceStore>().SetAsync(TestActivities.TenantId, LessonsHarness.Aad("29:user-a"), "en", default);
        var card = await _h.ExecuteAsync(LessonFormCard.SaveVerb, Card("Plan de werkgever eerst in."), team: LessonsHarness.TeamNoord, locale: "en-US");

        Assert.Contains(CardText.OfCard(card), t => t.StartsWith("Saved. In 8 weeks", StringComparison.Ordinal));
    }

    internal static JsonElement FindInput(JsonElement card, string id)
    {
        foreach (var element in card.GetProperty("body").EnumerateArray())
        {
            if (element.TryGetProperty("id", out var v) && v.GetString() == id) return element;
        }
        throw new Xunit.Sdk.XunitException($"No input {id} in card.");
    }
}
