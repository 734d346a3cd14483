using System.Globalization;
using IntervisieBot.Features.Reminders.Cards;
using IntervisieBot.Features.Reminders.Domain;
using IntervisieBot.Privacy.Rights;

namespace IntervisieBot.Features.Reminders.Storage;

/// <summary>
/// Reminders in "mijn gegevens". A reminder row holds ids only (user id and key, service url, conversation id). On deletion
/// every row to the person themself goes (features such as the lesson check close theirs first) and finished rows go too;
/// a post still planned for a team's channel stays, because the team needs it.
/// </summary>
public sealed class RemindersPersonalData(ReminderOutbox outbox) : IPersonalDataContributor
{
    /// <summary>Each reminder about the person: its kind, due time and state (the rows hold ids only, no text).</summary>
    public async Task<PersonalDataExportSection> ExportAsync(DataSubject subject, CultureInfo culture, CancellationToken cancellationToken)
    {
        var rows = await outbox.ListForUserAsync(subject.TenantId, subject.UserKey, cancellationToken).ConfigureAwait(false);
        return new PersonalDataExportSection(RemindersStrings.PersonalDataArea(culture),
            [.. rows.OrderBy(r => r.Due).Select(r => new { kind = r.Kind, due = r.Due, status = r.Status, toPerson = r.ToPerson, sentAt = r.SentAt, created = r.CreatedAt })]);
    }

    public async Task<PersonalDataReport> DescribeAsync(DataSubject subject, CultureInfo culture, CancellationToken cancellationToken)
    {
        var rows = await outbox.ListForUserAsync(subject.TenantId, subject.UserKey, cancellationToken).ConfigureAwait(false);
        var teamPlanned = rows.Count(IsPlannedTeamPost);
        return Report(culture, rows.Count - teamPlanned, teamPlanned, []);
    }

    public async Task<PersonalDataReport> DeleteAsync(DataSubject subject, CultureInfo culture, CancellationToken cancellationToken)
    {
        var rows = await outbox.ListForUserAsync(subject.TenantId, subject.UserKey, cancellationToken).ConfigureAwait(false);
        var deleted = 0;
        var kept = 0;
        foreach (var row in rows)
        {
            if (IsPlannedTeamPost(row)) { kept++; continue; }
            // A row claimed for sending right now changes its ETag; then it is read again and deleted once finished.
            if (await outbox.TryDeleteAsync(row, cancellationToken).ConfigureAwait(false)) deleted++;
            else kept++;
        }
        return Report(culture, deleted, kept, kept > 0 ? [RemindersStrings.PersonalDataRemains(culture)] : []);
    }

    private static bool IsPlannedTeamPost(ReminderEntity row) =>
        !row.ToPerson && row.StatusValue is ReminderStatus.Pending or ReminderStatus.Claimed;

    private static PersonalDataReport Report(CultureInfo culture, int personal, int team, IReadOnlyList<string> remains) => new(
        RemindersStrings.PersonalDataArea(culture),
        [
            new PersonalDataItem(RemindersStrings.PersonalDataPersonal(culture), personal),
            new PersonalDataItem(RemindersStrings.PersonalDataTeamPosts(culture), team),
        ],
        remains);
}
