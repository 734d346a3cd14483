using System.Globalization;
using IntervisieBot.Features.Intervisie.Domain;

namespace IntervisieBot.Features.Intervisie;

/// <summary>
/// What another feature may ask about a team's rounds (Scheduling: the rotation, a series' health, the round held in a
/// meeting). Counts and ids only: the rounds table stays Intervisie's own.
/// </summary>
public interface IRoundQueries
{
    /// <summary>The source kind a lesson captured from a round's summary carries (with the round id as its source id).</summary>
    string LessonSourceKind { get; }

    /// <summary>Who brought the casus and who chaired in the team's earlier rounds.</summary>
    Task<IReadOnlyList<RotationHistoryEntry>> RotationAsync(string teamPartition, CancellationToken cancellationToken);

    /// <summary>The rounds started in a conversation since <paramref name="since"/>, oldest first.</summary>
    Task<IReadOnlyList<HeldRound>> RoundsSinceAsync(string tenantId, string conversationId, DateTimeOffset since, CancellationToken cancellationToken);

    /// <summary>A closed round's summary card and where a lesson from it is prefilled from; null while it runs or when it has no summary.</summary>
    Task<ClosedRoundSummary?> SummaryAsync(string tenantId, string conversationId, string roundId, CultureInfo culture, CancellationToken cancellationToken);
}
