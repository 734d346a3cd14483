using System.Globalization;
using System.Text.Json.Nodes;
using IntervisieBot.Cards;
using IntervisieBot.Features.Lessons.Domain;

namespace IntervisieBot.Features.Lessons.Cards;

/// <summary>The compact list of recent lessons with filters by tag and type; each line opens the lesson card.</summary>
public static class LessonListCard
{
    public const string ListVerb = "lessons.list";
    public const string NewVerb = "lessons.new";
    public const string FilterTagInput = "filterTag";
    public const string FilterTypeInput = "filterType";

    /// <summary>The "no filter" choice value (choice values must not be empty).</summary>
    public const string AllValue = "*";

    public static AdaptiveCard Create(CultureInfo culture, IReadOnlyList<Lesson> lessons, bool isTeam, string? filterTag, string? filterType)
    {
        var title = isTeam ? LessonsStrings.ListTitleTeam(culture) : LessonsStrings.ListTitlePersonal(culture);
        List<CardElement> body =
        [
            new TextBlock { Text = title, Weight = TextWeight.Bolder, Size = TextSize.Medium, Wrap = true },
            new ColumnSet
            {
                Columns =
                [
                    new Column
                    {
                        Width = ColumnWidth.Stretch,
                        Items =
                        [
                            new InputChoiceSet
                            {
                                Id = FilterTagInput,
                                Label = LessonsStrings.ListFilterTag(culture),
                                Style = ChoiceInputStyle.Compact,
                                Choices = [new Choice(LessonsStrings.ListAllTags(culture), AllValue), .. LessonFormCard.TagChoices(culture)],
                                Value = filterTag ?? AllValue,
                            },
                        ],
                    },
                    new Column
                    {
                        Width = ColumnWidth.Stretch,
                        Items =
                        [
                            new InputChoiceSet
                            {
                                Id = FilterTypeInput,
                                Label = LessonsStrings.ListFilterType(culture),
                                Style = ChoiceInputStyle.Compact,
                                Choices = [new Choice(LessonsStrings.ListAllTypes(culture), AllValue), .. LessonTypes.All.Select(t => new Choice(LessonsStrings.Type(culture, t), t))],
                                Value = filterType ?? AllValue,
                            },
                        ],
                    },
                ],
            },
            new ActionSet { Actions = [CardActions.Execute(LessonsStrings.ListFilter(culture), ListVerb)] },
        ];

        if (lessons.Count == 0)
        {
            var empty = string.IsNullOrEmpty(filterTag) && string.IsNullOrEmpty(filterType) ? LessonsStrings.ListEmpty(culture) : LessonsStrings.ListEmptyFiltered(culture);
            body.Add(new TextBlock { Text = empty, Wrap = true, IsSubtle = true });
        }

        foreach (var lesson in lessons)
        {
            var tags = lesson.Tags.Count == 0 ? LessonsStrings.NoTags(culture) : string.Join(", ", lesson.Tags.Select(t => LessonsStrings.Tag(culture, t)));
            body.Add(new Container
            {
                Separator = true,
                SelectAction = CardActions.Execute(LessonsStrings.CardTitle(culture), LessonCard.OpenVerb, new JsonObject { [LessonFormCard.LessonIdData] = lesson.Id }),
                Items =
                [
                    new TextBlock { Text = lesson.Heading, Wrap = true, MaxLines = 2, Weight = TextWeight.Bolder },
                    new TextBlock
                    {
                        Text = LessonsStrings.ListLine(culture, LessonsStrings.Type(culture, lesson.Type), tags, LessonCard.FormatDate(culture, lesson.Created)),
                        Wrap = true, IsSubtle = true, Spacing = Spacing.None,
                    },
                ],
            });
        }

        if (isTeam) body.Add(new TextBlock { Text = LessonsStrings.ListPersonalHint(culture), Wrap = true, IsSubtle = true, Spacing = Spacing.Medium });
        return new AdaptiveCard
        {
            Body = body,
            Actions = [CardActions.Execute(LessonsStrings.ActionNewLesson(culture), NewVerb)],
            FallbackText = title,
            Lang = culture.TwoLetterISOLanguageName,
        };
    }
}
