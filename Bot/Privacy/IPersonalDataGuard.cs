namespace IntervisieBot.Privacy;

/// <summary>
/// Scans free text for client identifiers (BSN, IBAN, phone, e-mail, address, date of birth, names after a
/// title, labelled client numbers). Call it before any user text is stored, logged or posted to a channel.
/// </summary>
public interface IPersonalDataGuard
{
    /// <summary>Checks <paramref name="text"/>; null or empty text is clean. Never throws for any input.</summary>
    GuardResult Check(string? text);
}
