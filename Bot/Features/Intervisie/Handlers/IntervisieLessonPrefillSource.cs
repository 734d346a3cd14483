using IntervisieBot.Features.Intervisie.Methods;
using IntervisieBot.Features.Intervisie.Domain;
using IntervisieBot.Features.Intervisie.Storage;
using IntervisieBot.Features.Lessons.Domain;
using IntervisieBot.Features.Lessons.Handlers;
using IntervisieBot.Features.Shared;
using IntervisieBot.Protocol.Turns;

namespace IntervisieBot.Features.Intervisie.Handlers;

/// <summary>
/// "Leg een les vast" from a round's summary: the lesson starts with the problem statement the inbrenger confirmed (when
/// the method has one) and what the inbrenger chose (else the casus title). The source id is the round id, looked up only
/// in the partition of the asking activity's tenant and conversation, so nobody can prefill from another team's round; or
/// (<see cref="SourceIdFor"/>, the private prompt after a planned meeting) the round id with its conversation, which
/// prefills only for someone who took part in that round, in the same tenant. Texts were checked by the privacy guard
/// when they were stored.
/// </summary>
public sealed class IntervisieLessonPrefillSource(RoundRepository repository, IMethodRegistry methods, TimeProvider time) : ILessonPrefillSource
{
    private const char ConversationSeparator = '|';

    public string SourceKind => Cards.SummaryCard.SourceKind;

    /// <summary>A source id that names the round's conversation too, for a prompt sent to a participant's personal chat.</summary>
    public static string SourceIdFor(string roundId, string conversationId) => roundId + ConversationSeparator + conversationId;

    public async Task<LessonPrefill?> GetPrefillAsync(TurnContext turn, string sourceId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turn);
        ArgumentNullException.ThrowIfNull(sourceId);
        var named = sourceId.Length > 33 && sourceId[32] == ConversationSeparator;
        var roundId = named ? sourceId[..32] : sourceId;
        var conversationId = named ? sourceId[33..] : turn.ConversationId;
        if (!RoundKeys.IsRoundId(roundId) || (!named && TeamScope.From(turn.Activity) is null)) return null;
        var round = await repository.LoadAsync(RoundKeys.Partition(turn.TenantId ?? "", conversationId), roundId, cancellationToken).ConfigureAwait(false);
        if (round is null || !MaySee(turn, round)) return null;
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
            SourceId: roundId) { Context = [summary.CasusTitle, state.Casus?.Description] };
    }

    /// <summary>Anyone in the round's own conversation; elsewhere (a personal chat) only who took part, in the same tenant.</summary>
    private static bool MaySee(TurnContext turn, StoredRound round)
    {
        if (AccessControl.IsSameConversation(turn, round.TenantId, round.ConversationId)) return true;
        var actor = TeamScope.UserKey(turn.Activity.From);
        return string.Equals(turn.TenantId ?? "", round.TenantId, StringComparison.OrdinalIgnoreCase) && actor.Length > 0
            && (round.State.IsParticipant(actor) || actor == round.State.InbrengerId || actor == round.State.GespreksleiderId);
    }
}
