using System.Globalization;
using IntervisieBot.Features.Intervisie.Cards;
using IntervisieBot.Features.Intervisie.Methods;
using IntervisieBot.Features.Intervisie.Domain;
using IntervisieBot.Features.Intervisie.Storage;

namespace IntervisieBot.Features.Intervisie.Handlers;

/// <summary>Intervisie's answers to <see cref="IRoundQueries"/>, read from its own rounds table.</summary>
public sealed class IntervisieRoundQueries(RoundRepository repository, IMethodRegistry methods) : IRoundQueries
{
    public string LessonSourceKind => SummaryCard.SourceKind;

    public Task<IReadOnlyList<RotationHistoryEntry>> RotationAsync(string teamPartition, CancellationToken cancellationToken) =>
        repository.GetRotationAsync(teamPartition, cancellationToken);

    public async Task<IReadOnlyList<HeldRound>> RoundsSinceAsync(string tenantId, string conversationId, DateTimeOffset since, CancellationToken cancellationToken)
    {
        var rounds = await repository.ListRoundsAsync(RoundKeys.Partition(tenantId, conversationId), since, cancellationToken).ConfigureAwait(false);
        return [.. rounds.Select(r => new HeldRound(r.RoundId, r.State.CreatedAt, r.State.Status == RoundStatus.Closed, Attendance(r.State)))];
    }

    public async Task<ClosedRoundSummary?> SummaryAsync(string tenantId, string conversationId, string roundId, CultureInfo culture, CancellationToken cancellationToken)
    {
        if (!RoundKeys.IsRoundId(roundId)) return null;
        var round = await repository.LoadAsync(RoundKeys.Partition(tenantId, conversationId), roundId, cancellationToken).ConfigureAwait(false);
        if (round?.State is not { Status: RoundStatus.Closed } state || methods.Find(state.MethodId) is not { } method) return null;
        if (RoundSummaryBuilder.Build(state, method, state.CloseReason ?? CloseReason.ClosedEarly, state.ClosedAt ?? state.CreatedAt) is not { } summary) return null;
        return new ClosedRoundSummary(SummaryCard.Create(culture, summary, state, method), summary.CasusTitle,
            round.MemberMris.GetValueOrDefault(state.InbrengerId), IntervisieLessonPrefillSource.SourceIdFor(roundId, round.ConversationId));
    }

    /// <summary>Who took part: everyone who contributed, and the inbrenger and gespreksleider once a casus was brought.</summary>
    public static int Attendance(RoundState state)
    {
        ArgumentNullException.ThrowIfNull(state);
        var people = state.Contributions.Select(c => c.AuthorId).ToHashSet(StringComparer.Ordinal);
        if (state.Casus is not null)
        {
            people.Add(state.InbrengerId);
            people.Add(state.GespreksleiderId);
        }
        return people.Count;
    }
}
