using System.Globalization;
using System.Text.Json.Nodes;
using IntervisieBot.Cards;
using IntervisieBot.Features.Lessons.Cards;
using IntervisieBot.Features.Lessons.Domain;

namespace IntervisieBot.Features.Lessons.FollowUp.Cards;

/// <summary>
/// The owner's check card in their 1:1 chat, answerable in about a minute: the lesson and action plan, "toegepast?" on the
/// 5-point scale (one choice), an optional note, and one click on houden / aanpassen / stoppen; plus one snooze of a week.
/// The action data carries only where the reminder lives (bucket + id); the server loads everything else.
/// </summary>
public static class LessonCheckCard
{
    public const string AnswerVerb = "lessoncheck.answer";
    public const string SnoozeVerb = "lessoncheck.snooze";
    public const string SaveVerb = "lessoncheck.save";
    public const string BucketData = "rb";
    public const string ReminderData = "rid";
    public const string DecisionData = "decision";
    public const string ScoreInput = "score";
    public const string NoteInput = "note";
    public const int MaxNoteLength = 500;

    /// <param name="second">The gentle second reminder.</param>
    /// <param name="canSnooze">The round's one snooze is still available.</param>
    /// <param name="notice">A warning line on top (e.g. choose a score first); already localized.</param>
    public static AdaptiveCard Create(CultureInfo culture, Lesson lesson, string bucket, string reminderId, bool second, bool canSnooze,
        string? notice = null, string? score = null)
    {
        var title = second ? FollowUpStrings.CheckTitleSecond(culture) : FollowUpStrings.CheckTitle(culture);
        List<CardElement> body =
        [
            new TextBlock { Text = title, IsSubtle = true, Wrap = true },
        ];
        if (notice is not null) body.Add(new TextBlock { Text = notice, Wrap = true, Color = TextColor.Attention, Weight = TextWeight.Bolder });
        body.Add(new TextBlock { Text = lesson.Heading, Weight = TextWeight.Bolder, Size = TextSize.Medium, Wrap = true });
        if (!string.IsNullOrWhiteSpace(lesson.ActionPlan))
        {
            body.Add(new TextBlock { Text = FollowUpStrings.ActionPlanHeading(culture), Weight = TextWeight.Bolder, Wrap = true, Spacing = Spacing.Small });
            body.Add(new TextBlock { Text = lesson.ActionPlan!, Wrap = true, Spacing = Spacing.None });
        }
        body.Add(new TextBlock { Text = second ? FollowUpStrings.CheckIntroSecond(culture) : FollowUpStrings.CheckIntro(culture), Wrap = true, IsSubtle = true });
        body.Add(new InputChoiceSet
        {
            Id = ScoreInput,
            Label = FollowUpStrings.ScoreLabel(culture),
            Style = ChoiceInputStyle.Expanded,
            IsRequired = true,
            ErrorMessage = FollowUpStrings.ScoreRequired(culture),
            Choices = [.. Enumerable.Range(1, 5).Select(s => new Choice(LessonsStrings.Score(culture, s), s.ToString(CultureInfo.InvariantCulture)))],
            Value = score,
        });
        body.Add(new InputText
        {
            Id = NoteInput,
            Label = FollowUpStrings.NoteLabel(culture),
            Placeholder = FollowUpStrings.NotePlaceholder(culture),
            IsMultiline = true,
            MaxLength = MaxNoteLength,
        });
        body.Add(new TextBlock { Text = FollowUpStrings.DecisionHeading(culture), Weight = TextWeight.Bolder, Wrap = true });

        List<CardAction> actions =
        [
            CardActions.Execute(FollowUpStrings.ActionKeep(culture), AnswerVerb, Payload(bucket, reminderId, LessonCheckOutcomes.Keep)),
            CardActions.Execute(FollowUpStrings.ActionAdjust(culture), AnswerVerb, Payload(bucket, reminderId, LessonCheckOutcomes.Adjust)),
            CardActions.Execute(FollowUpStrings.ActionStop(culture), AnswerVerb, Payload(bucket, reminderId, LessonCheckOutcomes.Stop)),
        ];
        if (canSnooze)
            actions.Add(CardActions.Execute(FollowUpStrings.ActionSnooze(culture), SnoozeVerb, Payload(bucket, reminderId, null), AssociatedInputs.None));

        return new AdaptiveCard
        {
            Body = body,
            Actions = actions,
            FallbackText = title,
            Lang = culture.TwoLetterISOLanguageName,
        };
    }

    public static JsonObject Payload(string bucket, string reminderId, string? decision)
    {
        var payload = new JsonObject { [BucketData] = bucket, [ReminderData] = reminderId };
        if (decision is not null) payload[DecisionData] = decision;
        return payload;
    }
}
