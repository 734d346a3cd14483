using System.Text.RegularExpressions;
using System.Xml.Linq;

namespace IntervisieBot.Tests.Localization;

/// <summary>
/// Checks every neutral (Dutch) <c>X.resx</c> under a folder against its English <c>X.en.resx</c>: same keys,
/// no empty values, the same format placeholders. Returns the problems found.
/// </summary>
internal static partial class ResxPairChecker
{
    public static IReadOnlyList<string> Check(string folder, out int pairCount)
    {
        var problems = new List<string>();
        var all = Directory.GetFiles(folder, "*.resx", SearchOption.AllDirectories)
            .Where(f => !f.Split(Path.DirectorySeparatorChar).Any(part => part is "bin" or "obj"))
            .ToList();
        var neutral = all.Where(f => !CultureSuffix().IsMatch(Path.GetFileName(f))).ToList();
        pairCount = 0;

        foreach (var file in all.Except(neutral))
        {
            var name = Path.GetFileName(file);
            if (!name.EndsWith(".en.resx", StringComparison.Ordinal))
            {
                problems.Add($"{Relative(folder, file)}: only .resx (Dutch) and .en.resx (English) are used.");
            }
            else if (!File.Exists(file[..^".en.resx".Length] + ".resx"))
            {
                problems.Add($"{Relative(folder, file)}: has no Dutch neutral .resx next to it.");
            }
        }

        foreach (var dutchFile in neutral)
        {
            var englishFile = dutchFile[..^".resx".Length] + ".en.resx";
            if (!File.Exists(englishFile))
            {
                problems.Add($"{Relative(folder, dutchFile)}: no English {Path.GetFileName(englishFile)}.");
                continue;
            }

            pairCount++;
            var dutch = Read(dutchFile, folder, problems);
            var english = Read(englishFile, folder, problems);
            foreach (var key in dutch.Keys.Except(english.Keys))
            {
                problems.Add($"{Relative(folder, englishFile)}: missing key '{key}'.");
            }

            foreach (var key in english.Keys.Except(dutch.Keys))
            {
                problems.Add($"{Relative(folder, dutchFile)}: missing key '{key}'.");
            }

            foreach (var key in dutch.Keys.Intersect(english.Keys))
            {
                var (nl, en) = (Placeholders(dutch[key]), Placeholders(english[key]));
                if (!nl.SetEquals(en))
                {
                    problems.Add($"{Relative(folder, dutchFile)}: key '{key}' has placeholders "
                        + $"[{string.Join(",", nl.Order())}] in Dutch but [{string.Join(",", en.Order())}] in English.");
                }
            }
        }

        return problems;
    }

    private static Dictionary<string, string> Read(string file, string folder, List<string> problems)
    {
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var data in XDocument.Load(file).Root!.Elements("data"))
        {
            var key = (string?)data.Attribute("name") ?? "";
            var value = (string?)data.Element("value") ?? "";
            if (string.IsNullOrWhiteSpace(value))
            {
                problems.Add($"{Relative(folder, file)}: key '{key}' is empty.");
            }

            if (!values.TryAdd(key, value))
            {
                problems.Add($"{Relative(folder, file)}: key '{key}' appears twice.");
            }
        }

        return values;
    }

    /// <summary>The argument indexes used by composite-format placeholders, ignoring escaped braces.</summary>
    private static HashSet<int> Placeholders(string value) =>
        [.. Placeholder().Matches(value.Replace("{{", "", StringComparison.Ordinal).Replace("}}", "", StringComparison.Ordinal))
            .Select(m => int.Parse(m.Groups[1].ValueSpan, System.Globalization.CultureInfo.InvariantCulture))];

    private static string Relative(string folder, string file) => Path.GetRelativePath(folder, file);

    [GeneratedRegex(@"\.[a-z]{2}(-[A-Za-z]{2,4})?\.resx$")]
    private static partial Regex CultureSuffix();

    [GeneratedRegex(@"\{(\d+)(?:,[^}:]*)?(?::[^}]*)?\}")]
    private static partial Regex Placeholder();
}
