using IntervisieBot.Features.Scheduling.Storage;
using IntervisieBot.Privacy.Retention;
using Microsoft.Extensions.Options;

namespace IntervisieBot.Features.Scheduling.Handlers;

/// <summary>Casus proposal texts are deleted <c>Scheduling:ProposalRetentionDays</c> after their session.</summary>
public sealed class SchedulingRetention(SeriesStore store, IOptions<SchedulingOptions> options, Reminders.Domain.WorkingDayCalendar calendar) : IRetentionParticipant
{
    public string Name => "scheduling-proposals";

    public Task<int> PurgeExpiredAsync(DateTimeOffset now, RetentionOptions retention, CancellationToken cancellationToken)
    {
        var today = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(now, calendar.TimeZone).DateTime);
        return store.PurgeProposalsBeforeAsync(today.AddDays(-options.Value.ProposalRetentionDays), cancellationToken);
    }
}
