namespace IntervisieBot.Features.Reminders.Domain;

/// <summary>Where a scheduled reminder lives (bucket + id) and when it will go out (moved into the working-day window).</summary>
public sealed record ScheduledReminder(string Id, string Bucket, DateTimeOffset Due, bool AlreadyExisted);
