using System.Text.Json;

namespace IntervisieBot.Features.Handreikingen.Domain;

/// <summary>
/// Maps everyday words (and stems, compounds, common typos) to taxonomy tags and detects tags in a casus.
/// Term syntax in Catalogue/lexicon.json: a word matches by Dutch stem, with one typo tolerated in longer words;
/// <c>*</c> at the start and/or end is a wildcard on the folded word (compounds: <c>*schuld</c> matches "huurschuld");
/// <c>~</c> marks a weak signal (half weight); words separated by spaces must occur close together, in any order;
/// <c>re:</c> is a regular expression on one folded word.
/// </summary>
public sealed class DomainLexicon
{
    internal const string EmbeddedResourceName = "IntervisieBot.Handreikingen.lexicon.json";

    private const double StrongWeight = 1.0;
    private const double WeakWeight = 0.5;
    private const double MaxTagWeight = 3.0;
    private const int ProblemAreasForMultiproblematiek = 3;

    private readonly IReadOnlyList<LexiconTerm> terms;
    private readonly IReadOnlyList<LexiconTerm> signalTerms;

    private DomainLexicon(IReadOnlyList<LexiconTerm> terms, IReadOnlyList<LexiconTerm> signalTerms)
    {
        this.terms = terms;
        this.signalTerms = signalTerms;
    }

    public int TermCount => terms.Count;

    public int SignalTermCount => signalTerms.Count;

    public static DomainLexicon LoadEmbedded()
    {
        using var stream = typeof(DomainLexicon).Assembly.GetManifestResourceStream(EmbeddedResourceName)
            ?? throw new InvalidOperationException($"Embedded resource {EmbeddedResourceName} is missing.");
        using var reader = new StreamReader(stream);
        return Parse(reader.ReadToEnd());
    }

    /// <summary>Parses and compiles a lexicon; throws <see cref="CatalogueValidationException"/> listing every problem.</summary>
    public static DomainLexicon Parse(string json)
    {
        Dictionary<string, List<string?>?>? tags;
        Dictionary<string, List<string?>?>? signals = null;
        try
        {
            using var document = JsonDocument.Parse(json, new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip });
            if (!document.RootElement.TryGetProperty("tags", out var tagsElement) || tagsElement.ValueKind != JsonValueKind.Object)
            {
                throw new CatalogueValidationException(["lexicon: the object \"tags\" is missing"]);
            }

            tags = tagsElement.Deserialize<Dictionary<string, List<string?>?>>();
            if (document.RootElement.TryGetProperty("signals", out var signalsElement))
            {
                signals = signalsElement.ValueKind == JsonValueKind.Object
                    ? signalsElement.Deserialize<Dictionary<string, List<string?>?>>()
                    : throw new CatalogueValidationException(["lexicon: \"signals\" must be an object of crisis signal kinds"]);
            }
        }
        catch (JsonException ex)
        {
            throw new CatalogueValidationException($"lexicon is not valid JSON ({ex.Message})", ex);
        }

        var errors = new List<string>();
        var compiled = new List<LexiconTerm>();
        using var tokenizer = new CasusTokenizer();
        CasusToken? TokenizeWord(string word) => tokenizer.Tokenize(word) is [var single] ? single : null;

        foreach (var (tag, list) in tags ?? [])
        {
            if (!TagTaxonomy.IsKnown(tag))
            {
                errors.Add($"lexicon: unknown tag \"{tag}\"");
                continue;
            }

            // the tag id itself always counts ("kinderopvang-gezin" as "kinderopvang gezin")
            Compile(tag, (list ?? []).Append(tag.Replace('-', ' ')), compiled);
        }

        var compiledSignals = new List<LexiconTerm>();
        foreach (var (kind, list) in signals ?? [])
        {
            if (!CrisisSignalKinds.IsKnown(kind))
            {
                errors.Add($"lexicon: unknown crisis signal kind \"{kind}\" (use {string.Join(", ", CrisisSignalKinds.All)})");
                continue;
            }

            Compile(kind, list ?? [], compiledSignals);
        }

        void Compile(string tag, IEnumerable<string?> raws, List<LexiconTerm> into)
        {
            foreach (var raw in raws)
            {
                if (string.IsNullOrWhiteSpace(raw))
                {
                    errors.Add($"lexicon: tag \"{tag}\" has an empty term");
                    continue;
                }

                var weak = raw.StartsWith('~');
                var words = raw.TrimStart('~')
                    .Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
                    .SelectMany(w => w.StartsWith("re:", StringComparison.Ordinal) ? [w] : w.Split('-', StringSplitOptions.RemoveEmptyEntries))
                    .ToArray();
                var parts = new List<TermPart>(words.Length);
                foreach (var word in words)
                {
                    var part = TermPart.Compile(word, TokenizeWord, out var error);
                    if (part is null)
                    {
                        errors.Add($"lexicon: tag \"{tag}\", term \"{raw}\": {error}");
                    }
                    else
                    {
                        parts.Add(part);
                    }
                }

                if (parts.Count == words.Length && parts.Count > 0)
                {
                    into.Add(new LexiconTerm(tag, raw, weak ? WeakWeight : StrongWeight, parts, words.Any(w => Negation.IsNegator(CasusTokenizer.Fold(w)))));
                }
            }
        }

        foreach (var missing in TagTaxonomy.All.Where(t => tags is null || !tags.ContainsKey(t)))
        {
            errors.Add($"lexicon: tag \"{missing}\" has no terms");
        }

        return errors.Count > 0 ? throw new CatalogueValidationException(errors) : new DomainLexicon(compiled, compiledSignals);
    }

    /// <summary>
    /// The lexicon's word for a stemmed keyword, or null when the lexicon does not name it: the whitelist for anything kept of
    /// a question (information needs store only these, never a free token that might be a name or a number).
    /// </summary>
    public string? VocabularyWordFor(string stem)
    {
        if (string.IsNullOrEmpty(stem))
        {
            return null;
        }

        var token = new CasusToken(0, stem, stem, stem);
        foreach (var term in terms)
        {
            foreach (var part in term.Parts)
            {
                if (part.VocabularyWordFor(token) is { } word)
                {
                    return word;
                }
            }
        }

        return null;
    }

    /// <summary>
    /// Detects taxonomy tags in a tokenized casus, strongest first. A problem area said to be absent within its clause
    /// ("geen schulden", "no debts", "is niet verslaafd") does not count; see <see cref="Negation"/>.
    /// </summary>
    public IReadOnlyList<TagMatch> Detect(IReadOnlyList<CasusToken> tokens)
    {
        var weights = new Dictionary<string, Dictionary<int, double>>(StringComparer.Ordinal);
        var words = new Dictionary<string, List<(int Position, string Word)>>(StringComparer.Ordinal);

        Match(terms, tokens, (term, positions) =>
        {
            if (Negation.AppliesTo(term.Tag) && !term.ContainsNegator && Negation.IsNegated(tokens, positions.Min()))
            {
                return;
            }

            Record(term, positions.Min(), string.Join(' ', positions.Order().Select(p => tokens[p].Surface)));
        });

        var result = weights
            .Select(kv => new TagMatch(
                kv.Key,
                Math.Min(MaxTagWeight, kv.Value.Values.Sum()),
                [.. words[kv.Key].OrderBy(w => w.Position).Select(w => w.Word).Distinct(StringComparer.Ordinal)]))
            .ToList();

        AddMultiproblematiek(result);
        return [.. result.OrderByDescending(m => m.Weight).ThenBy(m => TagOrder(m.Tag))];

        void Record(LexiconTerm term, int position, string word)
        {
            if (!weights.TryGetValue(term.Tag, out var byPosition))
            {
                byPosition = [];
                weights[term.Tag] = byPosition;
                words[term.Tag] = [];
            }

            byPosition[position] = Math.Max(byPosition.GetValueOrDefault(position), term.Weight);
            words[term.Tag].Add((position, word));
        }
    }

    /// <summary>
    /// Crisis signals in a tokenized casus (signs of suicidal thoughts, acute danger, violence), in the order of
    /// <see cref="CrisisSignalKinds.All"/>. Negation is deliberately ignored here: "zegt dat hij niet aan zelfmoord denkt" still
    /// shows the crisis card (a needless card costs a glance; a missed one can cost a life).
    /// </summary>
    public IReadOnlyList<CrisisSignal> DetectSignals(IReadOnlyList<CasusToken> tokens)
    {
        var found = new Dictionary<string, List<(int Position, string Words)>>(StringComparer.Ordinal);
        Match(signalTerms, tokens, (term, positions) =>
        {
            if (!found.TryGetValue(term.Tag, out var list))
            {
                list = [];
                found[term.Tag] = list;
            }

            list.Add((positions.Min(), string.Join(' ', positions.Order().Select(p => tokens[p].Surface))));
        });

        return
        [
            .. CrisisSignalKinds.All
                .Where(found.ContainsKey)
                .Select(kind => new CrisisSignal(kind, [.. found[kind].OrderBy(w => w.Position).Select(w => w.Words).Distinct(StringComparer.Ordinal)])),
        ];
    }

    /// <summary>Calls <paramref name="onMatch"/> for every term found (single words at every position, phrases once).</summary>
    private static void Match(IReadOnlyList<LexiconTerm> candidates, IReadOnlyList<CasusToken> tokens, Action<LexiconTerm, IReadOnlyList<int>> onMatch)
    {
        foreach (var term in candidates)
        {
            if (term.Parts.Count == 1)
            {
                foreach (var token in tokens.Where(t => (!t.IsStopWord || term.Parts[0].IsPattern) && term.Parts[0].Matches(t)))
                {
                    onMatch(term, [token.Position]);
                }

                continue;
            }

            if (FindPhrase(term, tokens) is { } positions)
            {
                onMatch(term, positions);
            }
        }
    }

    /// <summary>Three or more problem areas at once is multiproblematiek, whatever the words.</summary>
    private static void AddMultiproblematiek(List<TagMatch> result)
    {
        var areas = result.Where(m => m.Weight >= StrongWeight && TagTaxonomy.IsProblemArea(m.Tag)).ToList();
        if (areas.Count < ProblemAreasForMultiproblematiek)
        {
            return;
        }

        var existing = result.FindIndex(m => m.Tag == TagTaxonomy.Multiproblematiek);
        var derived = new TagMatch(TagTaxonomy.Multiproblematiek, StrongWeight + (areas.Count - ProblemAreasForMultiproblematiek) * WeakWeight,
            [.. areas.OrderBy(m => TagOrder(m.Tag)).Select(m => m.Tag)]);
        if (existing < 0)
        {
            result.Add(derived);
        }
        else
        {
            var current = result[existing];
            result[existing] = current with { Weight = Math.Min(MaxTagWeight, current.Weight + derived.Weight) };
        }
    }

    /// <summary>Finds the words of a multiword term close together (any order); returns their positions or null.</summary>
    private static List<int>? FindPhrase(LexiconTerm term, IReadOnlyList<CasusToken> tokens)
    {
        var candidates = new List<int>[term.Parts.Count];
        for (var i = 0; i < term.Parts.Count; i++)
        {
            candidates[i] = [.. tokens.Where(t => term.Parts[i].Matches(t)).Select(t => t.Position)];
            if (candidates[i].Count == 0)
            {
                return null;
            }
        }

        foreach (var anchor in candidates[0])
        {
            var used = new List<int> { anchor };
            for (var i = 1; i < term.Parts.Count; i++)
            {
                var next = candidates[i]
                    .Where(p => !used.Contains(p) && Math.Abs(p - anchor) <= term.Window)
                    .OrderBy(p => Math.Abs(p - anchor))
                    .ThenBy(p => p < anchor ? 1 : 0) // a tie goes to the word after the anchor, the usual word order
                    .Select(p => (int?)p)
                    .FirstOrDefault();
                if (next is null)
                {
                    break;
                }

                used.Add(next.Value);
            }

            if (used.Count == term.Parts.Count && used.Max() - used.Min() <= term.Window)
            {
                return used;
            }
        }

        return null;
    }

    private static int TagOrder(string tag)
    {
        var index = TagTaxonomy.All.ToList().IndexOf(tag);
        return index < 0 ? int.MaxValue : index;
    }
}
