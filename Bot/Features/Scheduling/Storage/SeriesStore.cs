using System.Globalization;
using System.Text.Json;
using Azure;
using Azure.Data.Tables;
using IntervisieBot.Features.Scheduling.Domain;
using IntervisieBot.Storage;

namespace IntervisieBot.Features.Scheduling.Storage;

/// <summary>
/// The scheduling table: one partition per team holds the series row, the session rows and the casus proposals. Series
/// and session rows are read-modify-written with their ETag (<see cref="EtagRetry"/>); a proposal is one row per member
/// per session, so members proposing at once never conflict.
/// </summary>
public sealed class SeriesStore(TableStore store)
{
    private const int MaxSessionRows = 500;
    private const int MaxProposalsPerSession = 100;

    public async Task<SeriesEntity?> GetSeriesAsync(string partition, CancellationToken cancellationToken)
    {
        var table = await TableAsync(cancellationToken).ConfigureAwait(false);
        var found = await table.GetEntityIfExistsAsync<SeriesEntity>(partition, SeriesKeys.SeriesRow, cancellationToken: cancellationToken).ConfigureAwait(false);
        return found.HasValue ? found.Value : null;
    }

    /// <summary>Read-modify-write of the series row; <paramref name="mutate"/> returns null for no change.</summary>
    public async Task<SeriesEntity?> UpdateSeriesAsync(string partition, Func<SeriesEntity?, SeriesEntity?> mutate, CancellationToken cancellationToken)
    {
        var table = await TableAsync(cancellationToken).ConfigureAwait(false);
        return await EtagRetry.UpdateAsync(table, partition, SeriesKeys.SeriesRow, mutate, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// The tenant's active series whose Teams meeting is <paramref name="meetingThreadId"/> (see <see cref="MeetingJoinUrl"/>),
    /// or null. One row per team, filtered on the server by tenant and status.
    /// </summary>
    public async Task<SeriesEntity?> FindByMeetingAsync(string tenantId, string meetingThreadId, CancellationToken cancellationToken)
    {
        var table = await TableAsync(cancellationToken).ConfigureAwait(false);
        const string active = nameof(SeriesStatus.Active);
        await foreach (var series in table.QueryAsync<SeriesEntity>(
            e => e.RowKey == SeriesKeys.SeriesRow && e.TenantId == tenantId && e.Status == active, cancellationToken: cancellationToken).ConfigureAwait(false))
        {
            if (string.Equals(MeetingJoinUrl.ThreadId(series.JoinUrl), meetingThreadId, StringComparison.OrdinalIgnoreCase)) return series;
        }
        return null;
    }

    public async Task<SessionEntity?> GetSessionAsync(string partition, DateOnly date, CancellationToken cancellationToken)
    {
        var table = await TableAsync(cancellationToken).ConfigureAwait(false);
        var found = await table.GetEntityIfExistsAsync<SessionEntity>(partition, SeriesKeys.Session(date), cancellationToken: cancellationToken).ConfigureAwait(false);
        return found.HasValue ? found.Value : null;
    }

    public async Task<SessionEntity?> UpdateSessionAsync(string partition, DateOnly date, Func<SessionEntity?, SessionEntity?> mutate, CancellationToken cancellationToken)
    {
        var table = await TableAsync(cancellationToken).ConfigureAwait(false);
        return await EtagRetry.UpdateAsync(table, partition, SeriesKeys.Session(date), mutate, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>The team's session rows, oldest first.</summary>
    public async Task<IReadOnlyList<SessionEntity>> ListSessionsAsync(string partition, CancellationToken cancellationToken)
    {
        var table = await TableAsync(cancellationToken).ConfigureAwait(false);
        var upper = SeriesKeys.UpperBound(SeriesKeys.SessionPrefix);
        var result = new List<SessionEntity>();
        await foreach (var row in table.QueryAsync<SessionEntity>(
            e => e.PartitionKey == partition && e.RowKey.CompareTo(SeriesKeys.SessionPrefix) >= 0 && e.RowKey.CompareTo(upper) < 0,
            cancellationToken: cancellationToken).ConfigureAwait(false))
        {
            result.Add(row);
            if (result.Count >= MaxSessionRows) break;
        }
        return result;
    }

    /// <summary>Stores (or replaces) a member's proposal for a session.</summary>
    public async Task UpsertProposalAsync(string partition, DateOnly date, string authorKey, string title, DateTimeOffset at, CancellationToken cancellationToken)
    {
        var table = await TableAsync(cancellationToken).ConfigureAwait(false);
        await table.UpsertEntityAsync(new CasusProposalEntity
        {
            PartitionKey = partition,
            RowKey = SeriesKeys.Proposal(date, authorKey),
            Date = date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            AuthorKey = authorKey,
            Title = title,
            At = at,
        }, TableUpdateMode.Replace, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>A session's proposals, oldest first.</summary>
    public async Task<IReadOnlyList<CasusProposalEntity>> ListProposalsAsync(string partition, DateOnly date, CancellationToken cancellationToken)
    {
        var table = await TableAsync(cancellationToken).ConfigureAwait(false);
        var prefix = SeriesKeys.ProposalsOf(date);
        var upper = SeriesKeys.UpperBound(prefix);
        var result = new List<CasusProposalEntity>();
        await foreach (var row in table.QueryAsync<CasusProposalEntity>(
            e => e.PartitionKey == partition && e.RowKey.CompareTo(prefix) >= 0 && e.RowKey.CompareTo(upper) < 0,
            cancellationToken: cancellationToken).ConfigureAwait(false))
        {
            result.Add(row);
            if (result.Count >= MaxProposalsPerSession) break;
        }
        return [.. result.OrderBy(p => p.At)];
    }

    /// <summary>Every proposal written by <paramref name="userKey"/> (all teams), for "mijn gegevens".</summary>
    public async Task<IReadOnlyList<CasusProposalEntity>> ProposalsByAsync(string userKey, CancellationToken cancellationToken)
    {
        var table = await TableAsync(cancellationToken).ConfigureAwait(false);
        var result = new List<CasusProposalEntity>();
        await foreach (var row in table.QueryAsync<CasusProposalEntity>(e => e.AuthorKey == userKey, cancellationToken: cancellationToken).ConfigureAwait(false))
        {
            if (row.RowKey.StartsWith(SeriesKeys.ProposalPrefix, StringComparison.Ordinal)) result.Add(row);
        }
        return result;
    }

    /// <summary>Every session row (all teams) that names <paramref name="userKey"/> as away or in a proposed role.</summary>
    public async Task<IReadOnlyList<SessionEntity>> SessionsMentioningAsync(string userKey, CancellationToken cancellationToken)
    {
        var table = await TableAsync(cancellationToken).ConfigureAwait(false);
        var upper = SeriesKeys.UpperBound(SeriesKeys.SessionPrefix);
        var result = new List<SessionEntity>();
        await foreach (var row in table.QueryAsync<SessionEntity>(
            e => e.RowKey.CompareTo(SeriesKeys.SessionPrefix) >= 0 && e.RowKey.CompareTo(upper) < 0, cancellationToken: cancellationToken).ConfigureAwait(false))
        {
            if (row.InbrengerKey == userKey || row.GespreksleiderKey == userKey || Away(row).Contains(userKey)) result.Add(row);
        }
        return result;
    }

    public async Task DeleteProposalAsync(CasusProposalEntity proposal, CancellationToken cancellationToken)
    {
        var table = await TableAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            await table.DeleteEntityAsync(proposal.PartitionKey, proposal.RowKey, ETag.All, cancellationToken).ConfigureAwait(false);
        }
        catch (RequestFailedException ex) when (ex.Status == 404)
        {
            // Already gone.
        }
    }

    /// <summary>Deletes every proposal for a session held before <paramref name="cutoff"/>; returns how many.</summary>
    public async Task<int> PurgeProposalsBeforeAsync(DateOnly cutoff, CancellationToken cancellationToken)
    {
        var table = await TableAsync(cancellationToken).ConfigureAwait(false);
        var upper = SeriesKeys.UpperBound(SeriesKeys.ProposalPrefix);
        var expired = new List<CasusProposalEntity>();
        var cutoffText = cutoff.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        await foreach (var row in table.QueryAsync<CasusProposalEntity>(
            e => e.RowKey.CompareTo(SeriesKeys.ProposalPrefix) >= 0 && e.RowKey.CompareTo(upper) < 0 && e.Date.CompareTo(cutoffText) < 0,
            cancellationToken: cancellationToken).ConfigureAwait(false))
        {
            expired.Add(row);
        }
        foreach (var row in expired) await DeleteProposalAsync(row, cancellationToken).ConfigureAwait(false);
        return expired.Count;
    }

    public static IReadOnlyList<string> Away(SessionEntity session) =>
        JsonSerializer.Deserialize<string[]>(string.IsNullOrEmpty(session.AwayJson) ? "[]" : session.AwayJson) ?? [];

    public static string AwayJson(IEnumerable<string> keys) => JsonSerializer.Serialize(keys.Distinct(StringComparer.Ordinal).ToArray());

    /// <summary>The session's roles as the domain decides on them.</summary>
    public static SessionRoles RolesOf(SessionEntity session) =>
        new(session.InbrengerKey, session.InbrengerAccepted, session.GespreksleiderKey, session.GespreksleiderAccepted, Away(session));

    /// <summary>Writes decided roles onto the session row (stored by the caller with its ETag).</summary>
    public static void Apply(SessionEntity session, SessionRoles roles)
    {
        ArgumentNullException.ThrowIfNull(session);
        ArgumentNullException.ThrowIfNull(roles);
        (session.InbrengerKey, session.InbrengerAccepted) = (roles.Inbrenger, roles.InbrengerAccepted);
        (session.GespreksleiderKey, session.GespreksleiderAccepted) = (roles.Gespreksleider, roles.GespreksleiderAccepted);
        session.AwayJson = AwayJson(roles.Away);
    }

    public static SeriesPlan PlanOf(SeriesEntity series) => new(
        series.IntervalWeeks,
        (DayOfWeek)series.Weekday,
        TimeOnly.ParseExact(series.StartTime, "HH:mm", CultureInfo.InvariantCulture),
        series.DurationMinutes,
        series.MethodId,
        DateOnly.ParseExact(series.FirstDate, "yyyy-MM-dd", CultureInfo.InvariantCulture),
        series.EndDate is { Length: > 0 } end ? DateOnly.ParseExact(end, "yyyy-MM-dd", CultureInfo.InvariantCulture) : null,
        Enum.Parse<HolidayHandling>(series.Holidays));

    public static void Apply(SeriesEntity series, SeriesPlan plan)
    {
        series.IntervalWeeks = plan.IntervalWeeks;
        series.Weekday = (int)plan.Weekday;
        series.StartTime = plan.StartTime.ToString("HH:mm", CultureInfo.InvariantCulture);
        series.DurationMinutes = plan.DurationMinutes;
        series.MethodId = plan.MethodId;
        series.FirstDate = plan.FirstDate.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        series.EndDate = plan.EndDate?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        series.Holidays = plan.Holidays.ToString();
    }

    public static DateOnly SessionDate(SessionEntity session) =>
        DateOnly.ParseExact(session.Date, "yyyy-MM-dd", CultureInfo.InvariantCulture);

    private Task<TableClient> TableAsync(CancellationToken cancellationToken) => store.GetTableAsync(TableNames.SchedulingSeries, cancellationToken);
}
