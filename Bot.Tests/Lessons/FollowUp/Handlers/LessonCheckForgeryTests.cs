using IntervisieBot.Features.Lessons.FollowUp.Cards;
using IntervisieBot.Features.Lessons.FollowUp.Domain;
using IntervisieBot.Features.Reminders.Domain;
using IntervisieBot.Tests.Infrastructure;

namespace IntervisieBot.Tests.Lessons.FollowUp.Handlers;

/// <summary>Forged answers (another user, tenant, kind, an unknown or malformed id) are refused and change nothing.</summary>
public sealed class LessonCheckForgeryTests : IAsyncLifetime
{
    private FollowUpHarness _h = null!;

    public async Task InitializeAsync() => _h = await FollowUpHarness.StartAsync();

    public async Task DisposeAsync() => await _h.DisposeAsync();

    public static TheoryData<string> Forgeries => new() { "other-user", "other-tenant", "malformed-id", "unknown-id", "other-kind", "missing-decision" };

    [Theory]
    [MemberData(nameof(Forgeries))]
    public async Task Answer_Forged_IsRefusedWithStateUnchanged(string forgery)
    {
        var lesson = await _h.SaveLessonAsync("Eerst vragen wat iemand tegenhoudt, dan pas over sancties praten.", "Bij elk gesprek over de maatregel.");
        var first = Assert.Single(await _h.OpenRowsAsync(lesson));
        Assert.Equal(1, await _h.RunEngineAtAsync(first.Due));
        var card = FollowUpHarness.CardOf(Assert.Single(_h.CheckCardsSent()));
        var data = FollowUpHarness.ActionData(card, "Houden");
        data[LessonCheckCard.ScoreInput] = "5";
        var fromId = FollowUpHarness.Owner;
        Action<Dictionary<string, object?>>? tweak = null;
        switch (forgery)
        {
            case "other-user":
                fromId = FollowUpHarness.Other;
                break;
            case "other-tenant":
                tweak = a =>
                {
                    a["conversation"] = new { id = "a:personal-1", conversationType = "personal", tenantId = "99999999-2222-3333-4444-555555555555" };
                    a["channelData"] = new { tenant = new { id = "99999999-2222-3333-4444-555555555555" } };
                };
                break;
            case "malformed-id":
                data[LessonCheckCard.ReminderData] = "../" + first.Id;
                break;
            case "unknown-id":
                data[LessonCheckCard.ReminderData] = first.Id.Replace("-check-1", "-check-9", StringComparison.Ordinal);
                break;
            case "other-kind":
                var expire = await _h.Reminders.ScheduleAsync(new ReminderRequest(LessonCheckKinds.Expire, first.TenantId, first.UserId, first.UserKey,
                    first.ServiceUrl, first.Due.AddDays(30), first.Payload, Id: LessonCheckIds.Expire(lesson.Id, 1)), default);
                data[LessonCheckCard.BucketData] = expire.Bucket;
                data[LessonCheckCard.ReminderData] = expire.Id;
                break;
            case "missing-decision":
                data.Remove(LessonCheckCard.DecisionData);
                break;
        }
        var before = await _h.ReloadAsync(lesson);
        var rowsBefore = (await _h.OpenRowsAsync(lesson)).Select(r => (r.Id, r.Status)).ToList();

        var refused = await _h.ExecuteForCardAsync(LessonCheckCard.AnswerVerb, data, fromId, tweak);

        Assert.Contains("Deze terugblik kan ik niet verwerken", CardText.OfCard(refused));
        var after = await _h.ReloadAsync(lesson);
        Assert.Equal(before.History.Count, after.History.Count);
        Assert.Equal(before.Check, after.Check with { Reminders = before.Check.Reminders });
        Assert.Equal(before.Check.Reminders, after.Check.Reminders);
        Assert.Equal(rowsBefore, (await _h.OpenRowsAsync(lesson)).Select(r => (r.Id, r.Status)).ToList());
    }

    [Fact]
    public async Task Snooze_ByAnotherUser_IsRefused()
    {
        var lesson = await _h.SaveLessonAsync("Samen met de klant de agenda van de week invullen.");
        var first = Assert.Single(await _h.OpenRowsAsync(lesson));
        await _h.RunEngineAtAsync(first.Due);
        var card = FollowUpHarness.CardOf(Assert.Single(_h.CheckCardsSent()));

        var refused = await _h.ExecuteForCardAsync(LessonCheckCard.SnoozeVerb, FollowUpHarness.ActionData(card, "Herinner me over een week"), FollowUpHarness.Other);

        Assert.Contains("Deze terugblik kan ik niet verwerken", CardText.OfCard(refused));
        Assert.False((await _h.ReloadAsync(lesson)).Check.Snoozed);
    }

    [Theory]
    [InlineData("2026033007", "0639080000000000000-0123abcd-check-1", true)]
    [InlineData("2026033007", "0639080000000000000-0123abcd-check-12-2", true)]
    [InlineData("2026033007", "0639080000000000000-0123abcd-check-1-snooze", true)]
    [InlineData("2026033007", "0639080000000000000-0123abcd-check-1-expire", true)]
    [InlineData("2026033007", "0639080000000000000-0123abcd-check-", false)]
    [InlineData("2026033007", "0639080000000000000-0123abcd-check-1-x", false)]
    [InlineData("2026033007", "0639080000000000000-0123ABCD-check-1", false)]
    [InlineData("20260330", "0639080000000000000-0123abcd-check-1", false)]
    [InlineData("202603300x", "0639080000000000000-0123abcd-check-1", false)]
    [InlineData(null, "0639080000000000000-0123abcd-check-1", false)]
    [InlineData("2026033007", null, false)]
    public void IsWellFormed_CardData_AcceptsOnlyCheckReminderIds(string? bucket, string? id, bool expected)
    {
        Assert.Equal(expected, LessonCheckIds.IsWellFormed(bucket, id));
    }
}
