using System.Globalization;
using IntervisieBot.Features.Scheduling.Cards;
using IntervisieBot.Features.Scheduling.Storage;
using IntervisieBot.Privacy.Rights;

namespace IntervisieBot.Features.Scheduling.Handlers;

/// <summary>
/// What scheduling holds about a person: away marks and proposed roles in planned sessions, and casus proposals. Shown by
/// "mijn gegevens"; "verwijder mijn gegevens" removes the away marks and proposals and frees the roles (they are proposed
/// again to someone else when the session is announced).
/// </summary>
public sealed class SchedulingPersonalData(SeriesStore store) : IPersonalDataContributor
{
    /// <summary>Per planned session only the person's own part (away, their proposed role), and their casus proposals.</summary>
    public async Task<PersonalDataExportSection> ExportAsync(DataSubject subject, CultureInfo culture, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(subject);
        var key = subject.UserKey;
        var sessions = await store.SessionsMentioningAsync(key, cancellationToken).ConfigureAwait(false);
        var proposals = await store.ProposalsByAsync(key, cancellationToken).ConfigureAwait(false);
        return new PersonalDataExportSection(SchedulingStrings.RightsArea(culture),
        [
            .. sessions.OrderBy(s => s.Date, StringComparer.Ordinal).Select(s => new
            {
                kind = "session",
                date = s.Date,
                away = SeriesStore.Away(s).Contains(key),
                role = s.InbrengerKey == key ? "inbrenger" : s.GespreksleiderKey == key ? "gespreksleider" : null,
                accepted = s.InbrengerKey == key ? s.InbrengerAccepted : s.GespreksleiderKey == key ? s.GespreksleiderAccepted : (bool?)null,
            }),
            .. proposals.OrderBy(p => p.At).Select(p => new { kind = "casusProposal", date = p.Date, title = p.Title, at = p.At }),
        ]);
    }

    public async Task<PersonalDataReport> DescribeAsync(DataSubject subject, CultureInfo culture, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(subject);
        var sessions = await store.SessionsMentioningAsync(subject.UserKey, cancellationToken).ConfigureAwait(false);
        var proposals = await store.ProposalsByAsync(subject.UserKey, cancellationToken).ConfigureAwait(false);
        return Report(culture,
            sessions.Count(s => SeriesStore.Away(s).Contains(subject.UserKey)),
            sessions.Count(s => s.InbrengerKey == subject.UserKey || s.GespreksleiderKey == subject.UserKey),
            proposals.Count);
    }

    public async Task<PersonalDataReport> DeleteAsync(DataSubject subject, CultureInfo culture, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(subject);
        var key = subject.UserKey;
        int away = 0, roles = 0;
        foreach (var session in await store.SessionsMentioningAsync(key, cancellationToken).ConfigureAwait(false))
        {
            await store.UpdateSessionAsync(session.PartitionKey, SeriesStore.SessionDate(session), s =>
            {
                if (s is null) return null;
                var marks = SeriesStore.Away(s);
                if (marks.Contains(key))
                {
                    s.AwayJson = SeriesStore.AwayJson(marks.Where(m => m != key));
                    away++;
                }
                if (s.InbrengerKey == key || s.GespreksleiderKey == key) roles++;
                if (s.InbrengerKey == key) (s.InbrengerKey, s.InbrengerAccepted) = (null, false);
                if (s.GespreksleiderKey == key) (s.GespreksleiderKey, s.GespreksleiderAccepted) = (null, false);
                return s;
            }, cancellationToken).ConfigureAwait(false);
        }
        var proposals = await store.ProposalsByAsync(key, cancellationToken).ConfigureAwait(false);
        foreach (var proposal in proposals) await store.DeleteProposalAsync(proposal, cancellationToken).ConfigureAwait(false);
        return Report(culture, away, roles, proposals.Count);
    }

    private static PersonalDataReport Report(CultureInfo culture, int away, int roles, int proposals) => new(
        SchedulingStrings.RightsArea(culture),
        [
            new PersonalDataItem(SchedulingStrings.RightsAway(culture), away),
            new PersonalDataItem(SchedulingStrings.RightsRoles(culture), roles),
            new PersonalDataItem(SchedulingStrings.RightsProposals(culture), proposals),
        ],
        [SchedulingStrings.RightsRemains(culture)]);
}
