namespace IntervisieBot.Features.Lessons.Cards;

/// <summary>How a lesson card is shown: a notice above it, which actions the viewer gets, or none (messaging-extension insert).</summary>
public sealed record LessonCardView(string? Notice = null, bool CanEdit = false, bool CanPropose = false, bool Compact = false)
{
    public static LessonCardView ReadOnly { get; } = new();

    /// <summary>For inserting into a conversation from the search: no actions, no history, small (≤ 28 KB).</summary>
    public static LessonCardView MessagingExtension { get; } = new(Compact: true);
}
