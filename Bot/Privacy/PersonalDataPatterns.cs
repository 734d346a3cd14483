using System.Text.RegularExpressions;

namespace IntervisieBot.Privacy;

/// <summary>
/// The regular expressions the guard uses to find candidates; checksums and context rules are applied in code
/// afterwards. Every pattern is anchored by a look-behind at a token start and uses only bounded quantifiers
/// (or lazy ones ended by a literal), so matching stays linear in the input; every regex also has a timeout.
/// The built-in set is source-generated (<see cref="GeneratedRegexAttribute"/>).
/// </summary>
internal sealed partial class PersonalDataPatterns
{
    private const string Sep = @"[ .\-\u2010-\u2015]";
    private const string Space = @"[ \t\u00A0]";

    /// <summary>Unlabelled BSN: 9 or 8 digits, plain or as 3-3-3, 4-2-3, 2-3-3, 3-2-3 groups with one separator.</summary>
    internal const string BsnPattern =
        @"(?<![\p{L}\p{N}+€$£_]|[0-9]" + Sep + @"|[0-9]/|[€$£]" + Space + @")" +
        @"(?:[0-9]{9}|[0-9]{8}" +
        @"|[0-9]{3}(?<a>" + Sep + @")[0-9]{3}\k<a>[0-9]{3}" +
        @"|[0-9]{4}(?<b>" + Sep + @")[0-9]{2}\k<b>[0-9]{3}" +
        @"|[0-9]{2}(?<c>" + Sep + @")[0-9]{3}\k<c>[0-9]{3}" +
        @"|[0-9]{3}(?<d>" + Sep + @")[0-9]{2}\k<d>[0-9]{3})" +
        @"(?![\p{L}\p{N}_]|[.,\-\u2010-\u2015/:][0-9]|" + Space + @"?(?i:euro|eur)\b|,-)";

    /// <summary>IBAN start: a country code followed by two check digits (spacing free); the body is read in code.</summary>
    internal const string IbanStartPattern = @"(?<![\p{L}\p{N}_])(?<cc>[A-Za-z]{2})(?=[ \t\n.\-]{0,2}[0-9][ \t\n.\-]{0,2}[0-9][ \t\n.\-]{0,2}[A-Za-z0-9])";

    /// <summary>Phone candidate: +/00 prefix or a leading 0, then up to 7 digit groups; validated in code.</summary>
    internal const string PhonePattern =
        @"(?<![\p{L}\p{N}+/_]|[0-9]" + Sep + @"|[0-9]/)" +
        @"(?:(?<intl>\+|(?<![0-9])00(?=" + Space + @"?[1-9]))" + Space + @"?|(?=\(?0))" +
        @"(?:(?:" + Space + @"?[.\-\u2010-\u2015/]" + Space + @"?|" + Space + @")?\(?" + Space + @"?[0-9]{1,10}" + Space + @"?\)?){1,8}";

    internal const string EmailPattern =
        @"(?<![\w.%+\-])[\w%+\-][\w.%+\-]{0,63}(?:@|" + Space + @"?(?i:\(at\)|\[at\]|\(a\))" + Space + @"?)(?:[\w\-]{1,63}\.){1,8}\p{L}{2,24}(?![\w\-])";

    /// <summary>Dutch postcode (1234 AB / 1234AB / 1234ab), optionally followed by a house number or a place name.</summary>
    internal const string PostcodePattern =
        @"(?<![\p{L}\p{N}€$.,_/\-])[1-9][0-9]{3}(?<space>" + Space + @"?)(?!(?i:sa|sd|ss)(?![\p{L}]))(?<letters>[A-Za-z]{2})(?![\p{L}\p{N}])" +
        @"(?:" + Space + @"*,?" + Space + @"*(?<nr>[0-9]{1,5})(?![\p{N}]|[.,:/][0-9]|" + Space + @"?%)(?:" + Space + @"?-" + Space + @"?[0-9]{1,4}|" + Space + @"?[a-zA-Z](?![\p{L}])|" + Space + @"?(?:hs|bis|zw|I{1,3})(?![\p{L}]))?" +
        @"|(?:" + Space + @"+|" + Space + @"*," + Space + @"*)(?<city>\p{Lu}[\p{L}'\-]{2,}))?";

    private const string StreetSuffixes =
        "straat|straatje|straatweg|laan|laantje|weg|plein|pleintje|gracht|kade|singel|dijk|hof|park|steeg|pad|dreef|dreve|plantsoen|markt|baan|burgwal|wal|allee|boulevard|hoven|kamp|haven|brink|lei|donk|horst|gaarde|akker|vaart|kanaal|weide|heuvel|promenade|passage|veld|tuin|poort|zoom|hoeve|kwartier";

    private const string HouseNumber =
        Space + @"+(?:(?i:nr|no|nummer)\.?" + Space + @"?)?(?<nr>[0-9]{1,4})(?:" + Space + @"?-" + Space + @"?[0-9]{1,4}|" + Space + @"?[a-zA-Z]|" + Space + @"?(?:hs|bis|zw|rd|I{1,3}))?(?![\p{L}\p{N}]|[.,:][0-9]|" + Space + @"?%)";

    /// <summary>
    /// Street name ending in a Dutch street suffix (Kerkstraat, Van Goghstraat), then a house number. The word is
    /// matched atomically and the suffix checked by a look-behind only where a number follows, so no word is rescanned.
    /// </summary>
    internal const string StreetPattern =
        @"(?<![\p{L}\p{N}_])(?:\p{Lu}[\p{L}'.]*[ ](?:(?:van|de|der|den|het|ter|ten|te|'t|in|op|la|le)[ ]){0,3}){0,2}" +
        @"(?<name>(?>\p{L}[\p{L}'\-]{1,40}))(?=" + Space + @"+(?:(?i:nr|no|nummer)\.?" + Space + @"?)?[0-9])(?<=(?<suffix>" + StreetSuffixes + @"))" + HouseNumber;

    /// <summary>Street names where the suffix is a separate capitalised word: "Laan van Meerdervoort 12", "Oude Gracht 3".</summary>
    internal const string MultiwordStreetPattern =
        @"(?<![\p{L}\p{N}_])(?:(?:Laan|Weg|Plein|Kade|Singel|Gracht|Dreef|Dijk|Straat|Steeg|Markt|Park|Hof|Wal|Haven)(?:[ ](?:van|der|de|den|het|op|ter|ten|'t|in|aan))+[ ]\p{Lu}[\p{L}'\-]+" +
        @"|\p{Lu}\p{Ll}+[ ](?:Gracht|Haven|Kade|Singel|Markt|Dijk|Weg|Laan|Straat|Steeg|Plein|Wal|Hof|Park|Dreef|Vaart|Brink))" + HouseNumber;

    private const string Months =
        @"(?i:januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december|january|february|march|may|june|july|august|october|jan|febr|feb|mrt|mar|apr|jun|jul|aug|sept|sep|okt|oct|nov|dec)\.?";

    private const string Date =
        @"(?:[0-9]{1,2}" + Space + @"?[\-/.]" + Space + @"?[0-9]{1,2}" + Space + @"?[\-/.]" + Space + @"?(?:[0-9]{4}|[0-9]{2})(?![0-9])" +
        @"|[0-9]{4}-[0-9]{1,2}-[0-9]{1,2}(?![0-9])" +
        @"|[0-9]{8}(?![0-9])" +
        @"|[0-9]{1,2}(?:e|ste|de)?" + Space + @"+" + Months + @"(?:" + Space + @"+(?:[0-9]{4}|'?[0-9]{2}))?(?![\p{L}\p{N}])" +
        @"|" + Months + Space + @"+[0-9]{1,2},?" + Space + @"+[0-9]{4})";

    private const string BirthMarker =
        @"(?:(?i:geboren|geboortedatum|geboorte-datum|geb\.?" + Space + @"?datum|geb\.|geb(?=[ :])|d\.o\.b\.?|date" + Space + @"of" + Space + @"birth|birth" + Space + @"?date|born)|DOB)";

    /// <summary>A date right after a birth marker (up to three filler words between), or right before one.</summary>
    internal const string DateOfBirthPattern =
        @"(?<![\p{L}])" + BirthMarker + @"[ \t\u00A0:=,(\-]{0,4}(?:(?:(?i:op|in|on|is|was|per|te|de|den|het|klant|cliënt|client)|\p{Lu}[\p{Ll}'’\-]{1,20})[ \t\u00A0:,]{1,3}){0,3}?" + Date +
        @"|(?<![\p{L}\p{N}])" + Date + @"[ \t\u00A0,]{0,3}[(\[]?" + Space + @"?" + BirthMarker;

    private const string Tussenvoegsel = @"(?i:van|de|der|den|ter|ten|'t|el|al|la|le|du|da|di|von|vande|vander)";
    private const string NameToken = @"\p{Lu}[\p{Ll}'’][\p{L}'’\-]*";

    /// <summary>A capitalised name after a title: mevrouw Jansen, mw. Bakker, dhr. De Vries, de heer van den Berg.</summary>
    internal const string TitledNamePattern =
        @"(?<![\p{L}])(?i:mevrouw|mevr|mw|mej|juffrouw|meneer|mijnheer|mnr|dhr|de" + Space + @"heer|mr|mrs|dr|drs|ir|ing|prof)\.?" + Space + @"+" +
        @"(?<name>(?:(?:\p{Lu}\.)" + Space + @"?){0,4}(?:" + Tussenvoegsel + Space + @"+){0,3}(?<first>" + NameToken + @"))";

    /// <summary>A capitalised name right after a role or relation word: mijn klant Sanne, haar zoon Daan, genaamd Piet.</summary>
    internal const string RoleNamePattern =
        @"(?<![\p{L}])(?:(?i:klant|klante|cliënt|cliënte|client|cliente|deelnemer|deelneemster|bewoner|bewoonster|aanvrager|aanvraagster|werkzoekende|jongere|zoon|zoontje|dochter|dochtertje|kind|partner|ex-partner|ex|echtgenoot|echtgenote|man|vrouw|vriend|vriendin|moeder|vader|broer|broertje|zus|zusje|zuster|oom|tante|opa|oma|buurman|buurvrouw|schoonmoeder|schoonvader|stiefvader|stiefmoeder|familie|fam\.|gezin|genaamd)|(?i:roepnaam|voornaam|achternaam|naam)" + Space + @"*(?i:is|:))" +
        Space + @"+(?<name>(?<first>" + NameToken + @")(?:" + Space + @"+(?:" + Tussenvoegsel + Space + @"+){0,3}" + NameToken + @")?)";

    /// <summary>A labelled client, dossier, case or BSN number: klantnummer 123456, dossier 2024-1234, BSN: 1234.</summary>
    internal const string LabelledNumberPattern =
        @"(?<![\p{L}])(?<label>(?i:(?:klant|cliënt|client|relatie|registratie|referentie|dossier|zaak|bsn|sofi|burgerservice)" + Space + @"?[\-]?" + Space + @"?(?:nummer|nr|no|id)\.?|bsn|sofinummer|dossier|zaak|kenmerk|ons" + Space + @"kenmerk|uw" + Space + @"kenmerk))" +
        @"(?:" + Space + @"*(?:[:#=]|(?i:is|was|nr\.?|nummer|no\.?|begint" + Space + @"met|eindigt" + Space + @"op|luidt|van" + Space + @"de" + Space + @"klant" + Space + @"is)(?![\p{L}])))?" + Space + @"*[:#]?" + Space + @"*" +
        @"(?<id>[A-Za-z]{0,4}[\-/]?[0-9][0-9A-Za-z]{0,20}(?:(?:[\-/.]|" + Space + @"(?=[0-9]))[0-9A-Za-z]{1,12}){0,4})(?![\p{L}\p{N}])";


    private const string ObfuscatedDot =
        @"(?:[ \t]{0,3}(?:\.|(?i:\((?:dot|punt)\)|\[(?:dot|punt)\]|\{(?:dot|punt)\}|<(?:dot|punt)>))[ \t]{0,3}|[ \t]{1,3}(?i:dot|punt)[ \t]{1,3})";

    private const string ObfuscatedAt =
        @"(?:[ \t]{0,3}(?:@|(?i:\((?:at|a|apenstaartje|apestaartje)\)|\[(?:at|a|apenstaartje|apestaartje)\]|\{at\}|<at>))[ \t]{0,3}|[ \t]{1,3}(?i:at|apenstaartje|apestaartje|at-teken|at-sign)[ \t]{1,3})";

    private const string EmailWord = @"(?>[\p{L}\p{N}_%+\-]{1,64})";

    /// <summary>
    /// An e-mail address written to get past a filter: "a punt b at voorbeeld punt nl", "a [at] b [dot] com",
    /// "a . b @ voorbeeld . nl". The top-level domain must be a known one, so "at" and "punt" in prose stay prose.
    /// </summary>
    internal const string ObfuscatedEmailPattern =
        @"(?<![\p{L}\p{N}_%+\-.@])" + EmailWord + @"(?:" + ObfuscatedDot + EmailWord + @"){0,4}" + ObfuscatedAt + EmailWord +
        @"(?:" + ObfuscatedDot + EmailWord + @"){0,4}" + ObfuscatedDot +
        @"(?i:nl|com|net|org|eu|be|de|fr|uk|info|nu|biz|online|email|live|me|io|co|tk|frl|amsterdam)(?![\p{L}\p{N}])";

    /// <summary>A V-nummer (vreemdelingennummer) after its label: "V-nummer 1234567890", "vreemdelingennr: 12 34 56 78 90".</summary>
    internal const string VNumberPattern =
        @"(?<![\p{L}\p{N}])(?<label>(?i:v[\-\u2010 ]?(?:nummer|nr\.?|no\.?)|vnr\.?|vreemdelingen[\- ]?(?:nummer|nr\.?)|ind[\- ]?(?:nummer|nr\.?)))" +
        @"(?:[ \t\n:#=]+(?:\p{Ll}{1,12}[ \t:]+){0,4}?)?[ \t\n:#=]*" +
        @"(?<id>[0-9](?:[ .\-/]{0,2}[0-9]){3,14})(?![\p{N}])";

    /// <summary>
    /// A Dutch licence plate candidate (any sidecode: three groups, one separator or none), as a look-ahead at every word
    /// start so a candidate that fails in code never hides the next one; checked in code.
    /// </summary>
    internal const string LicencePlatePattern =
        @"(?<![\p{L}\p{N}\-])(?=(?<a>[A-Za-z0-9]{1,3})(?<s>[\-\u2010-\u2015 ]?)(?<b>[A-Za-z0-9]{2,3})\k<s>(?<c>[A-Za-z0-9]{1,3})(?![\p{L}\p{N}]|-[\p{L}\p{N}]))";

    private const string CapitalisedWord = @"\p{Lu}[\p{L}'’\-]+";

    /// <summary>
    /// A street without a street word, made recognisable by where it stands: after "woont (aan de)", "adres:" or
    /// "verhuisd naar": "woont Achterom 3", "adres: Lange Voorhout 12".
    /// </summary>
    internal const string ResidenceStreetPattern =
        @"(?<![\p{L}])(?i:woont|wonen|woonde|woonachtig|wonend|verhuisd|verhuist|verhuizen|ingeschreven|adres|woonadres|postadres|huisadres|bezoekadres)" +
        @"(?:[ \t:,]+(?i:nu|sinds|kort|tijdelijk|nog|al|aan|op|in|naar|de|het|te|bij|is|was|staat)){0,4}?[ \t:,]+" +
        @"(?<name>" + CapitalisedWord + @"(?:[ ](?:(?:van|de|der|den|het|ter|ten|'t|aan|op|in)[ ]){0,3}" + CapitalisedWord + @"){0,3})" + HouseNumber;

    /// <summary>A house number before its street: "op nummer 14 in de Vlierstraat", "nr. 3 aan het Spui".</summary>
    internal const string NumberInStreetPattern =
        @"(?<![\p{L}])(?i:huisnummer|nummer|nr\.?|no\.?)[ \t]?(?<nr>[0-9]{1,4})(?:[ ]?[a-zA-Z](?![\p{L}]))?[ \t,]+(?i:in|aan|op|van)[ \t](?i:de|het|'t)[ \t]" +
        @"(?<name>\p{Lu}[\p{L}'’\-]+|\p{Ll}[\p{L}'’\-]*(?:" + StreetSuffixes + @"))(?![\p{L}])";

    /// <summary>Street names that start with a word like Lange, Oude or Sint: "Lange Voorhout 12", "Oude Rijn 3".</summary>
    internal const string PrefixedStreetPattern =
        @"(?<![\p{L}\p{N}_])(?:Lange|Korte|Oude|Nieuwe|Hoge|Lage|Grote|Kleine|Achter|Binnen|Buiten|Boven|Beneden|Noord|Zuid|Oost|West|Sint|St\.|Burgemeester|Burg\.|Dokter|Dr\.|Prins|Prinses|Koning|Koningin|Graaf|Jonker|Pater|Pastoor|Kapitein|Generaal|Professor|Prof\.)" +
        @"[ ](?:(?:van|de|der|den|het|ter|ten|'t)[ ]){0,3}" + CapitalisedWord + @"(?:[ ]" + CapitalisedWord + @")?" + HouseNumber;

    /// <summary>Initials and a surname: "J. de Vries", "A.B. Bakker", "M.J.van Dam".</summary>
    internal const string InitialsNamePattern =
        @"(?<![\p{L}\p{N}.])(?<initials>(?:\p{Lu}\.[ ]?){1,4})(?:" + Tussenvoegsel + @"[ ]){0,3}(?<first>" + NameToken + @")";

    /// <summary>A capitalised word pair; the first must be a known first name (checked in code): "Sanne de Boer".</summary>
    internal const string FirstLastNamePattern =
        @"(?<![\p{L}\p{N}])(?<first>\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?)(?=[ ]+(?:" + Tussenvoegsel + @"[ ]+){0,3}(?<last>" + NameToken + @"))";

    private const RegexOptions Options = RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture;

    /// <summary>Time limit per match of the built-in patterns; generous because a cold start JIT-compiles them.</summary>
    internal const int DefaultTimeoutMilliseconds = 1000;

    /// <summary>The source-generated patterns: compiled at build time, no run-time code generation.</summary>
    public static PersonalDataPatterns Default { get; } = new(
        BsnRegex(), IbanStartRegex(), PhoneRegex(), EmailRegex(), PostcodeRegex(), StreetRegex(), MultiwordStreetRegex(),
        DateOfBirthRegex(), TitledNameRegex(), RoleNameRegex(), LabelledNumberRegex(), ObfuscatedEmailRegex(), VNumberRegex(),
        LicencePlateRegex(), ResidenceStreetRegex(), NumberInStreetRegex(), PrefixedStreetRegex(), InitialsNameRegex(), FirstLastNameRegex());

    /// <summary>Interpreted patterns with a custom time limit (used to exercise the timeout path).</summary>
    public PersonalDataPatterns(TimeSpan matchTimeout)
        : this(
            Make(BsnPattern, matchTimeout), Make(IbanStartPattern, matchTimeout), Make(PhonePattern, matchTimeout),
            Make(EmailPattern, matchTimeout), Make(PostcodePattern, matchTimeout), Make(StreetPattern, matchTimeout),
            Make(MultiwordStreetPattern, matchTimeout), Make(DateOfBirthPattern, matchTimeout),
            Make(TitledNamePattern, matchTimeout), Make(RoleNamePattern, matchTimeout), Make(LabelledNumberPattern, matchTimeout),
            Make(ObfuscatedEmailPattern, matchTimeout), Make(VNumberPattern, matchTimeout), Make(LicencePlatePattern, matchTimeout),
            Make(ResidenceStreetPattern, matchTimeout), Make(NumberInStreetPattern, matchTimeout), Make(PrefixedStreetPattern, matchTimeout),
            Make(InitialsNamePattern, matchTimeout), Make(FirstLastNamePattern, matchTimeout))
    {
    }

    private PersonalDataPatterns(
        Regex bsn, Regex ibanStart, Regex phone, Regex email, Regex postcode, Regex street, Regex multiwordStreet,
        Regex dateOfBirth, Regex titledName, Regex roleName, Regex labelledNumber, Regex obfuscatedEmail, Regex vNumber,
        Regex licencePlate, Regex residenceStreet, Regex numberInStreet, Regex prefixedStreet, Regex initialsName, Regex firstLastName)
    {
        ObfuscatedEmail = obfuscatedEmail;
        VNumber = vNumber;
        LicencePlate = licencePlate;
        ResidenceStreet = residenceStreet;
        NumberInStreet = numberInStreet;
        PrefixedStreet = prefixedStreet;
        InitialsName = initialsName;
        FirstLastName = firstLastName;
        Bsn = bsn;
        IbanStart = ibanStart;
        Phone = phone;
        Email = email;
        Postcode = postcode;
        Street = street;
        MultiwordStreet = multiwordStreet;
        DateOfBirth = dateOfBirth;
        TitledName = titledName;
        RoleName = roleName;
        LabelledNumber = labelledNumber;
    }

    public Regex Bsn { get; }
    public Regex IbanStart { get; }
    public Regex Phone { get; }
    public Regex Email { get; }
    public Regex Postcode { get; }
    public Regex Street { get; }
    public Regex MultiwordStreet { get; }
    public Regex DateOfBirth { get; }
    public Regex TitledName { get; }
    public Regex RoleName { get; }
    public Regex LabelledNumber { get; }
    public Regex ObfuscatedEmail { get; }
    public Regex VNumber { get; }
    public Regex LicencePlate { get; }
    public Regex ResidenceStreet { get; }
    public Regex NumberInStreet { get; }
    public Regex PrefixedStreet { get; }
    public Regex InitialsName { get; }
    public Regex FirstLastName { get; }

    private static Regex Make(string pattern, TimeSpan matchTimeout) => new(pattern, Options, matchTimeout);

    [GeneratedRegex(BsnPattern, Options, DefaultTimeoutMilliseconds)]
    private static partial Regex BsnRegex();

    [GeneratedRegex(IbanStartPattern, Options, DefaultTimeoutMilliseconds)]
    private static partial Regex IbanStartRegex();

    [GeneratedRegex(PhonePattern, Options, DefaultTimeoutMilliseconds)]
    private static partial Regex PhoneRegex();

    [GeneratedRegex(EmailPattern, Options, DefaultTimeoutMilliseconds)]
    private static partial Regex EmailRegex();

    [GeneratedRegex(PostcodePattern, Options, DefaultTimeoutMilliseconds)]
    private static partial Regex PostcodeRegex();

    [GeneratedRegex(StreetPattern, Options, DefaultTimeoutMilliseconds)]
    private static partial Regex StreetRegex();

    [GeneratedRegex(MultiwordStreetPattern, Options, DefaultTimeoutMilliseconds)]
    private static partial Regex MultiwordStreetRegex();

    [GeneratedRegex(DateOfBirthPattern, Options, DefaultTimeoutMilliseconds)]
    private static partial Regex DateOfBirthRegex();

    [GeneratedRegex(TitledNamePattern, Options, DefaultTimeoutMilliseconds)]
    private static partial Regex TitledNameRegex();

    [GeneratedRegex(RoleNamePattern, Options, DefaultTimeoutMilliseconds)]
    private static partial Regex RoleNameRegex();

    [GeneratedRegex(LabelledNumberPattern, Options, DefaultTimeoutMilliseconds)]
    private static partial Regex LabelledNumberRegex();

    [GeneratedRegex(ObfuscatedEmailPattern, Options, DefaultTimeoutMilliseconds)]
    private static partial Regex ObfuscatedEmailRegex();

    [GeneratedRegex(VNumberPattern, Options, DefaultTimeoutMilliseconds)]
    private static partial Regex VNumberRegex();

    [GeneratedRegex(LicencePlatePattern, Options, DefaultTimeoutMilliseconds)]
    private static partial Regex LicencePlateRegex();

    [GeneratedRegex(ResidenceStreetPattern, Options, DefaultTimeoutMilliseconds)]
    private static partial Regex ResidenceStreetRegex();

    [GeneratedRegex(NumberInStreetPattern, Options, DefaultTimeoutMilliseconds)]
    private static partial Regex NumberInStreetRegex();

    [GeneratedRegex(PrefixedStreetPattern, Options, DefaultTimeoutMilliseconds)]
    private static partial Regex PrefixedStreetRegex();

    [GeneratedRegex(InitialsNamePattern, Options, DefaultTimeoutMilliseconds)]
    private static partial Regex InitialsNameRegex();

    [GeneratedRegex(FirstLastNamePattern, Options, DefaultTimeoutMilliseconds)]
    private static partial Regex FirstLastNameRegex();

    private const string HouseNumberLabel = @"(?i:huisnummer|huisnr\.?|nummer|nr\.?|hnr\.?)";

    /// <summary>Ends with a house number that belongs to the postcode after it: "huisnummer 12, postcode ", "12, ".</summary>
    internal const string HouseNumberBeforePattern =
        @"(?:" + HouseNumberLabel + @"[ :]*[0-9]{1,5}[a-zA-Z]?|(?<![\p{L}\p{N}.,])[0-9]{1,5}[a-zA-Z]?[ ]*[,;/])[ \n]*(?:(?i:en|met)[ ])?(?i:postcode[ :\n]*)?$";

    /// <summary>Starts with a labelled house number that belongs to the postcode before it: ", huisnummer 12".</summary>
    internal const string HouseNumberAfterPattern =
        @"^[ \n]*[,;/\-]?[ \n]*(?:(?i:en|met)[ ])?" + HouseNumberLabel + @"[ :]*[0-9]{1,5}(?![0-9])";

    /// <summary>Short look-arounds of a postcode (at most 40 characters each); no timeout needed.</summary>
    public Regex HouseNumberBefore { get; } = HouseNumberBeforeRegex();

    public Regex HouseNumberAfter { get; } = HouseNumberAfterRegex();

    [GeneratedRegex(HouseNumberBeforePattern, Options)]
    private static partial Regex HouseNumberBeforeRegex();

    [GeneratedRegex(HouseNumberAfterPattern, Options)]
    private static partial Regex HouseNumberAfterRegex();
}
