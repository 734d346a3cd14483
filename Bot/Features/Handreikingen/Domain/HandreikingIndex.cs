using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Search.Similarities;
using Lucene.Net.Store;

namespace IntervisieBot.Features.Handreikingen.Domain;

/// <summary>
/// In-memory Lucene index (BM25) over title, official title, summary and tags of every catalogue entry. Built once;
/// searching is thread-safe.
/// </summary>
public sealed class HandreikingIndex : IDisposable
{
    private const string IdField = "id";
    private const int MaxQueryTerms = 128;

    private static readonly (string Field, float Boost)[] SearchFields =
    [
        ("title", 2.0f), ("officialTitle", 1.5f), ("summary", 1.0f), ("tags", 2.0f),
    ];

    private readonly RAMDirectory directory = new();
    private readonly DirectoryReader reader;
    private readonly IndexSearcher searcher;
    private readonly int[] docToEntry;
    private readonly HashSet<string>[] entryStems;

    public HandreikingIndex(HandreikingCatalogue catalogue, DutchTextAnalyzer analyzer)
    {
        Catalogue = catalogue;
        Analyzer = analyzer;
        var config = new IndexWriterConfig(DutchTextAnalyzer.Version, analyzer)
        {
            Similarity = new BM25Similarity(),
            OpenMode = OpenMode.CREATE,
        };

        entryStems = new HashSet<string>[catalogue.Entries.Count];
        using (var writer = new IndexWriter(directory, config))
        {
            for (var i = 0; i < catalogue.Entries.Count; i++)
            {
                var entry = catalogue.Entries[i];
                var tagText = string.Join(' ', entry.Tags.Select(t => t.Replace('-', ' ')));
                var summary = string.Join('\n', entry.Summary);
                writer.AddDocument(
                [
                    new StringField(IdField, i.ToString(System.Globalization.CultureInfo.InvariantCulture), Field.Store.YES),
                    new TextField("title", entry.Title, Field.Store.NO),
                    new TextField("officialTitle", entry.OfficialTitle, Field.Store.NO),
                    new TextField("summary", summary, Field.Store.NO),
                    new TextField("tags", tagText, Field.Store.NO),
                ]);
                entryStems[i] = [.. analyzer.Analyze($"{entry.Title}\n{entry.OfficialTitle}\n{summary}\n{tagText}").Select(t => t.Stem)];
            }

            writer.Commit();
        }

        reader = DirectoryReader.Open(directory);
        searcher = new IndexSearcher(reader) { Similarity = new BM25Similarity() };
        docToEntry = new int[reader.MaxDoc];
        for (var doc = 0; doc < reader.MaxDoc; doc++)
        {
            docToEntry[doc] = int.Parse(reader.Document(doc).Get(IdField), System.Globalization.CultureInfo.InvariantCulture);
        }
    }

    public HandreikingCatalogue Catalogue { get; }

    public DutchTextAnalyzer Analyzer { get; }

    /// <summary>BM25 score of every catalogue entry (by entry index; 0 when no word matches) for the given stems.</summary>
    public double[] Score(IEnumerable<string> stems)
    {
        var scores = new double[Catalogue.Entries.Count];
        var query = new BooleanQuery();
        foreach (var stem in stems.Distinct(StringComparer.Ordinal).Take(MaxQueryTerms))
        {
            foreach (var (field, boost) in SearchFields)
            {
                query.Add(new TermQuery(new Term(field, stem)) { Boost = boost }, Occur.SHOULD);
            }
        }

        if (query.Clauses.Count == 0)
        {
            return scores;
        }

        foreach (var hit in searcher.Search(query, Catalogue.Entries.Count).ScoreDocs)
        {
            scores[docToEntry[hit.Doc]] = hit.Score;
        }

        return scores;
    }

    /// <summary>Whether an entry's indexed text contains the stem (for the "waarom" line).</summary>
    public bool EntryContains(int entryIndex, string stem) => entryStems[entryIndex].Contains(stem);

    public void Dispose()
    {
        reader.Dispose();
        directory.Dispose();
    }
}
