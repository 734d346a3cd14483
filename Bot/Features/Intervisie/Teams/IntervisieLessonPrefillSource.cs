using IntervisieBot.Features.Intervisie.Methods;
using IntervisieBot.Features.Intervisie.Rounds;
using IntervisieBot.Features.Intervisie.Storage;
using IntervisieBot.Features.Lessons.Domain;
using IntervisieBot.Features.Lessons.Handlers;
using IntervisieBot.Features.Shared;
using IntervisieBot.Protocol.Turns;

namespace IntervisieBot.Features.Intervisie.Teams;

/// <summary>
/// "Leg een les vast" from a round's summary: the lesson starts with the problem statement the inbrenger confirmed (when
/// the method has one) and what the inbrenger chose (else the casus title). The
/// round is looked up only in the partition of the asking activity's tenant and conversation, so nobody can prefill from
/// another team's round. Texts were checked by the privacy guard when they were stored.
/// </summary>
public sealed class IntervisieLessonPrefillSource(RoundRepository repository, IMethodRegistry methods, TimeProvider time) : ILessonPrefillSource
{
    public string SourceKind => Cards.SummaryCard.SourceKind;

    public async Task<LessonPrefill?> GetPrefillAsync(TurnContext turn, string sourceId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turn);
        if (TeamScope.From(turn.Activity) is not { } scope || !RoundKeys.IsRoundId(sourceId)) return null;
        var round = await repository.LoadAsync(RoundKeys.Partition(scope.TenantId, turn.ConversationId), sourceId, cancellationToken).ConfigureAwait(false);
        if (round is null || !AccessControl.IsSameConversation(turn, round.TenantId, round.ConversationId)) return null;
        if (methods.Find(round.State.MethodId) is not { } method) return null;

        var state = round.State;
        var summary = RoundSummaryBuilder.Build(state, method, state.CloseReason ?? CloseReason.ClosedEarly, state.ClosedAt ?? time.GetUtcNow());
        if (summary is null) return null;
        var choice = summary.InbrengerChoice?.Text;
        var lesson = choice ?? summary.CasusTitle;
        return new LessonPrefill(
            Lesson: summary.ProblemStatement is { Length: > 0 } statement ? $"{statement} — {lesson}" : lesson,
            ActionPlan: choice,
            SuggestedTags: [],
            SourceKind: SourceKind,
            SourceId: sourceId) { Context = [summary.CasusTitle, state.Casus?.Description] };
    }
}
