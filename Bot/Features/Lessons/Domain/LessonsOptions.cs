using System.ComponentModel.DataAnnotations;

namespace IntervisieBot.Features.Lessons.Domain;

/// <summary>Settings of the lessons feature (configuration section "Lessons").</summary>
public sealed record LessonsOptions
{
    public const string Section = "Lessons";

    /// <summary>Lessons on the <c>lessen</c> list card.</summary>
    [Range(1, 30)] public int ListSize { get; init; } = 10;

    /// <summary>Results of a messaging-extension search.</summary>
    [Range(1, 25)] public int SearchResults { get; init; } = 10;

    /// <summary>How long a published lesson stands before the kennismakelaar is asked to confirm or retire it.</summary>
    [Range(30, 3650)] public int ReviewPeriodDays { get; init; } = 365;

    /// <summary>How far back the kennismakelaar's overview of information needs and tag growth looks.</summary>
    [Range(7, 365)] public int InsightWindowDays { get; init; } = 90;

    /// <summary>Aggregates smaller than this are not shown (they could point to a person).</summary>
    [Range(1, 100)] public int MinAggregateCount { get; init; } = 3;
}
