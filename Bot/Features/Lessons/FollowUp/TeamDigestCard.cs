using System.Globalization;
using IntervisieBot.Cards;

namespace IntervisieBot.Features.Lessons.FollowUp;

/// <summary>The teamleider's digest (<c>team overzicht</c>): totals only, every count below 3 shown as "minder dan 3".</summary>
public static class TeamDigestCard
{
    public static AdaptiveCard Create(CultureInfo culture, TeamDigest digest)
    {
        var title = FollowUpStrings.DigestTitle(culture);
        string Count(int value) => value < TeamDigest.MinCount ? FollowUpStrings.DigestHidden(culture) : value.ToString(culture);
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
                        ? FollowUpStrings.DigestPercent(culture, percent) : FollowUpStrings.DigestHidden(culture)),
                    new(FollowUpStrings.DigestNoAnswer(culture), Count(digest.NoAnswer)),
                ],
            },
            new TextBlock { Text = FollowUpStrings.DigestTopTags(culture), Weight = TextWeight.Bolder, Wrap = true, Spacing = Spacing.Medium },
        ];
        if (digest.TopTags.Count == 0)
            body.Add(new TextBlock { Text = FollowUpStrings.DigestNoTags(culture), Wrap = true, IsSubtle = true, Spacing = Spacing.None });
        else
            body.Add(new FactSet { Facts = [.. digest.TopTags.Select(t => new CardFact(LessonsStrings.Tag(culture, t.Tag), Count(t.Count)))] });
        return new AdaptiveCard
        {
            Body = body,
            FallbackText = title,
            Lang = culture.TwoLetterISOLanguageName,
        };
    }
}
