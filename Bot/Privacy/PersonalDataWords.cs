using System.Collections.Frozen;

namespace IntervisieBot.Privacy;

/// <summary>Word lists that keep ordinary Dutch casus language from being mistaken for identifiers.</summary>
internal static class PersonalDataWords
{
    /// <summary>Capitalised words that follow a title or role word but are not names (case-insensitive).</summary>
    public static FrozenSet<string> NotNames { get; } = new[]
    {
        // function words, pronouns, question words (a capital after "klant:" may start a new sentence)
        "De", "Het", "Een", "Hij", "Zij", "Ze", "Ik", "Wij", "We", "Jij", "Je", "U", "Die", "Dat", "Deze", "Dit", "Er",
        "Daar", "Hier", "Toen", "Nu", "Maar", "En", "Of", "Want", "Omdat", "Als", "Dan", "Ook", "Wel", "Niet", "Geen",
        "Hoe", "Wat", "Waarom", "Wie", "Wanneer", "Waar", "Welke", "Welk", "Kan", "Kun", "Kunnen", "Moet", "Mag", "Wil",
        "Heeft", "Had", "Is", "Was", "Ben", "Zijn", "Gaat", "Ging", "Komt", "Kwam", "Zegt", "Zei", "Vindt", "Vond",
        "Volgens", "Na", "Voor", "Bij", "Met", "Zonder", "Sinds", "Tijdens", "Daarna", "Eerst", "Verder", "Ja", "Nee",
        "Oké", "Ok", "Graag", "Dank", "Hallo", "Beste", "Groet", "Groeten",
        "Op", "In", "Aan", "Om", "Te", "Tot", "Naar", "Uit", "Over", "Onder", "Door", "Vanaf", "Van", "Tegen", "Zo",
        "Goed", "Slecht", "Prima", "Niks", "Niets", "Alles", "Iedereen", "Niemand",
        // days and months
        "Maandag", "Dinsdag", "Woensdag", "Donderdag", "Vrijdag", "Zaterdag", "Zondag",
        "Januari", "Februari", "Maart", "April", "Mei", "Juni", "Juli", "Augustus", "September", "Oktober", "November", "December",
        // languages and nationalities
        "Nederlands", "Nederlandse", "Nederlander", "Engels", "Engelse", "Arabisch", "Arabische", "Turks", "Turkse",
        "Pools", "Poolse", "Marokkaans", "Marokkaanse", "Syrisch", "Syrische", "Eritrees", "Eritrese", "Somalisch",
        "Somalische", "Oekraïens", "Oekraïense", "Afghaans", "Afghaanse", "Duits", "Duitse", "Frans", "Franse",
        "Spaans", "Spaanse", "Surinaams", "Surinaamse", "Antilliaans", "Antilliaanse", "Koerdisch", "Koerdische",
        "Berbers", "Portugees", "Portugese", "Roemeens", "Roemeense", "Bulgaars", "Bulgaarse", "Tigrinya", "Farsi",
        "Dari", "Russisch", "Russische", "Iraaks", "Iraakse", "Iraans", "Iraanse", "Chinees", "Chinese", "Indisch",
        "Kaapverdisch", "Papiaments", "Fries", "Friese", "Europees", "Europese",
        // organisations, laws, schemes and programmes klantmanagers mention
        "Wmo", "Wajong", "Tozo", "Bbz", "Ioaw", "Ioaz", "Anw", "Aow", "Wia", "Wga", "Ww", "Divosa", "Wijkteam",
        "Werkplein", "Gemeente", "Stichting", "Sociaal", "Sociale", "Schuldhulpverlening", "Schuldhulp", "Humanitas",
        "Vluchtelingenwerk", "Belastingdienst", "Toeslagen", "Jobcoach", "Jeugdzorg", "Veilig", "Reclassering",
        "Kredietbank", "Voedselbank", "Leger", "Zorgverzekeraar", "Huisarts", "Praktijkondersteuner", "Jongerenloket",
        "Werkgever", "Werkgevers", "Participatie", "Bijstand", "Schulinck", "Stimulansz", "Teams", "Outlook", "Word",
        "Excel", "Corona", "Covid", "Kerst", "Kerstmis", "Pasen", "Ramadan", "Suikerfeest", "Offerfeest", "Zorg",
        // places
        "Nederland", "Amsterdam", "Rotterdam", "Utrecht", "Den", "Eindhoven", "Groningen", "Tilburg", "Almere", "Breda",
        "Nijmegen", "Apeldoorn", "Haarlem", "Arnhem", "Enschede", "Amersfoort", "Zaanstad", "Zwolle", "Leiden",
        "Maastricht", "Dordrecht", "Zoetermeer", "Deventer", "Delft", "Leeuwarden", "Alkmaar", "Venlo", "Helmond",
        "Syrië", "Turkije", "Marokko", "Polen", "Eritrea", "Somalië", "Oekraïne", "Afghanistan", "Suriname", "Irak",
        "Iran", "Duitsland", "België", "Europa", "Afrika", "Azië",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>Compounds with a street suffix that are ordinary words or programmes, not streets.</summary>
    public static FrozenSet<string> NotStreets { get; } = new[]
    {
        "werkplein", "leerplein", "zorgplein", "kennisplein", "jongerenplein", "ondernemersplein", "leerpad", "zorgpad",
        "werkpad", "ontwikkelpad", "groeipad", "stappenpad", "loopbaan", "startbaan", "arbeidsmarkt", "banenmarkt",
        "werkveld", "speelveld", "beleidsveld", "krachtveld", "vakgebied", "zorgweg", "werkweg", "tussenweg", "omweg",
        "middenweg", "snelweg", "jaarmarkt", "zorgmarkt", "woningmarkt", "huurmarkt", "bedrijfspark",
        "moestuin", "volkstuin", "achtertuin", "voortuin", "dierentuin", "beweegtuin", "buurttuin",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>Street suffixes reliable enough to accept even in a lower-case street name ("de kerkstraat 12").</summary>
    public static FrozenSet<string> LowercaseStreetSuffixes { get; } = new[]
    {
        "straat", "straatje", "straatweg", "laan", "laantje", "gracht", "plein", "pleintje", "singel", "steeg", "dreef",
        "kade", "plantsoen", "burgwal", "boulevard", "allee",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Words after a number that make it a count or duration rather than a house number.</summary>
    public static FrozenSet<string> CountUnits { get; } = new[]
    {
        "uur", "uren", "jaar", "jaren", "maand", "maanden", "week", "weken", "dag", "dagen", "keer", "minuten", "min",
        "procent", "euro", "eur", "kinderen", "kind", "klanten", "mensen", "personen", "deelnemers", "medewerkers",
        "collega's", "km", "kilometer", "meter", "plekken", "plaatsen", "trajecten", "cliënten", "sessies",
        "gesprekken", "brieven", "x", "stuks", "sollicitaties", "vacatures", "bijeenkomsten", "woningen", "huizen",
        "banen", "rondjes", "rondje", "uurtjes", "dagdelen", "ochtenden", "middagen", "avonden",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>Postcode letter pairs that are also benefit acronyms; such a "postcode" needs a house number.</summary>
    public static FrozenSet<string> AcronymLetterPairs { get; } = new[] { "WW", "ZW", "PW", "AO", "IO", "EU", "NL", "AI" }
        .ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>Common Dutch first names, shipped with the bot (Privacy/FirstNames.txt, embedded).</summary>
    public static FrozenSet<string> FirstNames { get; } = LoadFirstNames();

    /// <summary>First names that are also ordinary words: a name only inside a sentence, where the capital means one.</summary>
    public static FrozenSet<string> OrdinaryWordFirstNames { get; } = new[]
    {
        "Roos", "Mark", "Bas", "Noor", "Floor", "Max", "Kim", "Rob", "Jim", "Job", "Pim", "Sam", "Hans", "Vera", "Merel",
        "Isa", "Eva", "Lieve", "Saar", "Ton", "Cor", "Jos", "Ben", "Bram", "Tom", "Rick", "Ann", "Anne", "Lena", "Nora",
        "Rosa", "Levi", "Dana", "Ella", "Julie", "Mila", "Olga", "Ali", "Said", "Hein", "Els", "Henny", "Bert", "Harry",
        "Arie", "Finn", "Teun", "Tim", "Theo", "Leo", "Sem", "Maria", "Marie", "Hilde", "Joke", "Wim",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Capitalised words that open a sentence; never a surname after a first name or an initial.</summary>
    public static FrozenSet<string> SentenceWords { get; } = new[]
    {
        "Hierin", "Hierbij", "Hierdoor", "Daarin", "Daarbij", "Daardoor", "Daarom", "Daarna", "Dus", "Toch", "Misschien",
        "Inmiddels", "Uiteindelijk", "Gelukkig", "Helaas", "Vervolgens", "Ondertussen", "Intussen", "Bovendien", "Echter",
        "Zij", "Hij", "Ze", "Ik", "We", "Wij", "Het", "De", "Een", "Die", "Dat", "Deze", "Dit", "Er", "En", "Maar", "Of",
        "Want", "Als", "Toen", "Nu", "Ook", "Wel", "Niet", "Geen", "Zie", "Let", "Bel", "Mail", "Graag", "Samen",
        "Klant", "Cliënt", "Mevrouw", "Meneer", "Volgende", "Vorige", "Eerst", "Verder", "Tot", "Kortom", "Overigens",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Words before a single capital that make it a label ("bijlage A", "stap B"), not an initial.</summary>
    public static FrozenSet<string> ListWords { get; } = new[]
    {
        "bijlage", "stap", "optie", "punt", "categorie", "groep", "fase", "type", "klasse", "niveau", "plan", "scenario",
        "vraag", "artikel", "lid", "sub", "onderdeel", "route", "variant", "versie", "blok", "module", "bijl", "figuur",
        "tabel", "pagina", "hoofdstuk", "deel", "ronde", "team", "afdeling", "gebouw", "vleugel", "zaal", "kamer",
        "lokaal", "vitamine", "rijbewijs", "klas", "plaats", "casus", "voorbeeld", "situatie", "kant", "zijde", "trede",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>Words after a name that make it an organisation or place ("Anne Frank Stichting", "Sint Antonius Ziekenhuis").</summary>
    public static FrozenSet<string> OrganisationWords { get; } = new[]
    {
        "Stichting", "Huis", "School", "College", "Ziekenhuis", "Kliniek", "Centrum", "Fonds", "Lyceum", "Academie",
        "Gasthuis", "Prijs", "Plein", "Straat", "Laan", "Park", "Instituut", "Museum", "Foundation", "Zorg", "Groep",
        "Hogeschool", "Universiteit", "Kerk", "Moskee", "Buurthuis", "Wijkcentrum",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>Two-letter Dutch words: "2024 en", "1990 op" are no postcodes.</summary>
    public static FrozenSet<string> TwoLetterWords { get; } = new[]
    {
        "en", "in", "op", "of", "om", "te", "is", "de", "al", "na", "nu", "zo", "ja", "ik", "je", "we", "ze", "er", "uw",
        "ga", "do", "af", "an", "as", "at", "by", "if", "it", "me", "my", "no", "on", "or", "so", "to", "up", "us", "pc",
        "tv", "wc", "ok", "hr", "id", "bv", "ca", "cq", "dm", "vs", "zn", "mn", "dr", "ex", "eu", "nl", "ww", "zw", "pw",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    private static FrozenSet<string> LoadFirstNames()
    {
        using var stream = typeof(PersonalDataWords).Assembly.GetManifestResourceStream("IntervisieBot.Privacy.FirstNames.txt")
            ?? throw new InvalidOperationException("Embedded resource IntervisieBot.Privacy.FirstNames.txt is missing.");
        using var reader = new StreamReader(stream);
        var names = new List<string>();
        while (reader.ReadLine() is { } line)
        {
            var name = line.Trim();
            if (name.Length > 0 && !name.StartsWith('#'))
            {
                names.Add(name);
            }
        }

        return names.ToFrozenSet(StringComparer.Ordinal);
    }
}
