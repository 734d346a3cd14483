namespace IntervisieBot.Features.Reminders.Domain;

/// <summary>Settings of the <see cref="WorkingDayCalendar"/>, bound from <c>Reminders:Calendar</c>.</summary>
public sealed class WorkingDayCalendarOptions
{
    public const string SectionName = "Reminders:Calendar";

    /// <summary>IANA (or Windows) id of the time zone the window is in.</summary>
    public string TimeZoneId { get; set; } = "Europe/Amsterdam";

    /// <summary>Local start of the reminder window (inclusive).</summary>
    public TimeOnly WindowStart { get; set; } = new(8, 30);

    /// <summary>Local end of the reminder window (exclusive: 17:00 itself is outside).</summary>
    public TimeOnly WindowEnd { get; set; } = new(17, 0);

    /// <summary>Goede Vrijdag is not a day off in the CAO Gemeenten; turn on where the local agreement says so.</summary>
    public bool GoedeVrijdagIsHoliday { get; set; }

    /// <summary>
    /// Default <see cref="BevrijdingsdagRule.EveryYear"/>: the CAO Gemeenten (municipal employees, our users)
    /// grants 5 May off every year, not only in lustrum years.
    /// </summary>
    public BevrijdingsdagRule Bevrijdingsdag { get; set; } = BevrijdingsdagRule.EveryYear;
}
