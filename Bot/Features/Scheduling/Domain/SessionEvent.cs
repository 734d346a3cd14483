
namespace IntervisieBot.Features.Scheduling.Domain;

/// <summary>The three moments of a planned session, each a reminder kind of the delivery engine.</summary>
public enum SessionEvent
{
    /// <summary>Roles proposed in the channel (3 working days before).</summary>
    Announce,

    /// <summary>"Wie heeft een casus?" (2 working days before).</summary>
    Prepare,

    /// <summary>The start card at session time.</summary>
    Start,
}
