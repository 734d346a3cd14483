using IntervisieBot.Features.Handreikingen.Domain;

namespace IntervisieBot.Features.Lessons.Domain;

/// <summary>
/// Suggests taxonomy tags for a lesson from its texts with the handreikingen domain lexicon (the same detection the
/// recommender uses; no second lexicon). Thread-safe.
/// </summary>
public sealed class LessonTagSuggester(DomainLexicon lexicon) : IDisposable
{
    public const int MaxSuggestedTags = 4;

    private readonly CasusTokenizer tokenizer = new();

    public IReadOnlyList<TagMatch> Detect(string text) =>
        string.IsNullOrWhiteSpace(text) ? [] : lexicon.Detect(tokenizer.Tokenize(text.Length <= 5000 ? text : text[..5000]));

    /// <summary>The strongest tags found in the texts, strongest first.</summary>
    public IReadOnlyList<string> Suggest(params string?[] texts) =>
        [.. Detect(string.Join('\n', texts.Where(t => !string.IsNullOrWhiteSpace(t)))).Select(m => m.Tag).Where(TagTaxonomy.IsKnown).Take(MaxSuggestedTags)];

    public void Dispose() => tokenizer.Dispose();
}
