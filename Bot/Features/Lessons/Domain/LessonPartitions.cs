using IntervisieBot.Features.Lessons.Domain;
using IntervisieBot.Storage;

namespace IntervisieBot.Features.Lessons.Domain;

/// <summary>
/// Partition keys of the lessons table: one per team (tenant + team), one per person (tenant + user key) and one per
/// tenant for the published library, so a team's lessons are one partition and teams never mix.
/// </summary>
public static class LessonPartitions
{
    public static string Team(string tenantId, string teamKey) => TableKeys.Encode("team|" + tenantId + "|" + teamKey);

    public static string Personal(string tenantId, string userKey) => TableKeys.Encode("user|" + tenantId + "|" + userKey);

    public static string Organisation(string tenantId) => TableKeys.Encode("org|" + tenantId);

    public static string Of(Lesson lesson) => lesson.Scope switch
    {
        LessonScopeKind.Team => Team(lesson.TenantId, lesson.TeamKey ?? ""),
        LessonScopeKind.Personal => Personal(lesson.TenantId, lesson.OwnerKey),
        _ => Organisation(lesson.TenantId),
    };

    /// <summary>A new lesson id: sorts newest first as a row key, unique by a random suffix.</summary>
    public static string NewId(DateTimeOffset now) => TableKeys.InvertedTicks(now) + "-" + Guid.NewGuid().ToString("N")[..8];

    /// <summary>Ids come back in card data: accept only the shape <see cref="NewId"/> makes.</summary>
    public static bool IsWellFormedId(string? id) =>
        id is { Length: 28 } && id[19] == '-' && id.AsSpan(0, 19).IndexOfAnyExceptInRange('0', '9') < 0
        && id.AsSpan(20).IndexOfAnyExcept("0123456789abcdef") < 0;
}
