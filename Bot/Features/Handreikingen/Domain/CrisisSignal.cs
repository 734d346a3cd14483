namespace IntervisieBot.Features.Handreikingen.Domain;

/// <summary>A crisis signal found in a casus: its kind (<see cref="CrisisSignalKinds"/>) and the words (as written) that triggered it.</summary>
public sealed record CrisisSignal(string Kind, IReadOnlyList<string> Words);

/// <summary>The kinds of crisis signal the lexicon's <c>signals</c> section knows; the crisis card shows what fits each.</summary>
public static class CrisisSignalKinds
{
    /// <summary>Signs of suicidal thoughts, also said indirectly ("ziet het niet meer zitten", "wil er niet meer zijn").</summary>
    public const string Suicide = "suicide";

    /// <summary>Violence or threats at home (partner, ex, children): Veilig Thuis and the meldcode.</summary>
    public const string DomesticViolence = "huiselijk-geweld";

    /// <summary>Acute danger: a weapon, a threat to kill, violence now; 112.</summary>
    public const string Danger = "danger";

    public static IReadOnlyList<string> All { get; } = [Suicide, Danger, DomesticViolence];

    public static bool IsKnown(string kind) => All.Contains(kind, StringComparer.Ordinal);
}
