using System.Globalization;
using IntervisieBot.Features.Lessons.Domain;

namespace IntervisieBot.Features.Lessons.FollowUp.Domain;

/// <summary>
/// Reminder ids of a lesson's check round (<c>{lessonId}-check-{n}</c>, plus <c>-2</c>, <c>-snooze</c>, <c>-expire</c>) and
/// the <c>bucket|id</c> references kept on the lesson. Ids from card data are accepted only in exactly these shapes.
/// </summary>
public static class LessonCheckIds
{
    public const string SecondSuffix = "-2";
    public const string SnoozeSuffix = "-snooze";
    public const string ExpireSuffix = "-expire";

    public static string First(string lessonId, int round) => lessonId + "-check-" + round.ToString(CultureInfo.InvariantCulture);

    public static string Second(string lessonId, int round) => First(lessonId, round) + SecondSuffix;

    public static string Snooze(string lessonId, int round) => First(lessonId, round) + SnoozeSuffix;

    public static string Expire(string lessonId, int round) => First(lessonId, round) + ExpireSuffix;

    public static string Ref(string bucket, string id) => bucket + "|" + id;

    public static (string Bucket, string Id)? ParseRef(string reference)
    {
        var bar = reference.IndexOf('|', StringComparison.Ordinal);
        return bar <= 0 || bar == reference.Length - 1 ? null : (reference[..bar], reference[(bar + 1)..]);
    }

    /// <summary>A due-hour bucket (<c>yyyyMMddHH</c>) and a check reminder id of a well-formed lesson id; anything else is refused unread.</summary>
    public static bool IsWellFormed(string? bucket, string? id)
    {
        if (bucket is not { Length: 10 } || bucket.AsSpan().IndexOfAnyExceptInRange('0', '9') >= 0) return false;
        if (id is null || id.Length < 36 || id.Length > 60 || !LessonPartitions.IsWellFormedId(id[..28])) return false;
        var rest = id.AsSpan(28);
        if (!rest.StartsWith("-check-", StringComparison.Ordinal)) return false;
        rest = rest[7..];
        var digits = rest.IndexOfAnyExceptInRange('0', '9');
        if (digits == 0) return false;
        var suffix = digits < 0 ? "" : rest[digits..].ToString();
        return suffix is "" or SecondSuffix or SnoozeSuffix or ExpireSuffix;
    }
}
