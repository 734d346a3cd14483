namespace IntervisieBot.Features.Intervisie.Domain;

/// <summary>Why a phase was completed.</summary>
public enum AdvanceReason
{
    /// <summary>The gespreksleider (or a teamleider) pressed "volgende fase".</summary>
    ByModerator,

    /// <summary>Spread mode: the phase deadline passed.</summary>
    DeadlinePassed,

    /// <summary>Spread mode: everyone expected to contribute has contributed.</summary>
    AllContributed,
}
