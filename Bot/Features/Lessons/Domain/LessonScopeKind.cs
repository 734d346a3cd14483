namespace IntervisieBot.Features.Lessons.Domain;

/// <summary>Where a lesson lives: a team's library, one person's own lessons, or the published organisation-wide library.</summary>
public enum LessonScopeKind
{
    Team = 0,
    Personal = 1,
    Organisation = 2,
}
