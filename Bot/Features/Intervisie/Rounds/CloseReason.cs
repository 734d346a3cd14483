namespace IntervisieBot.Features.Intervisie.Rounds;

/// <summary>Why a round is closed.</summary>
public enum CloseReason
{
    /// <summary>The last phase was completed.</summary>
    Completed,

    /// <summary>The gespreksleider or a teamleider closed it before the last phase; contributions are kept.</summary>
    ClosedEarly,
}
