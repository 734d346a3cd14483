
namespace IntervisieBot.Features.Scheduling.Domain;

/// <summary>What happens to a session that falls on a Dutch public holiday.</summary>
public enum HolidayHandling
{
    /// <summary>Moved to the next working day (verschuiven naar de volgende werkdag).</summary>
    Move,

    /// <summary>Not held (overslaan).</summary>
    Skip,
}
