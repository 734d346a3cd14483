namespace IntervisieBot.Features.Intervisie.Storage;

/// <summary>The intervisie feature's tables (the storage prefix is added by <see cref="IntervisieBot.Storage.TableStore"/>).</summary>
public static class IntervisieTables
{
    /// <summary>Per conversation partition: one row per round (state + ETag), one row per contribution, and the active-round marker.</summary>
    public const string Rounds = "IntervisieRounds";

    /// <summary>Spread-mode work items, partitioned by due day, sorted by due time within the day.</summary>
    public const string Due = "IntervisieDue";

    /// <summary>Who brought a casus and who chaired, per team, newest first.</summary>
    public const string Rotation = "IntervisieRotation";
}
