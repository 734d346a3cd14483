namespace IntervisieBot.Features.Intervisie.Domain;

/// <summary>How a round is run.</summary>
public enum RoundMode
{
    /// <summary>In the overleg: timeboxes are guidance, the gespreksleider advances.</summary>
    Live,

    /// <summary>Spread over days: each phase has a deadline in hours; the round advances itself when it passes or when everyone expected has contributed.</summary>
    Spread,
}
