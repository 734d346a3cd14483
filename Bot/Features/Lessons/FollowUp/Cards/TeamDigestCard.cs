using System.Globalization;
using IntervisieBot.Cards;
using IntervisieBot.Features.Lessons.Cards;
using IntervisieBot.Features.Lessons.FollowUp.Domain;

namespace IntervisieBot.Features.Lessons.FollowUp.Cards;

/// <summary>
/// The teamleider's digest (<c>team overzicht</c>): totals only, a count of 1 or 2 shown as "minder dan 3", 0 as "nog geen".
/// While a team has too little, a "when will you see more" part says how many more rounds with a lesson or answers are
/// needed (never revealing a hidden count: "hooguit") and when the next sessions and checks are.
/// </summary>
public static class TeamDigestCard
{
    /// <param name="nextSessions">The team's next planned sessions (empty: none planned).</param>
    public static AdaptiveCard Create(CultureInfo culture, TeamDigest digest, IReadOnlyList<DateOnly> nextSessions)
    {
        ArgumentNullException.ThrowIfNull(digest);
        ArgumentNullException.ThrowIfNull(nextSessions);
        var title = FollowUpStrings.DigestTitle(culture);
        string Count(int value) =>
            value == 0 ? FollowUpStrings.DigestNone(culture)
            : TeamDigest.IsShown(value) ? value.ToString(culture) : FollowUpStrings.DigestHidden(culture);
        List<CardElement> body =
        [
            new TextBlock { Text = title, Weight = TextWeight.Bolder, Size = TextSize.Medium, Wrap = true },
            new TextBlock { Text = FollowUpStrings.DigestIntro(culture), Wrap = true, IsSubtle = true, Spacing = Spacing.None },
            new FactSet
            {
                Facts =
                [
                    new(FollowUpStrings.DigestLessons90(culture, TeamDigest.RecentDays), Count(digest.LessonsRecent)),
                    new(FollowUpStrings.DigestLessonsTotal(culture), Count(digest.LessonsTotal)),
                    new(FollowUpStrings.DigestChecksAsked(culture), Count(digest.ChecksAsked)),
                    new(FollowUpStrings.DigestChecksAnswered(culture), Count(digest.ChecksAnswered)),
                    new(FollowUpStrings.DigestShareOften(culture), digest.OftenOrAlwaysPercent is { } percent
                        ? FollowUpStrings.DigestPercent(culture, percent) : digest.ChecksAnswered == 0 ? FollowUpStrings.DigestNone(culture) : FollowUpStrings.DigestHidden(culture)),
                    new(FollowUpStrings.DigestNoAnswer(culture), Count(digest.NoAnswer)),
                ],
            },
            new TextBlock { Text = FollowUpStrings.DigestTopTags(culture), Weight = TextWeight.Bolder, Wrap = true, Spacing = Spacing.Medium },
        ];
        if (digest.TopTags.Count == 0)
            body.Add(new TextBlock { Text = FollowUpStrings.DigestNoTags(culture), Wrap = true, IsSubtle = true, Spacing = Spacing.None });
        else
            body.Add(new FactSet { Facts = [.. digest.TopTags.Select(t => new CardFact(LessonsStrings.Tag(culture, t.Tag), Count(t.Count)))] });
        if (!digest.IsComplete) body.AddRange(WhenMore(culture, digest, nextSessions));
        return new AdaptiveCard
        {
            Body = body,
            FallbackText = title,
            Lang = culture.TwoLetterISOLanguageName,
        };
    }

    /// <summary>The sentences that say when there will be enough to show; only counts the card may show, and dates.</summary>
    public static IReadOnlyList<string> WhenMoreLines(CultureInfo culture, TeamDigest digest, IReadOnlyList<DateOnly> nextSessions)
    {
        var lines = new List<string>();
        if (TeamDigest.StillNeeded(digest.LessonsTotal) is { Needed: > 0 } lessons)
        {
            lines.Add(FollowUpStrings.Text.Plural(lessons.AtMost ? "DigestLessonsNeededAtMost" : "DigestLessonsNeeded", lessons.Needed, culture));
            lines.Add(nextSessions.Count > 0
                ? FollowUpStrings.DigestNextSessions(culture, Dates(culture, nextSessions))
                : FollowUpStrings.DigestNoSessions(culture));
        }
        if (TeamDigest.StillNeeded(digest.ChecksAnswered) is { Needed: > 0 } answers)
        {
            lines.Add(FollowUpStrings.Text.Plural(answers.AtMost ? "DigestAnswersNeededAtMost" : "DigestAnswersNeeded", answers.Needed, culture));
            lines.Add(digest.UpcomingChecks.Count > 0
                ? FollowUpStrings.DigestNextChecks(culture, Dates(culture, digest.UpcomingChecks))
                : FollowUpStrings.DigestNoChecks(culture));
        }
        return lines;
    }

    private static IEnumerable<CardElement> WhenMore(CultureInfo culture, TeamDigest digest, IReadOnlyList<DateOnly> nextSessions)
    {
        yield return new TextBlock { Text = FollowUpStrings.DigestWhenTitle(culture), Weight = TextWeight.Bolder, Wrap = true, Spacing = Spacing.Medium };
        foreach (var line in WhenMoreLines(culture, digest, nextSessions))
            yield return new TextBlock { Text = line, Wrap = true, Spacing = Spacing.Small };
    }

    private static string Dates(CultureInfo culture, IEnumerable<DateOnly> dates) =>
        string.Join(", ", dates.Select(d => d.ToString(FollowUpStrings.DigestDateFormat(culture), culture)));
}
