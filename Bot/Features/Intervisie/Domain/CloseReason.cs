namespace IntervisieBot.Features.Intervisie.Domain;

/// <summary>Why a round is closed.</summary>
public enum CloseReason
{
    /// <summary>The last phase was completed.</summary>
    Completed,

    /// <summary>The gespreksleider closed it before the last phase; contributions are kept.</summary>
    ClosedEarly,

    /// <summary>The inbrenger withdrew the casus; nothing of it is shown any more and no summary is posted.</summary>
    Withdrawn,
}
