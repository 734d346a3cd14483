using System.Globalization;

namespace IntervisieBot.Features.Reminders.Domain;

/// <summary>Due-time buckets: the UTC hour, <c>yyyyMMddHH</c>, so buckets sort as strings in time order.</summary>
public static class ReminderBucket
{
    public static string Of(DateTimeOffset instant) =>
        instant.UtcDateTime.ToString("yyyyMMddHH", CultureInfo.InvariantCulture);
}
