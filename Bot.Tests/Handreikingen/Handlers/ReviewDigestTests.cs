using System.Globalization;
using IntervisieBot.Features.Handreikingen.Domain;
using IntervisieBot.Features.Handreikingen.Handlers;
using IntervisieBot.Features.Reminders.Domain;
using IntervisieBot.Features.Reminders.Handlers;
using IntervisieBot.Features.Reminders.Storage;
using IntervisieBot.Features.Teams.Roles;
using IntervisieBot.Tests.Infrastructure;
using IntervisieBot.Tests.Scheduling;
using Microsoft.Extensions.DependencyInjection;

namespace IntervisieBot.Tests.Handreikingen.Handlers;

/// <summary>
/// Issue 18.9: entries due for review come to kennismakelaars in a monthly digest on the reminders engine, over the loopback
/// connector and Azurite: subscribed by the role save and the overview (once per month), sent on the first working day of
/// the month with next month's scheduled, and ended when the role is gone.
/// </summary>
public sealed class ReviewDigestTests
{
    private static readonly string Kennismakelaar = SchedulingHarness.Members[0];

    [Fact]
    public async Task Digest_KennismakelaarFromTheRoleCard_GetsTheDueEntriesMonthly_UntilTheRoleIsGone()
    {
        // 10 November 2027: the catalogue's legal entries are due for review on 7 December 2027.
        await using var h = await SchedulingHarness.StartAsync(new DateTime(2027, 11, 10, 10, 0, 0));
        await SaveRolesAsync(h, kennismakelaars: SchedulingHarness.Aad(Kennismakelaar));
        // The overview by the same person (twice) keeps the one reminder of that month.
        var overview = await h.SayAsync("<at>IntervisieBot</at> handreikingen overzicht", Kennismakelaar);
        Assert.Contains("Handreikingen: wat werkt en wat ontbreekt", overview, StringComparison.Ordinal);
        await h.SayAsync("<at>IntervisieBot</at> handreikingen overzicht", Kennismakelaar);

        var december = await ReminderAsync(h, new DateTime(2027, 12, 1, 9, 0, 0));
        Assert.NotNull(december);
        Assert.Equal(ReviewDigestScheduler.Kind, december.Kind);
        Assert.Equal(ReminderStatus.Pending, december.Status);
        Assert.Equal(SchedulingHarness.Local(new DateTime(2027, 12, 1, 9, 0, 0)), december.Due);   // a Wednesday: no move
        Assert.Single(await h.Bot.Services.GetRequiredService<ReminderOutbox>().ListForUserAsync(TestActivities.TenantId, SchedulingHarness.Aad(Kennismakelaar), default));

        h.SetLocal(new DateTime(2027, 12, 1, 9, 5, 0));
        var sent = await DeliverToPersonAsync(h);

        var digest = Assert.Single(sent);
        var text = SchedulingHarness.CardTextOf(digest);
        Assert.Contains("Handreikingen om na te kijken", text, StringComparison.Ordinal);
        // 1 December + 31 days: every entry of the embedded catalogue with a review date up to 1 January 2028 (none after).
        var due = h.Bot.Services.GetRequiredService<IntervisieBot.Features.Handreikingen.Domain.HandreikingCatalogue>().Entries.Count(e => e.IsDueForReview(new DateOnly(2028, 1, 1)));
        Assert.True(due > 1, "the embedded catalogue has no entries due in December 2027");
        Assert.Contains($"Van {due} handreikingen ligt de controledatum binnen 31 dagen.", text, StringComparison.Ordinal);
        Assert.Contains("7 december 2027 · wet- en regelgeving", text, StringComparison.Ordinal);
        Assert.DoesNotContain("2028", text, StringComparison.Ordinal);                       // the entries due next year are not listed
        // Next month's digest is waiting: 1 January 2028 is a holiday (and a Saturday), so Monday 3 January.
        var january = await ReminderAsync(h, new DateTime(2028, 1, 3, 8, 30, 0), idMonth: new DateTime(2028, 1, 1, 9, 0, 0));
        Assert.NotNull(january);
        Assert.Equal(ReminderStatus.Pending, january.Status);

        // The teamleider takes the role away: January's digest is not sent and the chain ends.
        await SaveRolesAsync(h, kennismakelaars: "");
        h.SetLocal(new DateTime(2028, 1, 3, 9, 0, 0));
        Assert.Empty(await DeliverToPersonAsync(h));
        Assert.Null(await ReminderAsync(h, new DateTime(2028, 2, 1, 9, 0, 0)));
    }

    [Fact]
    public async Task Overview_MemberWithoutTheRole_GetsNoDigest()
    {
        await using var h = await SchedulingHarness.StartAsync(new DateTime(2027, 11, 10, 10, 0, 0));

        var refused = await h.SayAsync("<at>IntervisieBot</at> handreikingen overzicht", Kennismakelaar);

        Assert.Contains("Alleen voor kennismakelaars", refused, StringComparison.Ordinal);
        Assert.Empty(await h.Bot.Services.GetRequiredService<ReminderOutbox>().ListForUserAsync(TestActivities.TenantId, SchedulingHarness.Aad(Kennismakelaar), default));
    }

    private static Task SaveRolesAsync(SchedulingHarness h, string kennismakelaars) =>
        h.ExecuteAsync(RolesCard.SaveVerb, new Dictionary<string, object?>
        {
            [RolesCard.TeamleidersInput] = SchedulingHarness.Aad(SchedulingHarness.T),
            [RolesCard.KennismakelaarsInput] = kennismakelaars,
        }, SchedulingHarness.T);

    /// <summary>The digest reminder stored for the kennismakelaar at that local due time (its id names the month of <paramref name="idMonth"/>).</summary>
    private static Task<ReminderRow?> ReminderAsync(SchedulingHarness h, DateTime localDue, DateTime? idMonth = null)
    {
        var due = SchedulingHarness.Local(localDue);
        var id = ReviewDigestScheduler.IdFor(TestActivities.TenantId, SchedulingHarness.Aad(Kennismakelaar), SchedulingHarness.Local(idMonth ?? localDue));
        return h.Bot.Services.GetRequiredService<ReminderScheduler>().GetAsync(ReminderBucket.Of(due), IntervisieBot.Storage.TableKeys.Encode(id), default);
    }

    /// <summary>One poll of the real reminder engine; the messages it sent into personal chats (created for the person).</summary>
    private static async Task<IReadOnlyList<RecordedRequest>> DeliverToPersonAsync(SchedulingHarness h)
    {
        var before = h.Connector.Requests.Count;
        await h.Bot.Services.GetRequiredService<ReminderEngine>().RunOnceAsync(CancellationToken.None);
        return [.. h.Connector.Requests.Skip(before).Where(r => r.Operation == "Send" && r.ConversationId?.StartsWith("a:", StringComparison.Ordinal) == true)];
    }
}
