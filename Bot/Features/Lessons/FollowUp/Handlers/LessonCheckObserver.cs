using IntervisieBot.Features.Lessons.Domain;
using IntervisieBot.Features.Lessons.Handlers;
using IntervisieBot.Protocol.Turns;

namespace IntervisieBot.Features.Lessons.FollowUp.Handlers;

/// <summary>Hooks the follow-up loop into the lessons feature: a save schedules the check, a removal closes its reminders.</summary>
public sealed class LessonCheckObserver(LessonCheckScheduler scheduler) : ILessonObserver
{
    public Task SavedAsync(TurnContext turn, Lesson lesson, Lesson? previous, CancellationToken cancellationToken) =>
        scheduler.OnSavedAsync(turn, lesson, previous, cancellationToken);

    public Lesson Preparing(TurnContext turn, Lesson lesson) => scheduler.PlanFirstRound(turn, lesson);

    public Task RemovedAsync(Lesson lesson, CancellationToken cancellationToken) =>
        scheduler.CloseAsync(lesson.Id, lesson.Check.Reminders, "lesson-removed", cancellationToken);
}
