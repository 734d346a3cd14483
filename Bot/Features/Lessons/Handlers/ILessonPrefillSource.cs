using IntervisieBot.Features.Lessons.Domain;
using IntervisieBot.Protocol.Turns;

namespace IntervisieBot.Features.Lessons.Handlers;

/// <summary>
/// A feature that can prefill a lesson (the intervisie round's summary). The lessons feature asks every registered
/// source whose <see cref="SourceKind"/> matches; the source checks on the server that the actor may see the source
/// (same tenant and conversation), and returns null otherwise.
/// </summary>
public interface ILessonPrefillSource
{
    /// <summary>e.g. <c>intervisie</c>; carried in the card data as <c>sourceKind</c> next to <c>sourceId</c>.</summary>
    string SourceKind { get; }

    Task<LessonPrefill?> GetPrefillAsync(TurnContext turn, string sourceId, CancellationToken cancellationToken);
}
