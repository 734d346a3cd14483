using System.Text.Json.Serialization;

namespace IntervisieBot.Features.Lessons.Domain;

/// <summary>
/// The follow-up loop's state on a lesson (written by the follow-up feature): the check round now open, the reminder rows
/// that belong to it (<c>bucket|id</c> of the reminders outbox, ids only), whether its one snooze was used, the last round that
/// got an answer or was closed without one, and whether the owner stopped the loop ("niet meer doen").
/// </summary>
public sealed record LessonCheckState
{
    public static LessonCheckState None { get; } = new();

    /// <summary>The check round now open (1 = the first check); 0 before any check was scheduled.</summary>
    public int Round { get; init; }

    /// <summary>Reminder rows of this round that may still be open, as <c>bucket|id</c>.</summary>
    public IReadOnlyList<string> Reminders { get; init; } = [];

    /// <summary>The one snooze of this round was used.</summary>
    public bool Snoozed { get; init; }

    /// <summary>The last round that was answered or closed as "geen antwoord"; equal to <see cref="Round"/> when nothing is open.</summary>
    public int ClosedRound { get; init; }

    /// <summary>The owner chose "stoppen": no more checks.</summary>
    public bool Stopped { get; init; }

    /// <summary>The round is open (scheduled and neither answered nor closed).</summary>
    [JsonIgnore]
    public bool IsOpen => Round > ClosedRound && !Stopped;
}
