namespace IntervisieBot.Features.Reminders;

/// <summary>The reminder feature's tables (the storage prefix is added by TableStore).</summary>
public static class ReminderTableNames
{
    public const string Outbox = "ReminderOutbox";
    public const string Buckets = "ReminderBuckets";
    public const string BudgetLeases = "ReminderBudgetLeases";
}
