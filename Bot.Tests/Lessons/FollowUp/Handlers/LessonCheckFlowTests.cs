using System.Text.Json;
using IntervisieBot.Cards;
using IntervisieBot.Features.Lessons.Cards;
using IntervisieBot.Features.Lessons.Domain;
using IntervisieBot.Features.Lessons.FollowUp.Cards;
using IntervisieBot.Features.Lessons.FollowUp.Domain;
using IntervisieBot.Features.Lessons.FollowUp.Storage;
using IntervisieBot.Features.Reminders.Domain;
using IntervisieBot.Tests.Infrastructure;

namespace IntervisieBot.Tests.Lessons.FollowUp.Handlers;

/// <summary>
/// The follow-up loop end to end through /api/messages, Azurite, the reminder engine on a fake clock and the loopback
/// connector: scheduling at save, the check card in a created 1:1 chat, answers, snooze, second reminder, "geen antwoord".
/// </summary>
public sealed class LessonCheckFlowTests : IAsyncLifetime
{
    private const string LessonText = "Bij schulden eerst samen de post openen, pas daarna een plan maken.";
    private const string Plan = "Bij de volgende intake een half uur voor de post inplannen.";
    private FollowUpHarness _h = null!;

    public async Task InitializeAsync() => _h = await FollowUpHarness.StartAsync();

    public async Task DisposeAsync() => await _h.DisposeAsync();

    /// <summary>Saves a lesson, runs the engine at its check and returns the lesson and the check card as sent.</summary>
    private async Task<(Lesson Lesson, JsonElement Card)> DeliverFirstCheckAsync(bool inTeam = false)
    {
        var lesson = await _h.SaveLessonAsync(LessonText, Plan, inTeam);
        var row = Assert.Single(await _h.OpenRowsAsync(lesson));
        Assert.Equal(1, await _h.RunEngineAtAsync(row.Due));
        var sent = (await _h.Connector.WaitForRequestsAsync(r => r.Operation == "Send", 1, BotConversation.ReplyTimeout))[0];
        return (lesson, FollowUpHarness.CardOf(sent));
    }

    private static Dictionary<string, object?> Answer(JsonElement card, string title, string? score, string? note = null)
    {
        var data = FollowUpHarness.ActionData(card, title);
        data[LessonCheckCard.ScoreInput] = score;
        data[LessonCheckCard.NoteInput] = note;
        return data;
    }

    [Fact]
    public async Task Save_Lesson_SchedulesOneCheckReminderWithIdsOnly_AndResaveIsIdempotent()
    {
        // Friday 6 March 2026 18:00 in Amsterdam: four weeks later is Friday 3 April 19:00 (CEST), after the window;
        // Easter Monday 6 April is a holiday, so the check goes out Tuesday 7 April 08:30 (06:30 UTC).
        await using var h = await FollowUpHarness.StartAsync(new DateTimeOffset(2026, 3, 6, 17, 0, 0, TimeSpan.Zero));

        var lesson = await h.SaveLessonAsync(LessonText, Plan);

        var row = Assert.Single(await h.OpenRowsAsync(lesson));
        Assert.Equal(LessonCheckKinds.Check, row.Kind);
        Assert.Equal(lesson.Id + "-check-1", row.Id);
        Assert.Equal(new DateTimeOffset(2026, 4, 7, 6, 30, 0, TimeSpan.Zero), row.Due);
        Assert.Equal(FollowUpHarness.Aad(FollowUpHarness.Owner), row.UserKey);
        Assert.Equal(FollowUpHarness.Owner, row.UserId);
        Assert.Equal(TestActivities.TenantId, row.TenantId);
        Assert.Equal(h.Connector.ServiceUrl, row.ServiceUrl);
        Assert.Equal(ReminderStatus.Pending, row.Status);
        var payload = LessonCheckPayload.Parse(row.Payload)!;
        Assert.Equal(new LessonCheckPayload(FollowUpHarness.PersonalPartition(), lesson.Id, 1), payload);
        Assert.DoesNotContain("post", row.Payload, StringComparison.Ordinal);

        await h.SaveLessonAsync(LessonText, Plan + " Samen met de schuldhulpverlener.", lessonId: lesson.Id);   // same check date
        var after = await h.ReloadAsync(lesson);
        Assert.Equal(1, after.Check.Round);
        Assert.Equal(row.Id, Assert.Single(await h.OpenRowsAsync(lesson)).Id);

        await h.SaveLessonAsync(LessonText, Plan, lessonId: lesson.Id, weeks: 2);                              // check date moves
        var moved = await h.ReloadAsync(lesson);
        Assert.Equal(2, moved.Check.Round);
        Assert.Equal(lesson.Id + "-check-2", Assert.Single(await h.OpenRowsAsync(lesson)).Id);
        Assert.Equal(ReminderStatus.Closed, (await h.Reminders.GetAsync(row.Bucket, row.Id, default))!.Status);
    }

    [Fact]
    public async Task Engine_AtCheckDate_SendsTheCardInACreatedOneToOneChat_AndSchedulesTheSecondReminder()
    {
        var lesson = await _h.SaveLessonAsync(LessonText, Plan);
        var first = Assert.Single(await _h.OpenRowsAsync(lesson));
        Assert.Equal(0, await _h.RunEngineAtAsync(first.Due.AddMinutes(-1)));

        Assert.Equal(1, await _h.RunEngineAtAsync(first.Due));

        var created = Assert.Single(_h.Connector.Requests, r => r.Operation == "CreateConversation");
        Assert.Contains(FollowUpHarness.Owner, created.Body!.Value.GetRawText(), StringComparison.Ordinal);
        var sent = Assert.Single(_h.CheckCardsSent());
        Assert.Equal(created.ResponseId, sent.ConversationId);
        var texts = CardText.Of(sent.Body);
        Assert.Contains(LessonText, texts);
        Assert.Contains(Plan, texts);
        Assert.Contains("\"label\":\"Heb je de les toegepast?\"", sent.Body!.Value.GetRawText(), StringComparison.Ordinal);
        Assert.Contains("Herinner me over een week", texts);
        var rows = await _h.OpenRowsAsync(lesson);
        Assert.Equal(ReminderStatus.Sent, rows.Single(r => r.Id == first.Id).Status);
        var second = rows.Single(r => r.Id == lesson.Id + "-check-1-2");
        Assert.Equal(_h.Calendar.AddWorkingDays(first.Due, 5), second.Due);
        Assert.Equal(new DateTimeOffset(2026, 4, 7, 9, 0, 0, TimeSpan.Zero), second.Due);   // Mon 30 Mar + 5 working days, Easter Monday skipped

        Assert.Equal(0, await _h.RunEngineAtAsync(first.Due.AddMinutes(5)));                 // nothing sent twice
        Assert.Single(_h.CheckCardsSent());
    }

    [Fact]
    public async Task Answer_ViaActionExecute_StoresHistoryClosesTheSecondReminderAndSchedulesTheNextCheck()
    {
        var (lesson, card) = await DeliverFirstCheckAsync();
        var secondRow = (await _h.OpenRowsAsync(lesson)).Single(r => r.Id.EndsWith("-2", StringComparison.Ordinal));
        _h.Time.Advance(TimeSpan.FromHours(2));
        var data = Answer(card, "Houden", "4", "Werkte bij twee klanten goed.");

        var thanks = await _h.ExecuteForCardAsync(LessonCheckCard.AnswerVerb, data);

        var texts = CardText.OfCard(thanks);
        Assert.Contains("Bedankt, je antwoord is bewaard", texts);
        Assert.Contains("vaak", texts);
        Assert.Contains("houden", texts);
        var stored = await _h.ReloadAsync(lesson);
        var entry = Assert.Single(stored.History, e => e.Kind == LessonHistoryKinds.FollowUp);
        Assert.Equal((4, "Werkte bij twee klanten goed.", LessonCheckOutcomes.Keep), (entry.Score!.Value, entry.Note, entry.Outcome));
        Assert.Equal(ReminderStatus.Closed, (await _h.Reminders.GetAsync(secondRow.Bucket, secondRow.Id, default))!.Status);
        Assert.Equal(2, stored.Check.Round);
        Assert.Equal(_h.Time.GetUtcNow().AddDays(28), stored.CheckDate);
        var next = Assert.Single(await _h.OpenRowsAsync(lesson));
        Assert.Equal(lesson.Id + "-check-2", next.Id);
        Assert.Contains(stored.CheckDate.ToString("d MMMM yyyy", System.Globalization.CultureInfo.GetCultureInfo("nl-NL")), string.Join(" ", texts), StringComparison.Ordinal);

        var again = await _h.ExecuteForCardAsync(LessonCheckCard.AnswerVerb, data);          // double click
        Assert.Contains("Bedankt, je antwoord is bewaard", CardText.OfCard(again));
        var unchanged = await _h.ReloadAsync(lesson);
        Assert.Single(unchanged.History, e => e.Kind == LessonHistoryKinds.FollowUp);
        Assert.Equal(2, unchanged.Check.Round);

        var open = await _h.ExecuteForCardAsync(LessonCard.OpenVerb, new Dictionary<string, object?> { [LessonFormCard.LessonIdData] = lesson.Id });
        Assert.Contains("opvolging, toegepast: vaak, houden (Werkte bij twee klanten goed.)", string.Join(" ", CardText.OfCard(open)), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Answer_ViaSubmitFallback_UpdatesTheCard_AndStopMakesItANietMeerDoenInsight()
    {
        var (lesson, card) = await DeliverFirstCheckAsync();
        var sent = Assert.Single(_h.CheckCardsSent());
        var value = Answer(card, "Stoppen", "1");
        value["verb"] = LessonCheckCard.AnswerVerb;
        var message = TestActivities.Message(_h.Connector.ServiceUrl, "", fromId: FollowUpHarness.Owner, conversationId: sent.ConversationId!, value: value, replyToId: sent.ResponseId);

        Assert.Equal(System.Net.HttpStatusCode.OK, (await _h.Bot.PostActivityAsync(message)).StatusCode);

        var update = (await _h.Connector.WaitForRequestsAsync(r => r.Operation == "Update" && r.ActivityId == sent.ResponseId, 1, BotConversation.ReplyTimeout))[0];
        Assert.Contains("Bedankt, je antwoord is bewaard", CardText.Of(update.Body));
        var stored = await _h.ReloadAsync(lesson);
        Assert.True(stored.Check.Stopped);
        Assert.Equal(LessonTypes.NietMeerDoen, stored.Type);
        Assert.Equal(LessonCheckOutcomes.Stop, Assert.Single(stored.History, e => e.Kind == LessonHistoryKinds.FollowUp).Outcome);
        Assert.Empty(stored.Check.Reminders);

        var list = await new BotConversationLike(_h).SayAsync("lessen");
        var listTexts = string.Join(" | ", CardText.Of(list.Body));
        Assert.Contains(LessonText, listTexts, StringComparison.Ordinal);
        Assert.Contains("Niet meer doen", listTexts, StringComparison.Ordinal);
        Assert.Empty(await new LessonCheckLookBack(_h.Store, _h.Time).GetDueLessonsAsync(TestActivities.TenantId, TestActivities.TenantId + "|" + FollowUpHarness.Team, default));
    }

    [Fact]
    public async Task Answer_WithPersonalDataInTheNote_ShowsThePrivacyCardAndStoresNothing()
    {
        var (lesson, card) = await DeliverFirstCheckAsync();
        var before = await _h.ReloadAsync(lesson);

        var privacy = await _h.ExecuteForCardAsync(LessonCheckCard.AnswerVerb, Answer(card, "Houden", "5", "Mevrouw de Vries belde op 06-12345678."));

        var raw = privacy.GetRawText();
        Assert.Contains("Niet opgeslagen: dit lijkt op gegevens van een klant", raw, StringComparison.Ordinal);
        var after = await _h.ReloadAsync(lesson);
        Assert.Equal(before.History.Count, after.History.Count);
        Assert.True(after.Check.IsOpen);
        Assert.All(await _h.OpenRowsAsync(lesson), r => Assert.NotEqual(ReminderStatus.Closed, r.Status));
        Assert.DoesNotContain("12345678", (await _h.OpenRowsAsync(lesson)).Select(r => r.Payload).Aggregate((a, b) => a + b), StringComparison.Ordinal);

        var resubmit = FollowUpHarness.ActionData(privacy, privacy.GetProperty("actions")[0].GetProperty("title").GetString()!);
        resubmit[LessonCheckCard.NoteInput] = "Ze belde zelf terug, dat hielp.";
        var thanks = await _h.ExecuteForCardAsync(LessonCheckCard.AnswerVerb, resubmit);
        Assert.Contains("Bedankt, je antwoord is bewaard", CardText.OfCard(thanks));
        var entry = Assert.Single((await _h.ReloadAsync(lesson)).History, e => e.Kind == LessonHistoryKinds.FollowUp);
        Assert.Equal(("Ze belde zelf terug, dat hielp.", 5), (entry.Note, entry.Score!.Value));
    }

    [Fact]
    public async Task Answer_WithoutScore_ShowsTheCardAgainAndStoresNothing()
    {
        var (lesson, card) = await DeliverFirstCheckAsync();

        var again = await _h.ExecuteForCardAsync(LessonCheckCard.AnswerVerb, Answer(card, "Houden", null));

        Assert.Contains("Kies eerst hoe vaak je de les toepaste, en klik dan opnieuw.", CardText.OfCard(again));
        Assert.DoesNotContain((await _h.ReloadAsync(lesson)).History, e => e.Kind == LessonHistoryKinds.FollowUp);
    }

    [Fact]
    public async Task Snooze_OnceOnly_ThenTheSnoozedCardComesAWeekLaterWithoutTheButton()
    {
        var (lesson, card) = await DeliverFirstCheckAsync();
        var secondRow = (await _h.OpenRowsAsync(lesson)).Single(r => r.Id.EndsWith("-2", StringComparison.Ordinal));
        var snoozeData = FollowUpHarness.ActionData(card, "Herinner me over een week");

        var snoozed = await _h.ExecuteForCardAsync(LessonCheckCard.SnoozeVerb, snoozeData);

        Assert.Contains("Prima, een week later", CardText.OfCard(snoozed));
        var stored = await _h.ReloadAsync(lesson);
        Assert.True(stored.Check.Snoozed);
        Assert.Contains(stored.History, e => e.Kind == LessonHistoryKinds.Snoozed);
        Assert.Equal(ReminderStatus.Closed, (await _h.Reminders.GetAsync(secondRow.Bucket, secondRow.Id, default))!.Status);
        var snoozeRow = Assert.Single(await _h.OpenRowsAsync(lesson));
        Assert.Equal(lesson.Id + "-check-1-snooze", snoozeRow.Id);
        Assert.Equal(_h.Calendar.NextSendableAt(_h.Time.GetUtcNow().AddDays(7)), snoozeRow.Due);
        Assert.Equal(new DateTimeOffset(2026, 4, 7, 6, 30, 0, TimeSpan.Zero), snoozeRow.Due);   // a week after Mon 30 Mar is Easter Monday

        var refused = await _h.ExecuteForCardAsync(LessonCheckCard.SnoozeVerb, snoozeData);
        Assert.Contains("Uitstellen kan één keer; deze terugblik staat nu open. Wil je hem nu invullen?", CardText.OfCard(refused));
        Assert.False(FollowUpHarness.HasAction(refused, "Herinner me over een week"));
        Assert.Single(await _h.OpenRowsAsync(lesson));

        Assert.Equal(1, await _h.RunEngineAtAsync(snoozeRow.Due));
        var sent = _h.CheckCardsSent();
        Assert.Equal(2, sent.Count);
        Assert.False(FollowUpHarness.HasAction(FollowUpHarness.CardOf(sent[1]), "Herinner me over een week"));
        Assert.True(FollowUpHarness.HasAction(FollowUpHarness.CardOf(sent[1]), "Houden"));
    }

    [Fact]
    public async Task NoAnswer_SecondReminderAfterFiveWorkingDays_ThenClosedAsGeenAntwoord()
    {
        var (lesson, card) = await DeliverFirstCheckAsync();
        var second = (await _h.OpenRowsAsync(lesson)).Single(r => r.Id.EndsWith("-2", StringComparison.Ordinal));

        Assert.Equal(1, await _h.RunEngineAtAsync(second.Due));
        var sent = _h.CheckCardsSent();
        Assert.Equal(2, sent.Count);
        Assert.Contains("Nog even: terugblik op je les", CardText.Of(sent[1].Body));
        var expire = (await _h.OpenRowsAsync(lesson)).Single(r => r.Kind == LessonCheckKinds.Expire);
        Assert.Equal(lesson.Id + "-check-1-expire", expire.Id);
        Assert.Equal(_h.Calendar.AddWorkingDays(second.Due, 5), expire.Due);

        Assert.Equal(1, await _h.RunEngineAtAsync(expire.Due));

        Assert.Equal(2, _h.CheckCardsSent().Count);                                           // the expiry sends nothing
        var stored = await _h.ReloadAsync(lesson);
        Assert.Single(stored.History, e => e.Kind == LessonHistoryKinds.NoAnswer);
        Assert.False(stored.Check.IsOpen);
        Assert.Empty(stored.Check.Reminders);
        Assert.Equal(ReminderStatus.Closed, (await _h.Reminders.GetAsync(expire.Bucket, expire.Id, default))!.Status);

        var late = await _h.ExecuteForCardAsync(LessonCheckCard.AnswerVerb, Answer(card, "Houden", "3"));
        Assert.Contains("Deze terugblik is al afgesloten", CardText.OfCard(late));
        Assert.DoesNotContain((await _h.ReloadAsync(lesson)).History, e => e.Kind == LessonHistoryKinds.FollowUp);
    }

    [Fact]
    public async Task Adjust_TeamLesson_ShowsTheFormInTheOneToOneChat_AndSavingSchedulesTheNextCheck()
    {
        var (lesson, card) = await DeliverFirstCheckAsync(inTeam: true);
        Assert.Equal(FollowUpHarness.TeamPartition, LessonPartitions.Of(lesson));

        var form = await _h.ExecuteForCardAsync(LessonCheckCard.AnswerVerb, Answer(card, "Aanpassen", "2", "Kwam er niet aan toe."));

        var formTexts = CardText.OfCard(form);
        Assert.Contains(LessonText, formTexts);
        Assert.Contains("Pas je les of actieplan aan en kies wanneer je de volgende terugblik wilt.", formTexts);
        var again = await _h.ExecuteForCardAsync(LessonCheckCard.AnswerVerb, Answer(card, "Aanpassen", "2"));     // double click
        Assert.Contains(LessonText, CardText.OfCard(again));
        Assert.Single((await _h.ReloadAsync(lesson)).History, e => e.Kind == LessonHistoryKinds.FollowUp);
        var save = FollowUpHarness.ActionData(form, "Les bewaren");
        Assert.Equal(LessonCheckCard.SaveVerb, form.GetProperty("actions")[0].GetProperty("verb").GetString());
        var answeredAt = _h.Time.GetUtcNow();
        save[LessonFormCard.LessonInput] = LessonText;
        save[LessonFormCard.ActionPlanInput] = "Elke maandag een vast half uur voor de post.";
        save[LessonFormCard.CheckWeeksInput] = "2";
        save[LessonFormCard.TypeInput] = LessonTypes.Uitproberen;

        var adjusted = await _h.ExecuteForCardAsync(LessonCheckCard.SaveVerb, save);

        Assert.Contains("Aangepast", string.Join(" ", CardText.OfCard(adjusted)), StringComparison.Ordinal);
        var stored = await _h.ReloadAsync(lesson);
        Assert.Equal(LessonScopeKind.Team, stored.Scope);
        Assert.Equal("Elke maandag een vast half uur voor de post.", stored.ActionPlan);
        Assert.Equal(answeredAt.AddDays(14), stored.CheckDate);
        Assert.Equal(LessonCheckOutcomes.Adjust, Assert.Single(stored.History, e => e.Kind == LessonHistoryKinds.FollowUp).Outcome);
        Assert.Equal(lesson.Id + "-check-2", Assert.Single(await _h.OpenRowsAsync(lesson)).Id);

        var twice = await _h.ExecuteForCardAsync(LessonCheckCard.SaveVerb, save);                // the old form again
        Assert.Contains("Deze terugblik is al afgesloten", CardText.OfCard(twice));
        Assert.Equal(2, (await _h.ReloadAsync(lesson)).Check.Round);
    }

    [Fact]
    public async Task Adjust_SaveWithFieldsMissing_KeepsTheStoredValues()
    {
        var (lesson, card) = await DeliverFirstCheckAsync(inTeam: true);
        var form = await _h.ExecuteForCardAsync(LessonCheckCard.AnswerVerb, Answer(card, "Aanpassen", "2"));
        // Only the ids and a new sentence: no list of shown inputs (an older card or another client), no other input.
        var save = FollowUpHarness.ActionData(form, "Les bewaren");
        save.Remove(FormFields.ShownData);
        save[LessonFormCard.LessonInput] = "Bij schulden eerst de post openen; daarna pas het plan.";

        await _h.ExecuteForCardAsync(LessonCheckCard.SaveVerb, save);

        var stored = await _h.ReloadAsync(lesson);
        Assert.Equal("Bij schulden eerst de post openen; daarna pas het plan.", stored.Text);
        Assert.Equal((Plan, lesson.Type, lesson.Evidence, lesson.CheckWeeks, lesson.Tags.Count, LessonScopeKind.Team),
            (stored.ActionPlan, stored.Type, stored.Evidence, stored.CheckWeeks, stored.Tags.Count, stored.Scope));
    }

    [Fact]
    public async Task DeleteMyData_DeletesTheLessonsPendingReminder_AndNothingIsSent()
    {
        var lesson = await _h.SaveLessonAsync(LessonText, Plan);
        var row = Assert.Single(await _h.OpenRowsAsync(lesson));

        await _h.ExecuteAsync("mydata.delete", new Dictionary<string, object?>());

        Assert.Null(await _h.LessonAsync(lesson));
        Assert.Null(await _h.Reminders.GetAsync(row.Bucket, row.Id, default)); // closed by the lesson, then deleted with the person's data
        Assert.Equal(0, await _h.RunEngineAtAsync(row.Due));
        Assert.Empty(_h.CheckCardsSent());
    }

    [Fact]
    public async Task Engine_LessonGoneWithoutClosing_ClosesTheReminderInsteadOfSending()
    {
        var lesson = await _h.SaveLessonAsync(LessonText, Plan);
        var row = Assert.Single(await _h.OpenRowsAsync(lesson));
        await _h.Store.DeleteAsync(lesson, default);

        Assert.Equal(1, await _h.RunEngineAtAsync(row.Due));

        Assert.Empty(_h.CheckCardsSent());
        Assert.Equal(ReminderStatus.Closed, (await _h.Reminders.GetAsync(row.Bucket, row.Id, default))!.Status);
    }

    /// <summary>Says something in the owner's personal chat and returns the reply.</summary>
    private sealed class BotConversationLike(FollowUpHarness h)
    {
        public async Task<RecordedRequest> SayAsync(string text)
        {
            var activity = TestActivities.Message(h.Connector.ServiceUrl, text, fromId: FollowUpHarness.Owner);
            Assert.Equal(System.Net.HttpStatusCode.OK, (await h.Bot.PostActivityAsync(activity)).StatusCode);
            return (await h.Connector.WaitForRequestsAsync(r => LessonsHarness.IsReplyTo(r, activity), 1, BotConversation.ReplyTimeout))[0];
        }
    }
}
