using System.Text.RegularExpressions;
using Microsoft.Extensions.Logging;

namespace IntervisieBot.Privacy;

/// <summary>
/// Finds client identifiers in free text with regular expressions for candidates and code for checksums and
/// context (11-proef, mod-97, phone number structure, labels, stop words). Pure C#: no protocol types.
/// Fails closed: a text too long to scan, or a detector that times out, makes the result not clean.
/// </summary>
public sealed partial class PersonalDataGuard : IPersonalDataGuard
{
    /// <summary>Texts longer than this are not scanned and are never clean.</summary>
    public const int MaxTextLength = 500_000;

    /// <summary>At most this many findings are reported; a text that has them is not clean anyway.</summary>
    public const int MaxFindings = 1_000;

    /// <summary>When findings overlap, the kind earlier in this list wins (an IBAN's digits are not a phone number).</summary>
    private static readonly IdentifierKind[] Priority =
    [
        IdentifierKind.Email, IdentifierKind.Iban, IdentifierKind.DateOfBirth, IdentifierKind.VNumber, IdentifierKind.ClientNumber,
        IdentifierKind.Bsn, IdentifierKind.Phone, IdentifierKind.LicencePlate, IdentifierKind.PostcodeHouseNumber,
        IdentifierKind.StreetAddress, IdentifierKind.PersonName,
    ];

    private readonly ILogger<PersonalDataGuard> logger;
    private readonly PersonalDataPatterns patterns;
    private readonly (IdentifierKind Kind, Action<string, List<IdentifierFinding>> Detect)[] detectors;

    public PersonalDataGuard(ILogger<PersonalDataGuard> logger)
        : this(logger, PersonalDataPatterns.Default)
    {
    }

    /// <summary>A guard with its own (uncompiled) regexes and match timeout; for tests of the timeout path.</summary>
    internal PersonalDataGuard(ILogger<PersonalDataGuard> logger, TimeSpan matchTimeout)
        : this(logger, new PersonalDataPatterns(matchTimeout))
    {
    }

    private PersonalDataGuard(ILogger<PersonalDataGuard> logger, PersonalDataPatterns patterns)
    {
        this.logger = logger;
        this.patterns = patterns;
        detectors =
        [
            (IdentifierKind.Email, DetectEmail),
            (IdentifierKind.Iban, DetectIban),
            (IdentifierKind.DateOfBirth, DetectDateOfBirth),
            (IdentifierKind.VNumber, DetectVNumber),
            (IdentifierKind.ClientNumber, DetectLabelledNumber),
            (IdentifierKind.Bsn, DetectBsn),
            (IdentifierKind.Phone, DetectPhone),
            (IdentifierKind.Bsn, DetectDigitRuns),
            (IdentifierKind.LicencePlate, DetectLicencePlate),
            (IdentifierKind.PostcodeHouseNumber, DetectPostcode),
            (IdentifierKind.StreetAddress, DetectStreet),
            (IdentifierKind.PersonName, DetectName),
        ];
    }

    public GuardResult Check(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return GuardResult.Clean;
        }

        if (text.Length > MaxTextLength)
        {
            PrivacyLog.TextTooLong(logger, text.Length, MaxTextLength);
            return new GuardResult([], scanIncomplete: true);
        }

        // Detectors read the normalised text (NFKC, no invisible characters, number words as digits); findings are
        // mapped back to the characters the writer typed.
        var normalized = NormalizedText.Create(text);
        var scanned = normalized.Text;
        var found = new List<IdentifierFinding>();
        var incomplete = false;
        foreach (var (kind, detect) in detectors)
        {
            if (!TryDetect(detect, scanned, found))
            {
                incomplete = true;
                PrivacyLog.DetectorTimedOut(logger, kind, text.Length);
            }
        }

        var result = new GuardResult([.. Resolve(found).Select(normalized.ToOriginal)], incomplete);
        if (result.Findings.Count > 0)
        {
            PrivacyLog.IdentifiersFound(logger, result.Findings.Count, string.Join(",", result.Kinds));
        }

        return result;
    }

    /// <summary>
    /// Runs one detector; on a timeout it retries once from scratch (the first match after start-up includes JIT
    /// time), then gives up. False means the detector could not finish.
    /// </summary>
    private static bool TryDetect(Action<string, List<IdentifierFinding>> detect, string text, List<IdentifierFinding> found)
    {
        for (var attempt = 0; attempt < 2; attempt++)
        {
            var before = found.Count;
            try
            {
                detect(text, found);
                return true;
            }
            catch (RegexMatchTimeoutException)
            {
                found.RemoveRange(before, found.Count - before);
            }
        }

        return false;
    }

    private static List<IdentifierFinding> Resolve(List<IdentifierFinding> found)
    {
        var accepted = new List<IdentifierFinding>();
        foreach (var candidate in found.OrderBy(f => Array.IndexOf(Priority, f.Kind)).ThenBy(f => f.Start))
        {
            if (accepted.Count >= MaxFindings)
            {
                break;
            }

            if (!accepted.Exists(a => a.Overlaps(candidate)))
            {
                accepted.Add(candidate);
            }
        }

        return accepted;
    }

    private static IEnumerable<Match> Matches(Regex regex, string text, List<IdentifierFinding> found)
    {
        for (var match = regex.Match(text); match.Success && found.Count < MaxFindings * 4; match = match.NextMatch())
        {
            yield return match;
        }
    }

    private static void Add(List<IdentifierFinding> found, IdentifierKind kind, int start, int end) =>
        found.Add(new IdentifierFinding(kind, start, end - start));

    private static void Add(List<IdentifierFinding> found, IdentifierKind kind, Match match) =>
        found.Add(new IdentifierFinding(kind, match.Index, match.Length));

    /// <summary>The word that follows position <paramref name="end"/> (skipping spaces), or empty.</summary>
    private static ReadOnlySpan<char> NextWord(string text, int end)
    {
        var i = end;
        while (i < text.Length && text[i] is ' ' or '\t' or '\u00A0')
        {
            i++;
        }

        var start = i;
        while (i < text.Length && (char.IsLetterOrDigit(text[i]) || text[i] is '\'' or '%'))
        {
            i++;
        }

        return text.AsSpan(start, i - start);
    }

    private static bool FollowedByCountUnit(string text, int end) =>
        PersonalDataWords.CountUnits.GetAlternateLookup<ReadOnlySpan<char>>().Contains(NextWord(text, end));

    private static int CountDigits(ReadOnlySpan<char> value)
    {
        var count = 0;
        foreach (var c in value)
        {
            if (char.IsAsciiDigit(c))
            {
                count++;
            }
        }

        return count;
    }

    private static string DigitsOf(ReadOnlySpan<char> value)
    {
        var buffer = new char[value.Length];
        var n = 0;
        foreach (var c in value)
        {
            if (char.IsAsciiDigit(c))
            {
                buffer[n++] = c;
            }
        }

        return new string(buffer, 0, n);
    }
}
