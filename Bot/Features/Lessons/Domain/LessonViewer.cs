using IntervisieBot.Features.Shared;

namespace IntervisieBot.Features.Lessons.Domain;

/// <summary>
/// Who is looking, derived from the authenticated activity only (<c>Handlers/TurnLessonViewer</c>): the tenant, the team of the conversation (null in a
/// personal chat) and the user. A viewer reads their team's lessons, their own personal lessons and the tenant's published
/// library, nothing else.
/// </summary>
public sealed record LessonViewer(string TenantId, TeamScope? Team, string UserKey)
{
    public string? TeamPartition => Team is null ? null : LessonPartitions.Team(TenantId, Team.TeamKey);

    public string PersonalPartition => LessonPartitions.Personal(TenantId, UserKey);

    public string OrganisationPartition => LessonPartitions.Organisation(TenantId);

    /// <summary>The partitions this viewer may read, team first.</summary>
    public IReadOnlyList<string> ReadablePartitions =>
        TeamPartition is { } team ? [team, PersonalPartition, OrganisationPartition] : [PersonalPartition, OrganisationPartition];

    public bool CanRead(Lesson lesson) =>
        string.Equals(lesson.TenantId, TenantId, StringComparison.Ordinal) && lesson.Scope switch
        {
            LessonScopeKind.Organisation => true,
            LessonScopeKind.Team => Team is not null && string.Equals(lesson.TeamKey, Team.TeamKey, StringComparison.Ordinal),
            LessonScopeKind.Personal => string.Equals(lesson.OwnerKey, UserKey, StringComparison.Ordinal),
            _ => false,
        };

    /// <summary>Only the author changes their own lesson, and only where they can read it.</summary>
    public bool CanEdit(Lesson lesson) => lesson.Scope != LessonScopeKind.Organisation && CanRead(lesson)
        && string.Equals(lesson.OwnerKey, UserKey, StringComparison.Ordinal);
}
