namespace IntervisieBot.Features.Reminders.Domain;

/// <summary>The Dutch public holidays the working-day calendar knows (names as in Dutch law and CAO texts).</summary>
public enum DutchHoliday
{
    Nieuwjaarsdag,
    GoedeVrijdag,
    EerstePaasdag,
    TweedePaasdag,
    Koningsdag,
    Bevrijdingsdag,
    Hemelvaartsdag,
    EerstePinksterdag,
    TweedePinksterdag,
    EersteKerstdag,
    TweedeKerstdag,
}
