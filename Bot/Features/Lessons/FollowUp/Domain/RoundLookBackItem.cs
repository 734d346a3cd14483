namespace IntervisieBot.Features.Lessons.FollowUp.Domain;

/// <summary>One lesson of the team that is due for a check, shown in the look back at the start of a round (text already privacy-checked).</summary>
public sealed record RoundLookBackItem(string Text);
