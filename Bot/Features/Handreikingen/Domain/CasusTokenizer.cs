using System.Globalization;
using System.Text;
using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Analysis.Miscellaneous;
using DutchAnalyzer = Lucene.Net.Analysis.Nl.DutchAnalyzer;
using Lucene.Net.Analysis.Standard;
using Lucene.Net.Analysis.TokenAttributes;
using Lucene.Net.Tartarus.Snowball.Ext;

namespace IntervisieBot.Features.Handreikingen.Domain;

/// <summary>
/// Splits a casus into all its words (stop words kept, so phrases like "kan niet lezen" can match), folded and stemmed the
/// same way as the index. Thread-safe.
/// </summary>
public sealed class CasusTokenizer : IDisposable
{
    private static readonly System.Buffers.SearchValues<char> ClauseBreaks = System.Buffers.SearchValues.Create(".,;:!?\n");

    private readonly FoldingAnalyzer analyzer = new();

    public IReadOnlyList<CasusToken> Tokenize(string text)
    {
        var tokens = new List<CasusToken>();
        var stemmer = new DutchStemmer();
        using var stream = analyzer.GetTokenStream("text", new StringReader(text));
        var term = stream.AddAttribute<ICharTermAttribute>();
        var offset = stream.AddAttribute<IOffsetAttribute>();
        stream.Reset();
        var clause = 0;
        var previousEnd = 0;
        while (stream.IncrementToken())
        {
            var folded = term.ToString();
            var start = Math.Clamp(offset.StartOffset, 0, text.Length);
            var end = Math.Clamp(offset.EndOffset, start, text.Length);
            if (start > previousEnd && text.AsSpan(previousEnd, start - previousEnd).IndexOfAny(ClauseBreaks) >= 0)
            {
                clause++;
            }

            previousEnd = Math.Max(previousEnd, end);
            tokens.Add(new CasusToken(tokens.Count, folded, Stem(stemmer, folded), text[start..end].ToLowerInvariant(), DutchAnalyzer.DefaultStopSet.Contains(folded), clause));
        }

        stream.End();
        return tokens;
    }

    /// <summary>Folds a lexicon pattern the way tokens are folded: lowercase, diacritics removed.</summary>
    public static string Fold(string value)
    {
        var decomposed = value.ToLowerInvariant().Normalize(NormalizationForm.FormD);
        var builder = new StringBuilder(decomposed.Length);
        foreach (var c in decomposed.Where(c => CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark))
        {
            builder.Append(c);
        }

        return builder.ToString().Normalize(NormalizationForm.FormC);
    }

    public static string Stem(string folded) => Stem(new DutchStemmer(), folded);

    private static string Stem(DutchStemmer stemmer, string folded)
    {
        stemmer.SetCurrent(folded);
        stemmer.Stem();
        return stemmer.Current;
    }

    public void Dispose() => analyzer.Dispose();

    private sealed class FoldingAnalyzer : Analyzer
    {
        protected override TokenStreamComponents CreateComponents(string fieldName, TextReader reader)
        {
            var source = new StandardTokenizer(DutchTextAnalyzer.Version, reader);
            TokenStream result = new LowerCaseFilter(DutchTextAnalyzer.Version, source);
            result = new ASCIIFoldingFilter(result);
            return new TokenStreamComponents(source, result);
        }
    }
}
