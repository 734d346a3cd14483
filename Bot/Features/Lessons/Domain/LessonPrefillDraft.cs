using System.Text;
using System.Text.RegularExpressions;
using IntervisieBot.Features.Lessons.Cards;

namespace IntervisieBot.Features.Lessons.Domain;

/// <summary>
/// Turns a <see cref="LessonPrefill"/> into the draft the lesson card starts with. Pure rules:
/// <list type="bullet">
/// <item>each field gets what the source produced for it, and a sentence stands in one field only: the plan and the coping
/// plan keep theirs (they are specific), the lesson loses a sentence it repeats (then the person writes the lesson);</item>
/// <item>the themes follow what the source was about (the casus), not the wording of a plan: the casus decides when the
/// lexicon finds a theme in it, else the texts of the card do (the same lexicon as every other tag suggestion);</item>
/// <item>nothing claims experience: the evidence starts at "nog niet geprobeerd" (see <see cref="LessonEvidence"/>).</item>
/// </list>
/// </summary>
public static partial class LessonPrefillDraft
{
    /// <param name="start">The empty draft for this conversation (visibility, defaults).</param>
    /// <param name="clean">The text when the privacy guard clears it, else empty.</param>
    public static LessonDraft Apply(LessonDraft start, LessonPrefill prefill, Func<string?, string> clean, LessonTagSuggester tagger)
    {
        ArgumentNullException.ThrowIfNull(start);
        ArgumentNullException.ThrowIfNull(prefill);
        ArgumentNullException.ThrowIfNull(clean);
        ArgumentNullException.ThrowIfNull(tagger);

        var seen = new HashSet<string>(StringComparer.Ordinal);
        var coping = Distinct(clean(prefill.CopingPlan), seen);
        var plan = Distinct(clean(prefill.ActionPlan), seen);
        var lesson = Distinct(clean(prefill.Lesson), seen);

        var tags = prefill.SuggestedTags.Where(Handreikingen.Domain.TagTaxonomy.IsKnown).Distinct(StringComparer.Ordinal).ToList();
        if (tags.Count == 0) tags = [.. tagger.Suggest([.. prefill.Context.Select(clean)])];
        if (tags.Count == 0) tags = [.. tagger.Suggest(lesson, plan, coping)];

        return start with
        {
            Text = Truncate(lesson, LessonDraftReader.MaxLessonLength),
            ActionPlan = Truncate(plan, LessonDraftReader.MaxPlanLength),
            CopingPlan = Truncate(coping, LessonDraftReader.MaxPlanLength),
            Tags = [.. tags.Take(LessonTagSuggester.MaxSuggestedTags)],
            Evidence = LessonEvidence.Default,
            SourceKind = prefill.SourceKind,
            SourceId = prefill.SourceId is { Length: <= LessonDraftReader.MaxSourceIdLength } id ? id : null,
        };
    }

    /// <summary>The sentences of <paramref name="text"/> not in <paramref name="seen"/> yet (compared without case, spacing or end mark), in order.</summary>
    internal static string Distinct(string text, ISet<string> seen)
    {
        var kept = new StringBuilder();
        foreach (var sentence in Sentences(text))
        {
            if (!seen.Add(Key(sentence))) continue;
            if (kept.Length > 0) kept.Append(' ');
            kept.Append(sentence);
        }
        return kept.ToString();
    }

    private static IEnumerable<string> Sentences(string text) =>
        SentenceEnd().Split(text).Select(s => s.Trim()).Where(s => Key(s).Length > 0);

    private static string Key(string sentence) =>
        Spaces().Replace(sentence.Trim().TrimEnd('.', '!', '?', ';', ':', ' ').ToLowerInvariant(), " ");

    private static string Truncate(string text, int max) => text.Length <= max ? text : text[..max];

    [GeneratedRegex(@"(?<=[.!?])\s+|[\r\n]+")]
    private static partial Regex SentenceEnd();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();
}
