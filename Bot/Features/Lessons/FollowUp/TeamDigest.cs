namespace IntervisieBot.Features.Lessons.FollowUp;

/// <summary>
/// A team's learning in totals only (no names, no texts): lessons captured, checks asked and answered, how often the answer
/// was "vaak" or "altijd", checks without an answer, and the most used tags. Counts below <see cref="MinCount"/> are
/// withheld by the card, and a share is only given when both of its counts reach it.
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

    /// <summary>The share of answers "vaak"/"altijd" in whole percent, or null when either count is below <see cref="MinCount"/>.</summary>
    public int? OftenOrAlwaysPercent =>
        ChecksAnswered >= MinCount && AnsweredOftenOrAlways >= MinCount
            ? (int)Math.Round(100.0 * AnsweredOftenOrAlways / ChecksAnswered, MidpointRounding.AwayFromZero)
            : null;

    /// <param name="lessons">The team's lessons (its partition); published and retired ones are left out.</param>
    public static TeamDigest From(IEnumerable<Lesson> lessons, DateTimeOffset now)
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
            TopTags: tags);
    }
}
