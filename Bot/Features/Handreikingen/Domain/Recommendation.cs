namespace IntervisieBot.Features.Handreikingen.Domain;

/// <summary>
/// The answer to one casus: detected tags, stemmed keywords (what may be kept as an information need), the top
/// handreikingen and matching lessons. Empty lists are an honest "niets gevonden".
/// </summary>
public sealed record Recommendation(
    IReadOnlyList<TagMatch> DetectedTags,
    IReadOnlyList<string> Keywords,
    IReadOnlyList<RecommendedHandreiking> Handreikingen,
    IReadOnlyList<RecommendedLesson> Lessons)
{
    /// <summary>Crisis signals in the casus (suicidal thoughts, acute danger, violence): the crisis card comes first, always.</summary>
    public IReadOnlyList<CrisisSignal> Crisis { get; init; } = [];

    /// <summary>The gemeente's own crisis protocol (a local entry), shown on the crisis card when a kennismakelaar has set one.</summary>
    public Handreiking? CrisisProtocol { get; init; }

    public bool HasCrisis => Crisis.Count > 0;

    public bool NothingFound => Handreikingen.Count == 0 && Lessons.Count == 0 && !HasCrisis;
}
