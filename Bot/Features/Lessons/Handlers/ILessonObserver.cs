using IntervisieBot.Features.Lessons.Domain;
using IntervisieBot.Protocol.Turns;

namespace IntervisieBot.Features.Lessons.Handlers;

/// <summary>
/// Told when a lesson is saved or removed, so another feature (the follow-up loop) can schedule or close what hangs off it.
/// Register with <c>services.AddSingleton&lt;ILessonObserver, …&gt;()</c>. A failing observer is logged; the save stands.
/// </summary>
public interface ILessonObserver
{
    /// <param name="turn">The authenticated turn that saved it (its serviceUrl, tenant, user and locale).</param>
    /// <param name="previous">The lesson as it was before an edit; null for a new lesson.</param>
    Task SavedAsync(TurnContext turn, Lesson lesson, Lesson? previous, CancellationToken cancellationToken);

    /// <summary>
    /// A new lesson just before it is first stored: the observer may return it with its own state filled in (the follow-up
    /// loop plans the first check's reminder id), so the row is written once. No I/O here; <see cref="SavedAsync"/> follows.
    /// </summary>
    Lesson Preparing(TurnContext turn, Lesson lesson) => lesson;

    /// <summary>The lesson was deleted, or its owner removed (e.g. <c>verwijder mijn gegevens</c>).</summary>
    Task RemovedAsync(Lesson lesson, CancellationToken cancellationToken);
}
