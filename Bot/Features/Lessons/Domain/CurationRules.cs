namespace IntervisieBot.Features.Lessons.Domain;

/// <summary>The curation state machine and who may move a lesson through it (pure; the routes check roles).</summary>
public static class CurationRules
{
    /// <summary>The author proposes their own active team lesson, from its team, when it is new or was sent back.</summary>
    public static bool CanPropose(LessonViewer viewer, Lesson lesson) =>
        lesson.Scope == LessonScopeKind.Team
        && lesson.Status == LessonStatus.Active
        && viewer.CanEdit(lesson)
        && lesson.Curation is CurationStatus.None or CurationStatus.SentBack;

    /// <summary>Whether a kennismakelaar's decision may move a lesson from <paramref name="from"/> to <paramref name="to"/>.</summary>
    public static bool CanDecide(CurationStatus from, CurationStatus to) =>
        from == CurationStatus.Proposed && to is CurationStatus.Published or CurationStatus.Merged or CurationStatus.SentBack or CurationStatus.Rejected;
}
