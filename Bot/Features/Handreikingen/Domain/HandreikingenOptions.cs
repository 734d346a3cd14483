using System.ComponentModel.DataAnnotations;

namespace IntervisieBot.Features.Handreikingen.Domain;

/// <summary>Tuning of the recommender (configuration section "Handreikingen"). Defaults are the measured ones.</summary>
public sealed record HandreikingenOptions
{
    public const string SectionName = "Handreikingen";

    [Range(1, 10)] public int MaxResults { get; init; } = 3;

    [Range(0, 5)] public int MaxLessons { get; init; } = 2;

    /// <summary>Below this combined score a result is not shown; with nothing above it the answer is "niets gevonden".</summary>
    [Range(0.0, 10.0)] public double MinScore { get; init; } = 0.3;

    /// <summary>A result that shares no tag with the casus needs at least this much text relevance.</summary>
    [Range(0.0, 10.0)] public double MinTextOnlyScore { get; init; } = 0.45;

    [Range(0.0, 10.0)] public double MinLessonScore { get; init; } = 0.4;

    /// <summary>Weight of the BM25 text relevance (saturated to 0..1).</summary>
    [Range(0.0, 10.0)] public double TextWeight { get; init; } = 1.0;

    /// <summary>BM25 score at which the text part reaches one half.</summary>
    [Range(0.1, 100.0)] public double TextSaturation { get; init; } = 6.0;

    /// <summary>Weight of matches between detected tags and an entry's tags.</summary>
    [Range(0.0, 10.0)] public double TagWeight { get; init; } = 1.5;

    /// <summary>Longest casus text analysed; the rest is ignored.</summary>
    [Range(100, 100_000)] public int MaxTextLength { get; init; } = 5000;
}
