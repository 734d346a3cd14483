using IntervisieBot.Features.Handreikingen.Domain;
using System.Globalization;
using System.Text.Json.Nodes;
using IntervisieBot.Cards;
using IntervisieBot.Features.Lessons.Domain;

namespace IntervisieBot.Features.Lessons.Cards;

/// <summary>The kennismakelaar's cards: the team's curation queue (with review dates and insights) and the review of one proposal.</summary>
public static class CurationCards
{
    public const string ReviewVerb = "lessons.review";
    public const string ApproveVerb = "lessons.curate.approve";
    public const string MergeVerb = "lessons.curate.merge";
    public const string SendBackVerb = "lessons.curate.sendback";
    public const string RejectVerb = "lessons.curate.reject";
    public const string KeepVerb = "lessons.published.keep";
    public const string RetireVerb = "lessons.published.retire";
    public const string TitleInput = "title";
    public const string TagsInput = "curatedTags";
    public const string MergeTargetInput = "mergeTarget";
    public const string NoteInput = "note";
    public const int MaxTitleLength = 120;
    public const int MaxNoteLength = 500;

    public static AdaptiveCard Queue(CultureInfo culture, IReadOnlyList<Lesson> proposals, IReadOnlyList<Lesson> dueForReview,
        IReadOnlyList<InsightCount> growingTags, IReadOnlyList<InsightCount> needs, int windowDays, string? notice = null)
    {
        var title = LessonsStrings.QueueTitle(culture);
        List<CardElement> body =
        [
            new TextBlock { Text = title, Weight = TextWeight.Bolder, Size = TextSize.Medium, Wrap = true },
            new TextBlock { Text = LessonsStrings.QueueIntro(culture), Wrap = true, IsSubtle = true, Spacing = Spacing.None },
        ];
        if (notice is not null) body.Add(new TextBlock { Text = notice, Wrap = true, Color = TextColor.Good });
        if (proposals.Count == 0) body.Add(new TextBlock { Text = LessonsStrings.QueueEmpty(culture), Wrap = true });
        foreach (var lesson in proposals)
        {
            body.Add(new Container
            {
                Separator = true,
                Items =
                [
                    new TextBlock { Text = lesson.Text, Wrap = true, MaxLines = 3 },
                    new TextBlock { Text = TagLine(culture, lesson), Wrap = true, IsSubtle = true, Spacing = Spacing.None },
                    new ActionSet { Actions = [CardActions.Execute(LessonsStrings.QueueReview(culture), ReviewVerb, Id(lesson))] },
                ],
            });
        }

        if (dueForReview.Count > 0)
        {
            body.Add(new TextBlock { Text = LessonsStrings.QueueDueHeading(culture), Weight = TextWeight.Bolder, Wrap = true, Spacing = Spacing.Large });
            foreach (var lesson in dueForReview)
            {
                body.Add(new Container
                {
                    Separator = true,
                    Items =
                    [
                        new TextBlock { Text = lesson.Heading, Wrap = true, MaxLines = 2 },
                        new ActionSet
                        {
                            Actions =
                            [
                                CardActions.Execute(LessonsStrings.QueueConfirm(culture), KeepVerb, Id(lesson)),
                                CardActions.Execute(LessonsStrings.QueueRetire(culture), RetireVerb, Id(lesson)),
                            ],
                        },
                    ],
                });
            }
        }

        body.Add(new TextBlock { Text = LessonsStrings.InsightsHeading(culture), Weight = TextWeight.Bolder, Wrap = true, Spacing = Spacing.Large });
        if (growingTags.Count == 0 && needs.Count == 0)
        {
            body.Add(new TextBlock { Text = LessonsStrings.InsightsNone(culture), Wrap = true, IsSubtle = true });
        }
        else
        {
            if (growingTags.Count > 0)
            {
                var items = growingTags.Select(g => g.PreviousCount > 0
                    ? LessonsStrings.InsightGrowth(culture, LessonsStrings.Tag(culture, g.Key), g.Count, g.PreviousCount)
                    : LessonsStrings.InsightItem(culture, LessonsStrings.Tag(culture, g.Key), g.Count));
                body.Add(new TextBlock { Text = LessonsStrings.InsightsGrowing(culture, windowDays, string.Join(", ", items)), Wrap = true });
            }
            if (needs.Count > 0)
            {
                var items = needs.Select(n => LessonsStrings.InsightItem(culture, n.Key.StartsWith('#') ? LessonsStrings.Tag(culture, n.Key[1..]) : n.Key, n.Count));
                body.Add(new TextBlock { Text = LessonsStrings.InsightsNeeds(culture, windowDays, string.Join(", ", items)), Wrap = true });
            }
        }

        return new AdaptiveCard { Body = body, FallbackText = title, Lang = culture.TwoLetterISOLanguageName };
    }

    public static AdaptiveCard Review(CultureInfo culture, Lesson lesson, IReadOnlyList<Lesson> published, string? problem = null,
        string? title = null, string? note = null)
    {
        var heading = LessonsStrings.ReviewTitle(culture);
        List<CardElement> body =
        [
            new TextBlock { Text = heading, Weight = TextWeight.Bolder, Size = TextSize.Medium, Wrap = true },
        ];
        if (problem is not null) body.Add(new TextBlock { Text = problem, Wrap = true, Color = TextColor.Attention });
        body.Add(new TextBlock { Text = lesson.Text, Wrap = true, Weight = TextWeight.Bolder });
        if (!string.IsNullOrWhiteSpace(lesson.ActionPlan)) body.Add(new TextBlock { Text = lesson.ActionPlan!, Wrap = true });
        body.Add(new FactSet
        {
            Facts =
            [
                new(LessonsStrings.FactType(culture), LessonsStrings.Type(culture, lesson.Type)),
                new(LessonsStrings.FactEvidence(culture), LessonsStrings.Evidence(culture, lesson.Evidence)),
            ],
        });
        body.Add(new TextBlock
        {
            Text = lesson.AuthorNamed ? LessonsStrings.ReviewAuthorNamed(culture) : LessonsStrings.ReviewAuthorAnonymous(culture),
            Wrap = true, IsSubtle = true,
        });
        body.Add(new InputText
        {
            Id = TitleInput,
            Label = LessonsStrings.ReviewTitleLabel(culture),
            MaxLength = MaxTitleLength,
            Value = title ?? Shorten(lesson.Text, 80),
        });
        body.Add(new InputChoiceSet
        {
            Id = TagsInput,
            Label = LessonsStrings.ReviewTagsLabel(culture),
            Style = ChoiceInputStyle.Compact,
            IsMultiSelect = true,
            Choices = LessonFormCard.TagChoices(culture),
            Value = lesson.Tags.Count == 0 ? null : string.Join(',', lesson.Tags),
        });
        if (published.Count > 0)
        {
            body.Add(new InputChoiceSet
            {
                Id = MergeTargetInput,
                Label = LessonsStrings.ReviewMergeLabel(culture),
                Style = ChoiceInputStyle.Compact,
                Choices = [.. published.Take(50).Select(p => new Choice(Shorten(p.Heading, 100), p.Id))],
            });
        }
        else
        {
            body.Add(new TextBlock { Text = LessonsStrings.ReviewMergeNone(culture), Wrap = true, IsSubtle = true });
        }
        body.Add(new InputText { Id = NoteInput, Label = LessonsStrings.ReviewNoteLabel(culture), IsMultiline = true, MaxLength = MaxNoteLength, Value = note });

        List<CardAction> actions = [CardActions.Execute(LessonsStrings.ReviewApprove(culture), ApproveVerb, Id(lesson))];
        if (published.Count > 0) actions.Add(CardActions.Execute(LessonsStrings.ReviewMerge(culture), MergeVerb, Id(lesson)));
        actions.Add(CardActions.Execute(LessonsStrings.ReviewSendBack(culture), SendBackVerb, Id(lesson)));
        actions.Add(CardActions.Execute(LessonsStrings.ReviewReject(culture), RejectVerb, Id(lesson)));
        return new AdaptiveCard { Body = body, Actions = actions, FallbackText = heading, Lang = culture.TwoLetterISOLanguageName };
    }

    /// <summary>What the author gets in a 1:1 chat when the kennismakelaar decided.</summary>
    public static AdaptiveCard Outcome(CultureInfo culture, Lesson lesson, CurationStatus outcome, string detail) => new()
    {
        Body =
        [
            new TextBlock { Text = LessonsStrings.OutcomeTitle(culture), Weight = TextWeight.Bolder, Size = TextSize.Medium, Wrap = true },
            new TextBlock { Text = LessonsStrings.Outcome(culture, outcome, detail), Wrap = true },
            new TextBlock { Text = LessonsStrings.OutcomeLesson(culture, lesson.Text), Wrap = true, IsSubtle = true },
        ],
        FallbackText = LessonsStrings.OutcomeTitle(culture),
        Lang = culture.TwoLetterISOLanguageName,
    };

    private static string TagLine(CultureInfo culture, Lesson lesson) =>
        LessonsStrings.ListLine(culture, LessonsStrings.Type(culture, lesson.Type),
            lesson.Tags.Count == 0 ? LessonsStrings.NoTags(culture) : string.Join(", ", lesson.Tags.Select(t => LessonsStrings.Tag(culture, t))),
            LessonCard.FormatDate(culture, lesson.Created));

    private static JsonObject Id(Lesson lesson) => new() { [LessonFormCard.LessonIdData] = lesson.Id };

    internal static string Shorten(string text, int max) => text.Length <= max ? text : text[..(max - 1)] + "…";
}
