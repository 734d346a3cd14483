using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Analysis.Miscellaneous;
using Lucene.Net.Analysis.Nl;
using Lucene.Net.Analysis.Snowball;
using Lucene.Net.Analysis.Standard;
using Lucene.Net.Analysis.Util;
using Lucene.Net.Util;

namespace IntervisieBot.Features.Handreikingen.Domain;

/// <summary>
/// Dutch analysis for the handreikingen index and BM25 queries: standard tokenizer, lowercase, Dutch stop words (plus a few
/// domain words that occur in every casus), ASCII folding, Snowball Dutch stemming.
/// </summary>
public sealed class DutchTextAnalyzer : Analyzer
{
    internal const LuceneVersion Version = LuceneVersion.LUCENE_48;

    /// <summary>Words that occur in nearly every casus or title and carry no topic.</summary>
    private static readonly string[] DomainStopWords =
    [
        "klant", "klanten", "klantmanager", "cliënt", "client", "wanneer", "gaan", "graag", "we", "wij", "zit", "krijg", "krijgt",
        "wel", "per", "paar", "elke", "elk", "hele", "heel", "terwijl", "snel", "beter", "komt", "komen", "zegt", "echt", "steeds",
        "weer", "erg", "sinds", "soms", "vaak",
    ];

    private readonly CharArraySet stopWords;

    public DutchTextAnalyzer()
    {
        stopWords = new CharArraySet(Version, DutchAnalyzer.DefaultStopSet.Count + DomainStopWords.Length, ignoreCase: true);
        foreach (var word in DutchAnalyzer.DefaultStopSet)
        {
            stopWords.Add(word);
        }

        foreach (var word in DomainStopWords)
        {
            stopWords.Add(word);
        }
    }

    /// <summary>Analyses <paramref name="text"/> into (stem, surface word) pairs, in order of appearance.</summary>
    public IReadOnlyList<QueryTerm> Analyze(string text)
    {
        var terms = new List<QueryTerm>();
        using var stream = GetTokenStream("text", new StringReader(text));
        var term = stream.AddAttribute<Lucene.Net.Analysis.TokenAttributes.ICharTermAttribute>();
        var offset = stream.AddAttribute<Lucene.Net.Analysis.TokenAttributes.IOffsetAttribute>();
        stream.Reset();
        while (stream.IncrementToken())
        {
            var start = Math.Clamp(offset.StartOffset, 0, text.Length);
            var end = Math.Clamp(offset.EndOffset, start, text.Length);
            terms.Add(new QueryTerm(term.ToString(), text[start..end].ToLowerInvariant()));
        }

        stream.End();
        return terms;
    }

    protected override TokenStreamComponents CreateComponents(string fieldName, TextReader reader)
    {
        var source = new StandardTokenizer(Version, reader);
        TokenStream result = new LowerCaseFilter(Version, source);
        result = new StopFilter(Version, result, stopWords);
        result = new ASCIIFoldingFilter(result);
        result = new SnowballFilter(result, new Lucene.Net.Tartarus.Snowball.Ext.DutchStemmer());
        return new TokenStreamComponents(source, result);
    }
}
