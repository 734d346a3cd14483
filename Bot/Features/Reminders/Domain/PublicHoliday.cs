namespace IntervisieBot.Features.Reminders.Domain;

/// <summary>One public holiday on one date.</summary>
public sealed record PublicHoliday(DateOnly Date, DutchHoliday Holiday);
