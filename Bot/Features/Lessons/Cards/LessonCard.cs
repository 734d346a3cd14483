using System.Globalization;
using System.Text.Json.Nodes;
using IntervisieBot.Cards;
using IntervisieBot.Features.Handreikingen.Domain;
using IntervisieBot.Features.Lessons.Domain;

namespace IntervisieBot.Features.Lessons.Cards;

/// <summary>A stored lesson: the sentence, its facts, the plans, linked handreikingen and its history.</summary>
public static class LessonCard
{
    public const string EditVerb = "lessons.edit";
    public const string ProposeVerb = "lessons.propose";
    public const string OpenVerb = "lessons.open";
    public const string AuthorNamedInput = "authorNamed";
    private const int MaxHistoryShown = 10;

    public static AdaptiveCard Create(CultureInfo culture, Lesson lesson, HandreikingCatalogue catalogue, LessonCardView view)
    {
        var title = lesson.IsPublished ? LessonsStrings.CardTitlePublished(culture) : LessonsStrings.CardTitle(culture);
        List<CardElement> body = [new TextBlock { Text = title, IsSubtle = true, Wrap = true }];
        if (view.Notice is not null) body.Add(new TextBlock { Text = view.Notice, Wrap = true, Color = TextColor.Good });
        if (!string.IsNullOrWhiteSpace(lesson.Title))
            body.Add(new TextBlock { Text = lesson.Title!, Weight = TextWeight.Bolder, Size = TextSize.Medium, Wrap = true });
        body.Add(new TextBlock { Text = lesson.Text, Weight = lesson.Title is null ? TextWeight.Bolder : null, Size = lesson.Title is null ? TextSize.Medium : null, Wrap = true });
        body.Add(new FactSet { Facts = Facts(culture, lesson) });
        if (!string.IsNullOrWhiteSpace(lesson.ActionPlan)) AddSection(body, LessonsStrings.ActionPlanHeading(culture), lesson.ActionPlan!);
        if (!string.IsNullOrWhiteSpace(lesson.CopingPlan)) AddSection(body, LessonsStrings.CopingPlanHeading(culture), lesson.CopingPlan!);

        var linked = lesson.Handreikingen.Select(catalogue.Find).OfType<Handreiking>().ToList();
        if (linked.Count > 0)
        {
            AddSection(body, LessonsStrings.HandreikingenHeading(culture), string.Join("\n", linked.Select(h =>
                string.IsNullOrEmpty(h.Url) ? $"- {h.Title}" : $"- [{h.Title}]({h.Url})")));
        }

        if (!view.Compact && lesson.History.Count > 0)
        {
            var lines = lesson.History.OrderByDescending(h => h.At).Take(MaxHistoryShown).Select(h => "- " + HistoryLine(culture, h));
            AddSection(body, LessonsStrings.HistoryHeading(culture), string.Join("\n", lines));
        }

        List<CardAction> actions = [];
        if (view.CanEdit) actions.Add(CardActions.Execute(LessonsStrings.ActionEdit(culture), EditVerb, IdPayload(lesson)));
        if (view.CanPropose)
        {
            actions.Add(new ShowCardAction
            {
                Title = LessonsStrings.ActionPropose(culture),
                Card = new AdaptiveCard
                {
                    Body =
                    [
                        new TextBlock { Text = LessonsStrings.ProposeIntro(culture), Wrap = true },
                        new InputToggle { Id = AuthorNamedInput, Title = LessonsStrings.ProposeNamed(culture), Value = "false", ValueOn = "true", ValueOff = "false", Wrap = true },
                    ],
                    Actions = [CardActions.Execute(LessonsStrings.ProposeSend(culture), ProposeVerb, IdPayload(lesson))],
                },
            });
        }
        if (!view.Compact) actions.Add(CardActions.Execute(LessonsStrings.ActionBackToList(culture), LessonListCard.ListVerb));

        return new AdaptiveCard
        {
            Body = body,
            Actions = actions.Count == 0 ? null : actions,
            FallbackText = lesson.Heading,
            Lang = culture.TwoLetterISOLanguageName,
        };
    }

    public static JsonObject IdPayload(Lesson lesson) => new() { [LessonFormCard.LessonIdData] = lesson.Id };

    public static string FormatDate(CultureInfo culture, DateTimeOffset date) => date.ToString("d MMMM yyyy", culture);

    private static List<CardFact> Facts(CultureInfo culture, Lesson lesson)
    {
        List<CardFact> facts =
        [
            new(LessonsStrings.FactType(culture), LessonsStrings.Type(culture, lesson.Type)),
            new(LessonsStrings.FactTags(culture), lesson.Tags.Count == 0 ? LessonsStrings.NoTags(culture) : string.Join(", ", lesson.Tags.Select(t => LessonsStrings.Tag(culture, t)))),
            new(LessonsStrings.FactEvidence(culture), LessonsStrings.Evidence(culture, lesson.Evidence)),
        ];
        if (lesson.IsPublished)
        {
            facts.Add(new(LessonsStrings.FactAuthor(culture), lesson.AuthorName ?? LessonsStrings.Anonymous(culture)));
            if (lesson.ReviewDate is { } review) facts.Add(new(LessonsStrings.FactReview(culture), FormatDate(culture, review)));
        }
        else
        {
            facts.Add(new(LessonsStrings.FactCheck(culture), lesson.Check.Stopped ? LessonsStrings.CheckStopped(culture) : FormatDate(culture, lesson.CheckDate)));
            facts.Add(new(LessonsStrings.FactVisibility(culture), LessonsStrings.Visibility(culture, lesson.Visibility)));
            if (lesson.Scope == LessonScopeKind.Team)
                facts.Add(new(LessonsStrings.FactStatus(culture), LessonsStrings.Curation(culture, lesson.Curation, lesson.CurationNote)));
        }
        return facts;
    }

    private static string HistoryLine(CultureInfo culture, LessonHistoryEntry entry)
    {
        var line = FormatDate(culture, entry.At) + ": " + LessonsStrings.HistoryKind(culture, entry.Kind);
        if (entry.Score is { } score) line += ", " + LessonsStrings.HistoryScore(culture, LessonsStrings.Score(culture, score));
        if (LessonCheckOutcomes.IsKnown(entry.Outcome)) line += ", " + LessonsStrings.CheckOutcome(culture, entry.Outcome!);
        if (!string.IsNullOrWhiteSpace(entry.Note)) line += " (" + entry.Note + ")";
        return line;
    }

    private static void AddSection(List<CardElement> body, string heading, string text)
    {
        body.Add(new TextBlock { Text = heading, Weight = TextWeight.Bolder, Wrap = true, Spacing = Spacing.Medium });
        body.Add(new TextBlock { Text = text, Wrap = true, Spacing = Spacing.None });
    }
}
