using IntervisieBot.Features.Handreikingen.Domain;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Search.Similarities;
using Lucene.Net.Store;

namespace IntervisieBot.Features.Lessons.Domain;

/// <summary>
/// Ranks lessons for a search. Text relevance is BM25 over the lesson fields with the handreikingen Dutch analysis
/// (stop words, folding, Snowball stemming), in a small in-memory Lucene index built over the lessons the searcher may read;
/// tags detected in the query with the domain lexicon add to the score of lessons carrying them. Thread-safe.
/// </summary>
public sealed class LessonSearchEngine(LessonTagSuggester tags) : IDisposable
{
    public const double TagWeight = 1.0;
    public const double TextSaturation = 3.0;
    public const double MinScore = 0.2;
    private const int MaxQueryTerms = 64;
    private const string IdField = "i";

    private static readonly (string Field, float Boost)[] Fields =
    [
        ("title", 2.0f), ("text", 2.0f), ("tags", 1.5f), ("actionPlan", 1.0f), ("copingPlan", 0.7f),
    ];

    private readonly DutchTextAnalyzer analyzer = new();

    public DutchTextAnalyzer Analyzer => analyzer;

    /// <summary>Analyses a search text (already cleared by the privacy guard) into tags and stems.</summary>
    public LessonSearchQuery Analyze(string text)
    {
        if (string.IsNullOrWhiteSpace(text)) return LessonSearchQuery.Empty;
        text = text.Length <= 500 ? text : text[..500];
        var stems = analyzer.Analyze(text).Select(t => t.Stem).Distinct(StringComparer.Ordinal).Take(MaxQueryTerms).ToList();
        return new LessonSearchQuery(tags.Detect(text), stems);
    }

    /// <summary>The best matches above <see cref="MinScore"/>, best first (newest first on equal score).</summary>
    public IReadOnlyList<LessonHit> Rank(LessonSearchQuery query, IReadOnlyList<Lesson> lessons, int max)
    {
        if (query.IsEmpty || lessons.Count == 0) return [];
        var text = TextScores(query.Stems, lessons);
        var strength = query.Tags.GroupBy(t => t.Tag, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => Math.Min(g.Max(t => t.Weight), 2.0) / 2.0, StringComparer.Ordinal);
        return
        [
            .. lessons
                .Select((lesson, i) =>
                {
                    var tagScore = lesson.Tags.Sum(t => strength.GetValueOrDefault(t));
                    var textScore = text[i] <= 0 ? 0 : text[i] / (text[i] + TextSaturation);
                    return new LessonHit(lesson, Math.Round(textScore + (TagWeight * tagScore), 4));
                })
                .Where(h => h.Score >= MinScore)
                .OrderByDescending(h => h.Score)
                .ThenBy(h => h.Lesson.Id, StringComparer.Ordinal)
                .Take(max),
        ];
    }

    private double[] TextScores(IReadOnlyList<string> stems, IReadOnlyList<Lesson> lessons)
    {
        var scores = new double[lessons.Count];
        if (stems.Count == 0) return scores;
        using var directory = new RAMDirectory();
        var config = new IndexWriterConfig(DutchTextAnalyzer.Version, analyzer) { Similarity = new BM25Similarity(), OpenMode = OpenMode.CREATE };
        using (var writer = new IndexWriter(directory, config))
        {
            for (var i = 0; i < lessons.Count; i++)
            {
                var lesson = lessons[i];
                writer.AddDocument(
                [
                    new StoredField(IdField, i),
                    new TextField("title", lesson.Title ?? "", Field.Store.NO),
                    new TextField("text", lesson.Text, Field.Store.NO),
                    new TextField("tags", string.Join(' ', lesson.Tags.Select(t => t.Replace('-', ' '))), Field.Store.NO),
                    new TextField("actionPlan", lesson.ActionPlan ?? "", Field.Store.NO),
                    new TextField("copingPlan", lesson.CopingPlan ?? "", Field.Store.NO),
                ]);
            }
            writer.Commit();
        }

        using var reader = DirectoryReader.Open(directory);
        var searcher = new IndexSearcher(reader) { Similarity = new BM25Similarity() };
        var query = new BooleanQuery();
        foreach (var stem in stems)
        {
            foreach (var (field, boost) in Fields)
                query.Add(new TermQuery(new Term(field, stem)) { Boost = boost }, Occur.SHOULD);
        }
        foreach (var hit in searcher.Search(query, lessons.Count).ScoreDocs)
            scores[reader.Document(hit.Doc).GetField(IdField).GetInt32Value()!.Value] = hit.Score;
        return scores;
    }

    public void Dispose() => analyzer.Dispose();
}
