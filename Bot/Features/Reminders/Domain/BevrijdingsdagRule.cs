namespace IntervisieBot.Features.Reminders.Domain;

/// <summary>Whether Bevrijdingsdag (5 May) is a day off.</summary>
public enum BevrijdingsdagRule
{
    /// <summary>Every year: the CAO Gemeenten makes 5 May a day off every year (the default here).</summary>
    EveryYear,

    /// <summary>Only in lustrum years (divisible by 5), as many private-sector CAOs do.</summary>
    LustrumYearsOnly,
}
