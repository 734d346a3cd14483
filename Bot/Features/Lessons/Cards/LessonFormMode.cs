namespace IntervisieBot.Features.Lessons.Cards;

/// <summary>Where the lesson form is shown: in a conversation (Action.Execute) or in a messaging-extension dialog (Action.Submit).</summary>
public enum LessonFormMode
{
    Conversation = 0,
    Dialog = 1,
}
