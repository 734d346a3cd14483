namespace IntervisieBot.Features.Handreikingen;

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
    public bool NothingFound => Handreikingen.Count == 0 && Lessons.Count == 0;
}
