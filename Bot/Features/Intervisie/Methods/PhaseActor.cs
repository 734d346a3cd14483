namespace IntervisieBot.Features.Intervisie.Methods;

/// <summary>Who acts in a phase, and so who may contribute to it.</summary>
public enum PhaseActor
{
    /// <summary>Only the inbrenger contributes; the inbrenger is expected to.</summary>
    Inbrenger,

    /// <summary>Any participant (the inbrenger included) may contribute; nobody is required to.</summary>
    Group,

    /// <summary>Every participant except the inbrenger is expected to contribute; the inbrenger does not.</summary>
    EachMember,

    /// <summary>Only the gespreksleider contributes.</summary>
    Gespreksleider,
}
