using System.Collections.Frozen;

namespace IntervisieBot.Privacy;

/// <summary>Other numbers that point at one person: a kenteken (licence plate) and a V-nummer (vreemdelingennummer).</summary>
public sealed partial class PersonalDataGuard
{
    /// <summary>
    /// Every Dutch sidecode (1–14) as a shape of letters (L) and digits (D) with its group lengths: XX-99-99 … 999-XX-9.
    /// </summary>
    private static readonly FrozenDictionary<string, (int A, int B, int C)> Sidecodes = new Dictionary<string, (int, int, int)>
    {
        ["LLDDDD"] = (2, 2, 2), ["DDDDLL"] = (2, 2, 2), ["DDLLDD"] = (2, 2, 2), ["LLDDLL"] = (2, 2, 2),
        ["LLLLDD"] = (2, 2, 2), ["DDLLLL"] = (2, 2, 2), ["DDLLLD"] = (2, 3, 1), ["DLLLDD"] = (1, 3, 2),
        ["LLDDDL"] = (2, 3, 1), ["LDDDLL"] = (1, 3, 2), ["LLLDDL"] = (3, 2, 1), ["LDDLLL"] = (1, 2, 3),
        ["DLLDDD"] = (1, 2, 3), ["DDDLLD"] = (3, 2, 1),
    }.ToFrozenDictionary(StringComparer.Ordinal);

    private static readonly string[] PlateLabels = ["kenteken", "nummerbord", "nummerplaat", "kentekenplaat", "plaat"];

    private void DetectLicencePlate(string text, List<IdentifierFinding> found)
    {
        foreach (var match in Matches(patterns.LicencePlate, text, found))
        {
            var (a, b, c) = (match.Groups["a"].Value, match.Groups["b"].Value, match.Groups["c"].Value);
            var compact = a + b + c;
            if (compact.Length != 6)
            {
                continue;
            }

            var shape = string.Create(6, compact, static (span, value) =>
            {
                for (var i = 0; i < 6; i++)
                {
                    span[i] = char.IsAsciiDigit(value[i]) ? 'D' : 'L';
                }
            });
            if (!Sidecodes.TryGetValue(shape, out var lengths))
            {
                continue;
            }

            var separator = match.Groups["s"].Value;
            var grouped = separator.Length > 0 && (a.Length, b.Length, c.Length) == lengths;
            var labelled = PrecededByLabel(text, match.Index, PlateLabels, 30);

            // Written as on the plate (upper case, dashes) it needs no label; any other way only after "kenteken".
            var asOnPlate = grouped && separator != " " && !compact.Any(char.IsLower);
            if (asOnPlate || (labelled && (grouped || separator.Length == 0)))
            {
                Add(found, IdentifierKind.LicencePlate, match.Index, match.Groups["c"].Index + match.Groups["c"].Length);
            }
        }
    }

    private void DetectVNumber(string text, List<IdentifierFinding> found)
    {
        foreach (var match in Matches(patterns.VNumber, text, found))
        {
            var id = match.Groups["id"];
            if (CountDigits(id.ValueSpan) >= 6)
            {
                Add(found, IdentifierKind.VNumber, match);
            }
        }
    }

    private static bool PrecededByLabel(string text, int index, string[] labels, int window)
    {
        var from = Math.Max(0, index - window);
        var before = text.AsSpan(from, index - from);
        foreach (var label in labels)
        {
            if (before.Contains(label, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }
}
