
namespace IntervisieBot.Features.Lessons.Domain;

/// <summary>
/// A lesson as stored. Team lessons live in their team's partition, "alleen ik" lessons in their owner's personal
/// partition, published lessons in the tenant's organisation partition (see <see cref="LessonPartitions"/>). Every text
/// passed the privacy guard before it got here.
/// </summary>
public sealed record Lesson
{
    public required string Id { get; init; }
    public required LessonScopeKind Scope { get; init; }
    public required string TenantId { get; init; }

    /// <summary>The team (Teams team id or group chat id) the lesson was captured in; null when captured in a personal chat.</summary>
    public string? TeamKey { get; init; }

    /// <summary>The author's user key (Entra object id or bot user id); never shown on a published lesson.</summary>
    public required string OwnerKey { get; init; }

    /// <summary>The author's bot-specific user id (29:…), to tell them the outcome of a curation; not a name.</summary>
    public string? OwnerUserId { get; init; }

    /// <summary>The lesson in one sentence (required).</summary>
    public required string Text { get; init; }

    public IReadOnlyList<string> Tags { get; init; } = [];

    /// <summary>What I will do differently, with whom, when.</summary>
    public string? ActionPlan { get; init; }

    /// <summary>What could get in the way, and how I'll handle it.</summary>
    public string? CopingPlan { get; init; }

    /// <summary>One of <see cref="LessonTypes"/>.</summary>
    public required string Type { get; init; }

    /// <summary>One of <see cref="LessonEvidence"/>.</summary>
    public required string Evidence { get; init; }

    /// <summary>Ids of linked catalogue handreikingen.</summary>
    public IReadOnlyList<string> Handreikingen { get; init; } = [];

    public int CheckWeeks { get; init; } = CheckPeriods.DefaultWeeks;
    public DateTimeOffset CheckDate { get; init; }

    /// <summary>One of <see cref="LessonVisibility"/>.</summary>
    public required string Visibility { get; init; }

    public required DateTimeOffset Created { get; init; }
    public DateTimeOffset Updated { get; init; }

    public LessonStatus Status { get; init; }

    /// <summary>Where the lesson came from (e.g. <c>intervisie</c> + round id), when prefilled.</summary>
    public string? SourceKind { get; init; }
    public string? SourceId { get; init; }

    public IReadOnlyList<LessonHistoryEntry> History { get; init; } = [];

    /// <summary>The follow-up loop's state (check round, its reminder rows, snooze, stopped).</summary>
    public LessonCheckState Check { get; init; } = LessonCheckState.None;

    /// <summary>
    /// Where the check period counts from: the last follow-up answer (or "geen antwoord"), else when the lesson was captured.
    /// </summary>
    public DateTimeOffset CheckBase =>
        History.Where(h => h.Kind is LessonHistoryKinds.FollowUp or LessonHistoryKinds.NoAnswer).Select(h => (DateTimeOffset?)h.At).Max() ?? Created;

    // Curation (team lessons).
    public CurationStatus Curation { get; init; }
    public string? CurationNote { get; init; }

    /// <summary>The author chose to be named on the published lesson.</summary>
    public bool AuthorNamed { get; init; }

    /// <summary>The published lesson this one became or was merged into (team lesson), or null.</summary>
    public string? PublishedId { get; init; }

    // Published lessons (organisation scope).

    /// <summary>Short title set by the kennismakelaar (published lessons).</summary>
    public string? Title { get; init; }

    /// <summary>The author's display name, only when they opted in; otherwise the lesson is anonymous.</summary>
    public string? AuthorName { get; init; }

    /// <summary>When the kennismakelaar is asked to confirm or retire the published lesson.</summary>
    public DateTimeOffset? ReviewDate { get; init; }

    /// <summary>Team lessons this published lesson came from (<c>teamKey/lessonId</c>).</summary>
    public IReadOnlyList<string> Sources { get; init; } = [];

    public bool IsPublished => Scope == LessonScopeKind.Organisation;

    /// <summary>The text to show as a heading: the curated title of a published lesson, else the lesson sentence.</summary>
    public string Heading => string.IsNullOrWhiteSpace(Title) ? Text : Title!;
}
