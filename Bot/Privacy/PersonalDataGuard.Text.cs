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
            var hasPlace = match.Groups["city"].Success && !isAcronym;
            if (hasHouseNumber || hasPlace || (!isAcronym && PrecededByPostcodeLabel(text, match.Index)))
            {
                Add(found, IdentifierKind.PostcodeHouseNumber, match);
            }
        }
    }

    private static bool PrecededByPostcodeLabel(string text, int index)
    {
        var from = Math.Max(0, index - 16);
        return text.AsSpan(from, index - from).Contains("postcode", StringComparison.OrdinalIgnoreCase);
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
