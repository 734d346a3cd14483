namespace IntervisieBot.Features.Handreikingen.Domain;

/// <summary>
/// The stable tag ids of the domain taxonomy (docs/domain.md). Data, tests and APIs use exactly these. <c>agressie</c> is
/// aggression and violence against staff (Veilige Publieke Taak); <c>huiselijk-geweld</c> is violence at home (Veilig Thuis,
/// meldcode); <c>inkomen</c> is the income side of the job (bijzondere bijstand, toeslagen, kwijtschelding, Bbz, IOAW) and
/// is never framed as enforcement.
/// </summary>
public static class TagTaxonomy
{
    public const string Multiproblematiek = "multiproblematiek";

    /// <summary>Problem areas (the first group of the taxonomy), excluding multiproblematiek itself.</summary>
    public static IReadOnlyList<string> ProblemAreas { get; } =
    [
        "schulden", "psychisch", "lvb", "gezondheid", "verslaving", "taal", "inburgering", "kinderopvang-gezin",
        "huisvesting", "sociaal-isolement", "agressie", "huiselijk-geweld",
    ];

    public static IReadOnlyList<string> ClientFactors { get; } = ["motivatie", "zelfredzaamheid", "werkzoekgedrag", "jongeren"];

    public static IReadOnlyList<string> WorkProcess { get; } =
    [
        "diagnose", "trajectplan", "uitvoering-monitoring", "terugblik", "sanctie", "werkgever", "nazorg",
        "samenwerking-zorg", "activering", "gespreksvoering", "inkomen",
    ];

    public static IReadOnlyList<string> All { get; } = [.. ProblemAreas, Multiproblematiek, .. ClientFactors, .. WorkProcess];

    private static readonly HashSet<string> Known = new(All, StringComparer.Ordinal);

    public static bool IsKnown(string? tag) => tag is not null && Known.Contains(tag);

    public static bool IsProblemArea(string tag) => ProblemAreas.Contains(tag, StringComparer.Ordinal);
}
