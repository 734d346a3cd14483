using System.Globalization;
using IntervisieBot.Features.Handreikingen.Cards;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace IntervisieBot.Features.Handreikingen.Domain;

/// <summary>
/// Suggests handreikingen (and colleagues' lessons) for a casus. The score of an entry combines BM25 text relevance
/// (saturated to 0..1) with matches between the tags detected in the casus (domain lexicon) and the entry's tags,
/// the entry's primary tag counting most. The top results are picked greedily so that a casus with several problems
/// gets suggestions for more than one of them. Thread-safe; build once (singleton).
/// </summary>
public sealed class HandreikingRecommender : IDisposable
{
    private const int MaxWhyWords = 3;
    private const int LessonCandidateLimit = 50;
    private const double MaxTagStrength = 2.0;
    private const double CoveredTagFactor = 0.5;
    private const double LessonTextSaturation = 2.0;

    /// <summary>How much a tag counts by its position in an entry's tag list (the first is the primary tag).</summary>
    private static readonly double[] TagPositionWeights = [1.0, 0.7, 0.55, 0.45];

    private readonly DutchTextAnalyzer analyzer = new();
    private readonly CasusTokenizer tokenizer = new();
    private readonly IReadOnlyList<ILessonCandidateSource> lessonSources;
    private readonly HandreikingenOptions options;
    private readonly ILogger logger;

    /// <summary>Per entry, the stems of each summary line (for the "waarom"), analysed once at build time.</summary>
    private readonly Dictionary<string, HashSet<string>[]> summaryStems;

    public HandreikingRecommender(
        HandreikingCatalogue catalogue,
        DomainLexicon lexicon,
        IEnumerable<ILessonCandidateSource> lessonSources,
        IOptions<HandreikingenOptions> options,
        ILogger<HandreikingRecommender> logger,
        TimeProvider timeProvider)
    {
        var started = timeProvider.GetTimestamp();
        Lexicon = lexicon;
        this.lessonSources = [.. lessonSources];
        this.options = options.Value;
        this.logger = logger;
        Index = new HandreikingIndex(catalogue, analyzer);
        summaryStems = catalogue.Entries.ToDictionary(
            e => e.Id,
            e => e.Summary.Select(line => analyzer.Analyze(line).Select(t => t.Stem).ToHashSet(StringComparer.Ordinal)).ToArray(),
            StringComparer.Ordinal);
        BuildTime = timeProvider.GetElapsedTime(started);
        HandreikingenLog.IndexBuilt(logger, catalogue.Entries.Count, lexicon.TermCount, (long)BuildTime.TotalMilliseconds);
    }

    /// <summary>A recommender over the embedded catalogue and lexicon, without lessons (CLI, tests).</summary>
    public static HandreikingRecommender CreateDefault(HandreikingenOptions? options = null, IEnumerable<ILessonCandidateSource>? lessonSources = null) =>
        new(HandreikingCatalogue.LoadEmbedded(), DomainLexicon.LoadEmbedded(), lessonSources ?? [],
            Options.Create(options ?? new HandreikingenOptions()), NullLogger<HandreikingRecommender>.Instance, TimeProvider.System);

    public HandreikingIndex Index { get; }

    public DomainLexicon Lexicon { get; }

    public DutchTextAnalyzer Analyzer => analyzer;

    /// <summary>Time it took to build the index (reported, never asserted).</summary>
    public TimeSpan BuildTime { get; }

    /// <summary>Tags the domain lexicon detects in a casus, strongest first.</summary>
    public IReadOnlyList<TagMatch> DetectTags(string text) => Lexicon.Detect(tokenizer.Tokenize(Truncate(text)));

    /// <summary>Top handreikingen for a casus, without lessons.</summary>
    public Recommendation Recommend(string text, CultureInfo culture)
    {
        var recommendation = RecommendCore(text, culture);
        Report(recommendation);
        return recommendation;
    }

    /// <summary>Top handreikingen and, when a lesson source is registered, up to two matching lessons.</summary>
    public Task<Recommendation> RecommendAsync(string text, CultureInfo culture, CancellationToken cancellationToken) =>
        RecommendAsync(text, culture, audience: null, cancellationToken);

    /// <summary>
    /// Top handreikingen and up to two matching lessons that <paramref name="audience"/> may read (their team's, their own and
    /// the published ones; sources return none without an audience).
    /// </summary>
    public async Task<Recommendation> RecommendAsync(string text, CultureInfo culture, LessonAudience? audience, CancellationToken cancellationToken)
    {
        var recommendation = RecommendCore(text, culture);
        if (lessonSources.Count > 0 && options.MaxLessons > 0)
        {
            recommendation = recommendation with { Lessons = await FindLessonsAsync(recommendation, audience, culture, cancellationToken) };
        }

        Report(recommendation);
        return recommendation;
    }

    /// <summary>
    /// The id of the gemeente's own crisis protocol: a local entry a kennismakelaar adds (<c>catalogus</c>). The crisis card
    /// shows it; it is never ranked among the normal suggestions.
    /// </summary>
    public const string CrisisProtocolId = "lokaal-crisisprotocol";

    /// <summary>The tag a crisis signal also raises, so the normal suggestions after the crisis card fit it.</summary>
    private static readonly Dictionary<string, string> SignalTags = new(StringComparer.Ordinal)
    {
        [CrisisSignalKinds.Suicide] = "psychisch",
        [CrisisSignalKinds.DomesticViolence] = "huiselijk-geweld",
    };

    private Recommendation RecommendCore(string text, CultureInfo culture)
    {
        text = Truncate(text);
        var tokens = tokenizer.Tokenize(text);
        var signals = Lexicon.DetectSignals(tokens);
        var tags = WithSignalTags(Lexicon.Detect(tokens), signals);
        var terms = analyzer.Analyze(text);
        var keywords = terms.Select(t => t.Stem).Distinct(StringComparer.Ordinal).ToList();
        var bm25 = Index.Score(keywords);
        var strength = TagStrengths(tags);

        var entries = Index.Catalogue.Entries;
        var chosen = new List<RecommendedHandreiking>(options.MaxResults);
        var chosenIndexes = new HashSet<int>();
        var covered = new HashSet<string>(StringComparer.Ordinal);
        while (chosen.Count < options.MaxResults)
        {
            var best = -1;
            var bestScore = double.MinValue;
            for (var i = 0; i < entries.Count; i++)
            {
                if (chosenIndexes.Contains(i) || entries[i].Id == CrisisProtocolId)
                {
                    continue;
                }

                var textPart = options.TextWeight * Saturate(bm25[i], options.TextSaturation);
                var tagPart = options.TagWeight * TagScore(entries[i].Tags, strength, covered);
                if (tagPart <= 0 && textPart < options.MinTextOnlyScore)
                {
                    continue; // without any matching tag, only a clearly relevant text counts
                }

                var score = textPart + tagPart;
                if (score > bestScore)
                {
                    (best, bestScore) = (i, score);
                }
            }

            if (best < 0 || bestScore < options.MinScore)
            {
                break;
            }

            var entry = entries[best];
            chosenIndexes.Add(best);
            covered.UnionWith(entry.Tags.Where(strength.ContainsKey));
            chosen.Add(new RecommendedHandreiking(entry, Math.Round(bestScore, 3), Why(entry, tags, terms, best, culture)));
        }

        return new Recommendation(tags, keywords, chosen, [])
        {
            Crisis = signals,
            CrisisProtocol = signals.Count > 0 ? Index.Catalogue.Find(CrisisProtocolId) : null,
        };
    }

    private static IReadOnlyList<TagMatch> WithSignalTags(IReadOnlyList<TagMatch> tags, IReadOnlyList<CrisisSignal> signals)
    {
        var added = signals
            .Where(s => SignalTags.ContainsKey(s.Kind) && !tags.Any(t => t.Tag == SignalTags[s.Kind]))
            .Select(s => new TagMatch(SignalTags[s.Kind], MaxTagStrength, s.Words))
            .ToList();
        return added.Count == 0 ? tags : [.. added, .. tags];
    }

    private async Task<IReadOnlyList<RecommendedLesson>> FindLessonsAsync(Recommendation recommendation, LessonAudience? audience, CultureInfo culture, CancellationToken cancellationToken)
    {
        var query = new LessonQuery([.. recommendation.DetectedTags.Select(t => t.Tag)], recommendation.Keywords, LessonCandidateLimit, audience);
        var candidates = new Dictionary<string, LessonCandidate>(StringComparer.Ordinal);
        foreach (var source in lessonSources)
        {
            try
            {
                foreach (var candidate in await source.FindCandidatesAsync(query, cancellationToken))
                {
                    candidates.TryAdd(candidate.Id, candidate);
                }
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                HandreikingenLog.LessonSourceFailed(logger, source.GetType().Name, ex);
            }
        }

        var strength = TagStrengths(recommendation.DetectedTags);
        var keywords = recommendation.Keywords.ToHashSet(StringComparer.Ordinal);
        var none = new HashSet<string>(StringComparer.Ordinal);
        return
        [
            .. candidates.Values
                .Select(lesson =>
                {
                    var lessonTerms = analyzer.Analyze(lesson.Text);
                    var shared = lessonTerms.Where(t => keywords.Contains(t.Stem)).Select(t => t.Surface).Distinct(StringComparer.Ordinal).ToList();
                    var score = (options.TagWeight * TagScore(lesson.Tags, strength, none))
                                + (options.TextWeight * Saturate(shared.Count, LessonTextSaturation));
                    return (lesson, score, shared);
                })
                .Where(x => x.score >= options.MinLessonScore)
                .OrderByDescending(x => x.score)
                .ThenBy(x => x.lesson.Id, StringComparer.Ordinal)
                .Take(options.MaxLessons)
                .Select(x => new RecommendedLesson(x.lesson, Math.Round(x.score, 3), WhyLesson(x.lesson.Tags, recommendation.DetectedTags, x.shared, culture))),
        ];
    }

    private static Dictionary<string, double> TagStrengths(IReadOnlyList<TagMatch> tags) =>
        tags.ToDictionary(t => t.Tag, t => Math.Min(t.Weight, MaxTagStrength) / MaxTagStrength, StringComparer.Ordinal);

    private static double TagScore(IReadOnlyList<string> entryTags, Dictionary<string, double> strength, HashSet<string> covered)
    {
        var score = 0.0;
        for (var j = 0; j < entryTags.Count; j++)
        {
            if (strength.TryGetValue(entryTags[j], out var s))
            {
                score += s * TagPositionWeights[Math.Min(j, TagPositionWeights.Length - 1)] * (covered.Contains(entryTags[j]) ? CoveredTagFactor : 1.0);
            }
        }

        return score;
    }

    private static double Saturate(double value, double half) => value <= 0 ? 0 : value / (value + half);

    /// <summary>
    /// "Your casus mentions X (topic). This guidance: Y": X are the casus words that led to this entry (its matching tags,
    /// or else the shared words), Y the entry's own summary line that best answers them. Built from the entry's fields only.
    /// </summary>
    private string Why(Handreiking entry, IReadOnlyList<TagMatch> detected, IReadOnlyList<QueryTerm> terms, int entryIndex, CultureInfo culture)
    {
        var mentions = WhyTags(entry.Tags, detected, culture);
        if (mentions is null)
        {
            var words = terms.Where(t => Index.EntryContains(entryIndex, t.Stem)).Select(t => t.Surface).Distinct(StringComparer.Ordinal).Take(MaxWhyWords + 1);
            mentions = HandreikingenText.Format("WhyWords", culture, string.Join(", ", words));
        }

        return HandreikingenText.Format("WhyOffer", culture, mentions, Offer(entry, terms));
    }

    /// <summary>The summary line sharing most stems with the casus; with none shared, the "what to do" line (the second).</summary>
    private string Offer(Handreiking entry, IReadOnlyList<QueryTerm> terms)
    {
        var lines = summaryStems[entry.Id];
        var best = entry.Summary.Count > 1 ? 1 : 0;
        var bestShared = 0;
        for (var i = 0; i < lines.Length; i++)
        {
            var shared = terms.Select(t => t.Stem).Distinct(StringComparer.Ordinal).Count(lines[i].Contains);
            if (shared > bestShared)
            {
                (best, bestShared) = (i, shared);
            }
        }

        return entry.Summary[best].TrimEnd('.') + ".";
    }

    private static string WhyLesson(IReadOnlyList<string> lessonTags, IReadOnlyList<TagMatch> detected, IReadOnlyList<string> sharedWords, CultureInfo culture) =>
        WhyTags(lessonTags, detected, culture)
        ?? HandreikingenText.Format("WhyWords", culture, string.Join(", ", sharedWords.Take(MaxWhyWords + 1)));

    /// <summary>"Je casus noemt beslag, deurwaarder (Schulden)": the casus words per tag the entry shares, with the tag's name.</summary>
    private static string? WhyTags(IReadOnlyList<string> entryTags, IReadOnlyList<TagMatch> detected, CultureInfo culture)
    {
        var parts = detected
            .Where(m => entryTags.Contains(m.Tag, StringComparer.Ordinal))
            .Select(m => HandreikingenText.Format("WhyTag", culture, string.Join(", ", m.Words.Take(MaxWhyWords)), TagLabels.Label(m.Tag, culture)))
            .ToList();
        return parts.Count == 0 ? null : HandreikingenText.Format("WhyTags", culture, string.Join("; ", parts));
    }

    private string Truncate(string text) => text.Length <= options.MaxTextLength ? text : text[..options.MaxTextLength];

    private void Report(Recommendation recommendation)
    {
        if (recommendation.NothingFound)
        {
            HandreikingenLog.NothingFound(logger, recommendation.DetectedTags.Count);
        }
        else
        {
            HandreikingenLog.Recommended(logger, recommendation.DetectedTags.Count, recommendation.Handreikingen.Count, recommendation.Lessons.Count);
        }
    }

    public void Dispose()
    {
        Index.Dispose();
        tokenizer.Dispose();
        analyzer.Dispose();
    }
}
