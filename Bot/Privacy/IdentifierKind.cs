namespace IntervisieBot.Privacy;

/// <summary>The kinds of client identifier the personal-data guard recognises.</summary>
public enum IdentifierKind
{
    Bsn,
    Iban,
    Phone,
    Email,
    PostcodeHouseNumber,
    StreetAddress,
    DateOfBirth,
    PersonName,
    ClientNumber,
    LicencePlate,
    VNumber,
}
