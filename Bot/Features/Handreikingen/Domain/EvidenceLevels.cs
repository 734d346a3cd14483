namespace IntervisieBot.Features.Handreikingen.Domain;

/// <summary>Evidence levels as stable ids (domain brief: praktijkervaring, onderbouwd, bewezen effectief).</summary>
public static class EvidenceLevels
{
    public const string Praktijkervaring = "praktijkervaring";
    public const string Onderbouwd = "onderbouwd";
    public const string BewezenEffectief = "bewezen-effectief";

    public static IReadOnlyList<string> All { get; } = [Praktijkervaring, Onderbouwd, BewezenEffectief];

    public static bool IsKnown(string? value) => value is not null && All.Contains(value, StringComparer.Ordinal);
}
