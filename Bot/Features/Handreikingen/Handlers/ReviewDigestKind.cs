using System.Globalization;
using IntervisieBot.Cards;
using IntervisieBot.Features.Handreikingen.Cards;
using IntervisieBot.Features.Handreikingen.Domain;
using IntervisieBot.Features.Handreikingen.Storage;
using IntervisieBot.Features.Reminders.Domain;
using IntervisieBot.Features.Reminders.Handlers;
using IntervisieBot.Features.Shared;
using IntervisieBot.Features.Teams.Roles;
using IntervisieBot.Protocol.Schema;

namespace IntervisieBot.Features.Handreikingen.Handlers;

/// <summary>
/// The monthly review digest for a kennismakelaar, built when it is due from the live catalogue: the entries whose review
/// date falls within the coming month (legal first, as in <c>handreikingen overzicht</c>). Someone who no longer holds the
/// role gets nothing and the chain ends; otherwise next month's digest is scheduled first, and a month with nothing due
/// sends nothing (the chain goes on).
/// </summary>
public sealed class ReviewDigestKind(ReviewDigestScheduler scheduler, AccessControl access, LiveCatalogue catalogue, WorkingDayCalendar calendar, TimeProvider time) : IReminderKind
{
    public string Kind => ReviewDigestScheduler.Kind;

    public async Task<Activity?> BuildAsync(ReminderRow reminder, CultureInfo culture, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(reminder);
        if (ReviewDigestPayload.Parse(reminder.Payload) is not { } payload) return null;
        var scope = new TeamScope(reminder.TenantId, payload.TeamKey, payload.TeamKey);
        if (!await access.HoldsAsync(scope, reminder.UserKey, TeamRole.Kennismakelaar, cancellationToken).ConfigureAwait(false)) return null;

        await scheduler.EnsureAsync(new ReviewDigestScheduler.Recipient(reminder.TenantId, payload.TeamKey, reminder.UserId, reminder.UserKey,
            reminder.ServiceUrl, culture.Name), cancellationToken).ConfigureAwait(false);
        var today = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(time.GetUtcNow(), calendar.TimeZone).DateTime);
        var current = (await catalogue.GetAsync(cancellationToken).ConfigureAwait(false)).Catalogue;
        var due = CasusOverviewCard.ReviewFacts(culture, current, today);
        if (due.Count == 0) return null;
        var card = ReviewDigestCard.Create(culture, due);
        return new Activity
        {
            Type = ActivityTypes.Message,
            Attachments = [CardAttachment.Create(card)],
            Summary = card.FallbackText,
        };
    }
}
