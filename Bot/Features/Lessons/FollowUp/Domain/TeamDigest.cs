using IntervisieBot.Features.Lessons.Domain;

namespace IntervisieBot.Features.Lessons.FollowUp.Domain;

/// <summary>
/// A team's learning in totals only (no names, no texts): lessons captured, checks asked and answered, how often the answer
/// was "vaak" or "altijd", checks without an answer, and the most used tags. Counts from 1 to <see cref="MinCount"/> - 1 are
/// withheld by the card (0 is shown: it exposes nobody), and a share is only given when both of its counts reach it. For a
/// new team the card says when there will be enough: <see cref="StillNeeded"/> and the dates of the next checks.
/// </summary>
public sealed record TeamDigest(
    int LessonsRecent,
    int LessonsTotal,
    int ChecksAsked,
    int ChecksAnswered,
    int AnsweredOftenOrAlways,
    int NoAnswer,
    IReadOnlyList<(string Tag, int Count)> TopTags)
{
    public const int MinCount = 3;
    public const int RecentDays = 90;
    public const int MaxTags = 5;
    public const int MaxUpcoming = 3;

    /// <summary>The first dates (at most <see cref="MaxUpcoming"/>, distinct) on which an open team lesson's check is asked.</summary>
    public IReadOnlyList<DateOnly> UpcomingChecks { get; init; } = [];

    /// <summary>The share of answers "vaak"/"altijd" in whole percent, or null when either count is below <see cref="MinCount"/>.</summary>
    public int? OftenOrAlwaysPercent =>
        ChecksAnswered >= MinCount && AnsweredOftenOrAlways >= MinCount
            ? (int)Math.Round(100.0 * AnsweredOftenOrAlways / ChecksAnswered, MidpointRounding.AwayFromZero)
            : null;

    /// <summary>Enough lessons and answers to show: the card needs no "when will there be more".</summary>
    public bool IsComplete => LessonsTotal >= MinCount && ChecksAnswered >= MinCount;

    /// <summary>True when a count may be shown as it is: 0 (nobody to expose) or at least <see cref="MinCount"/>.</summary>
    public static bool IsShown(int count) => count == 0 || count >= MinCount;

    /// <summary>
    /// How many more are needed before <paramref name="count"/> may be shown, as far as the card may say (0 when it is shown):
    /// from 0 exactly <see cref="MinCount"/>; a hidden count is only known to be at least 1, so "at most" <see cref="MinCount"/> - 1.
    /// </summary>
    public static (int Needed, bool AtMost) StillNeeded(int count) =>
        count >= MinCount ? (0, false) : count == 0 ? (MinCount, false) : (MinCount - 1, true);

    /// <param name="lessons">The team's lessons (its partition); published and retired ones are left out.</param>
    /// <param name="timeZone">Where the check dates are days (the working-day calendar's zone).</param>
    public static TeamDigest From(IEnumerable<Lesson> lessons, DateTimeOffset now, TimeZoneInfo timeZone)
    {
        var team = lessons.Where(l => l.Scope == LessonScopeKind.Team && l.Status == LessonStatus.Active).ToList();
        var answers = team.SelectMany(l => l.History).Where(h => h.Kind == LessonHistoryKinds.FollowUp).ToList();
        var noAnswer = team.SelectMany(l => l.History).Count(h => h.Kind == LessonHistoryKinds.NoAnswer);
        var open = team.Count(l => l.Check.IsOpen && l.CheckDate <= now);
        var tags = team.SelectMany(l => l.Tags).GroupBy(t => t, StringComparer.Ordinal)
            .Select(g => (Tag: g.Key, Count: g.Count()))
            .Where(t => t.Count >= MinCount)
            .OrderByDescending(t => t.Count).ThenBy(t => t.Tag, StringComparer.Ordinal)
            .Take(MaxTags)
            .ToList();
        return new TeamDigest(
            LessonsRecent: team.Count(l => l.Created >= now.AddDays(-RecentDays)),
            LessonsTotal: team.Count,
            ChecksAsked: answers.Count + noAnswer + open,
            ChecksAnswered: answers.Count,
            AnsweredOftenOrAlways: answers.Count(a => a.Score >= 4),
            NoAnswer: noAnswer,
            TopTags: tags)
        {
            UpcomingChecks = [.. team.Where(l => l.Check.IsOpen && l.CheckDate > now)
                .Select(l => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(l.CheckDate, timeZone).DateTime)).Distinct().Order().Take(MaxUpcoming)],
        };
    }
}
