using System.Text.RegularExpressions;

namespace IntervisieBot.Privacy;

/// <summary>Word-shaped identifiers: e-mail, addresses, dates of birth and names after a title or role word.</summary>
public sealed partial class PersonalDataGuard
{
    private void DetectEmail(string text, List<IdentifierFinding> found)
    {
        foreach (var match in Matches(patterns.Email, text, found))
        {
            Add(found, IdentifierKind.Email, match);
        }

        foreach (var match in Matches(patterns.ObfuscatedEmail, text, found))
        {
            Add(found, IdentifierKind.Email, match);
        }
    }

    private void DetectPostcode(string text, List<IdentifierFinding> found)
    {
        foreach (var match in Matches(patterns.Postcode, text, found))
        {
            var letters = match.Groups["letters"].Value;
            var number = match.Groups["nr"];
            var hasHouseNumber = number.Success && !FollowedByCountUnit(text, match.Index + match.Length)
                && !IsYearLike(number.ValueSpan);
            var isAcronym = PersonalDataWords.AcronymLetterPairs.Contains(letters);
            var labelled = PrecededByLabel(text, match.Index, PostcodeLabels, 16);
            var nearHouseNumber = hasHouseNumber || HouseNumberAround(text, match.Index, match.Index + match.Length);

            // The printed forms (1234 AB, 1234AB, 1234ab) count with a place, a label or a house number; any other
            // case ("1234 ab", "1234 Ab") only with a house number or a label, and never when the letters are a word.
            var printed = letters.All(char.IsUpper) || (match.Groups["space"].Length == 0 && letters.All(char.IsLower));
            if (!printed)
            {
                if (!PersonalDataWords.TwoLetterWords.Contains(letters) && (nearHouseNumber || labelled))
                {
                    Add(found, IdentifierKind.PostcodeHouseNumber, match);
                }

                continue;
            }

            var hasPlace = match.Groups["city"].Success && !isAcronym;
            if (nearHouseNumber || hasPlace || (!isAcronym && labelled))
            {
                Add(found, IdentifierKind.PostcodeHouseNumber, match);
            }
        }
    }

    private static readonly string[] PostcodeLabels = ["postcode"];

    /// <summary>"huisnummer 12, postcode 1234 AB", "12, 1234 AB", "1234 AB, huisnummer 12": a house number on either side.</summary>
    private bool HouseNumberAround(string text, int start, int end)
    {
        var from = Math.Max(0, start - 40);
        var to = Math.Min(text.Length, end + 40);
        return patterns.HouseNumberBefore.IsMatch(text.AsSpan(from, start - from))
               || patterns.HouseNumberAfter.IsMatch(text.AsSpan(end, to - end));
    }

    private static bool IsYearLike(ReadOnlySpan<char> number) =>
        number.Length == 4 && (number.StartsWith("19", StringComparison.Ordinal) || number.StartsWith("20", StringComparison.Ordinal));

    private void DetectStreet(string text, List<IdentifierFinding> found)
    {
        foreach (var match in Matches(patterns.Street, text, found))
        {
            var name = match.Groups["name"].Value;
            var suffix = match.Groups["suffix"].Value;
            var stemLength = name.Length - suffix.Length;
            var acceptedCase = char.IsUpper(name[0]) || PersonalDataWords.LowercaseStreetSuffixes.Contains(suffix);
            if (stemLength >= 2 && acceptedCase && !PersonalDataWords.NotStreets.Contains(name) && IsHouseNumber(text, match))
            {
                Add(found, IdentifierKind.StreetAddress, match);
            }
        }

        foreach (var match in Matches(patterns.MultiwordStreet, text, found))
        {
            if (IsHouseNumber(text, match))
            {
                Add(found, IdentifierKind.StreetAddress, match);
            }
        }

        foreach (var match in Matches(patterns.PrefixedStreet, text, found))
        {
            if (IsHouseNumber(text, match))
            {
                Add(found, IdentifierKind.StreetAddress, match);
            }
        }

        // without a street word: "woont Achterom 3", "adres: Lange Voorhout 12", "nummer 14 in de Vlierstraat"
        foreach (var match in Matches(patterns.ResidenceStreet, text, found))
        {
            var name = match.Groups["name"];
            var firstWord = name.Value.Split(' ')[0];
            if (IsHouseNumber(text, match) && !PersonalDataWords.NotNames.Contains(firstWord))
            {
                Add(found, IdentifierKind.StreetAddress, name.Index, match.Index + match.Length);
            }
        }

        foreach (var match in Matches(patterns.NumberInStreet, text, found))
        {
            var name = match.Groups["name"].Value;
            if (!PersonalDataWords.NotNames.Contains(name) && !IsYearLike(match.Groups["nr"].ValueSpan))
            {
                Add(found, IdentifierKind.StreetAddress, match);
            }
        }
    }

    private static bool IsHouseNumber(string text, Match match) =>
        !IsYearLike(match.Groups["nr"].ValueSpan) && !FollowedByCountUnit(text, match.Index + match.Length);

    private void DetectDateOfBirth(string text, List<IdentifierFinding> found)
    {
        foreach (var match in Matches(patterns.DateOfBirth, text, found))
        {
            Add(found, IdentifierKind.DateOfBirth, match);
        }
    }

    private void DetectName(string text, List<IdentifierFinding> found)
    {
        foreach (var match in Matches(patterns.TitledName, text, found))
        {
            if (IsPlausibleName(match.Groups["first"].Value))
            {
                Add(found, IdentifierKind.PersonName, match);
            }
        }

        foreach (var match in Matches(patterns.RoleName, text, found))
        {
            if (IsPlausibleName(match.Groups["first"].Value))
            {
                Add(found, IdentifierKind.PersonName, match);
            }
        }

        foreach (var match in Matches(patterns.InitialsName, text, found))
        {
            var surname = match.Groups["first"].Value;
            var single = match.Groups["initials"].Value.Count(c => c == '.') == 1;
            if (IsPlausibleName(surname) && !(single && (PersonalDataWords.SentenceWords.Contains(surname) || AfterListWord(text, match.Index))))
            {
                Add(found, IdentifierKind.PersonName, match);
            }
        }

        foreach (var match in Matches(patterns.FirstLastName, text, found))
        {
            var first = match.Groups["first"].Value;
            var last = match.Groups["last"];
            if (IsFirstNameAndSurname(text, match.Index, first, last.Value, last.Index + last.Length))
            {
                Add(found, IdentifierKind.PersonName, match.Index, last.Index + last.Length);
            }
        }
    }

    private static readonly string[] NotSurnameEndings =
        ["straat", "laan", "weg", "plein", "gracht", "kade", "singel", "dijk", "park", "school", "college", "huis", "kliniek", "centrum", "stichting"];

    /// <summary>
    /// A known first name followed by a capitalised surname ("Sanne de Boer"). A first name that is also an ordinary word
    /// (Roos, Mark, Hoop) counts only inside a sentence, where a capital means a name; an organisation, street or place
    /// after it ("Anne Frank Stichting", "Anna Paulownastraat") is no person.
    /// </summary>
    private static bool IsFirstNameAndSurname(string text, int start, string first, string last, int end)
    {
        var given = first.Split('-')[0];
        if (!PersonalDataWords.FirstNames.Contains(given) || !IsPlausibleName(last) || PersonalDataWords.NotNames.Contains(last)
            || PersonalDataWords.SentenceWords.Contains(last) || PersonalDataWords.NotNames.Contains(given))
        {
            return false;
        }

        foreach (var ending in NotSurnameEndings)
        {
            if (last.EndsWith(ending, StringComparison.OrdinalIgnoreCase))
            {
                return false;
            }
        }

        if (PersonalDataWords.OrganisationWords.Contains(NextWord(text, end).ToString()))
        {
            return false;
        }

        return !PersonalDataWords.OrdinaryWordFirstNames.Contains(given) || !AtSentenceStart(text, start);
    }

    private static bool AtSentenceStart(string text, int index)
    {
        var i = index - 1;
        while (i >= 0 && text[i] is ' ' or '\t' or '"' or '\'' or '(' or '*' or '-')
        {
            i--;
        }

        return i < 0 || text[i] is '.' or '!' or '?' or ':' or '\n' or ';';
    }

    /// <summary>"bijlage A. Daarin", "stap B. Bel": a single capital after a list word is a label, not an initial.</summary>
    private static bool AfterListWord(string text, int index)
    {
        var i = index - 1;
        while (i >= 0 && text[i] == ' ')
        {
            i--;
        }

        var end = i + 1;
        while (i >= 0 && char.IsLetter(text[i]))
        {
            i--;
        }

        return PersonalDataWords.ListWords.Contains(text[(i + 1)..end]);
    }

    private static readonly string[] NotNameEndings = ["wet", "regeling", "isch", "ische", "aans", "aanse"];

    private static readonly string[] Tussenvoegsels = ["de", "van", "der", "den", "ter", "ten", "el", "al", "la", "le"];

    /// <summary>
    /// False for capitalised words that are not names: stop words, laws (…wet), adjectives of nationality
    /// (…isch, …aanse) and compounds like "Wmo-indicatie" (a hyphen followed by a lower-case word that is not a
    /// tussenvoegsel, unlike "Bakker-de Jong").
    /// </summary>
    private static bool IsPlausibleName(string token)
    {
        var parts = token.Split('-');
        if (PersonalDataWords.NotNames.Contains(token) || PersonalDataWords.NotNames.Contains(parts[0]))
        {
            return false;
        }

        foreach (var ending in NotNameEndings)
        {
            if (parts[0].EndsWith(ending, StringComparison.OrdinalIgnoreCase))
            {
                return false;
            }
        }

        for (var i = 1; i < parts.Length; i++)
        {
            if (parts[i].Length > 0 && char.IsLower(parts[i][0]) && !Tussenvoegsels.Contains(parts[i]))
            {
                return false;
            }
        }

        return true;
    }
}
