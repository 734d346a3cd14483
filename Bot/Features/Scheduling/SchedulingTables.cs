namespace IntervisieBot.Features.Scheduling;

/// <summary>The scheduling feature's table (the storage prefix is added by <see cref="IntervisieBot.Storage.TableStore"/>).</summary>
public static class SchedulingTables
{
    /// <summary>
    /// Per team partition (<c>TeamScope.PartitionKey</c>): the one series row, one row per planned session (rotation,
    /// away marks, reminder ids) and one row per casus proposal.
    /// </summary>
    public const string Series = "SchedulingSeries";
}
