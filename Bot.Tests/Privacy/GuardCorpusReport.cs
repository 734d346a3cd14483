using System.Globalization;
using System.Text;
using IntervisieBot.Privacy;

namespace IntervisieBot.Tests.Privacy;

/// <summary>
/// Runs a guard over a corpus: recall on the texts with identifiers (a text counts as found when every expected kind is
/// reported), false alarms on the clean texts, both per kind, and a printable report.
/// </summary>
public sealed class GuardCorpusReport
{
    private GuardCorpusReport(IReadOnlyList<string> missed, IReadOnlyList<string> falseAlarms, int identifierTexts, int cleanTexts, string text)
    {
        Missed = missed;
        FalseAlarms = falseAlarms;
        Recall = identifierTexts == 0 ? 1 : (double)(identifierTexts - missed.Count) / identifierTexts;
        FalseAlarmRate = cleanTexts == 0 ? 0 : (double)falseAlarms.Count / cleanTexts;
        Text = text;
    }

    public IReadOnlyList<string> Missed { get; }

    public IReadOnlyList<string> FalseAlarms { get; }

    public double Recall { get; }

    public double FalseAlarmRate { get; }

    /// <summary>Recall per kind, false alarms per kind, every miss and false alarm by corpus id (never the text).</summary>
    public string Text { get; }

    public static GuardCorpusReport Run(IPersonalDataGuard guard, IReadOnlyList<GuardCorpusEntry> entries)
    {
        var inv = CultureInfo.InvariantCulture;
        var report = new StringBuilder();
        var missed = new List<string>();
        var extra = new List<string>();
        var expected = new Dictionary<IdentifierKind, int>();
        var hit = new Dictionary<IdentifierKind, int>();
        var identifiers = entries.Where(e => !e.IsAnonymous).ToList();
        foreach (var entry in identifiers)
        {
            var result = guard.Check(entry.Text);
            foreach (var kind in entry.Kinds)
            {
                expected[kind] = expected.GetValueOrDefault(kind) + 1;
                if (result.Contains(kind))
                {
                    hit[kind] = hit.GetValueOrDefault(kind) + 1;
                }
            }

            var missing = entry.Kinds.Except(result.Kinds).ToList();
            if (missing.Count > 0)
            {
                missed.Add($"{entry.Id}: missing {string.Join(", ", missing)} (found {string.Join(", ", result.Kinds)})");
            }

            var more = result.Kinds.Except(entry.Kinds).ToList();
            if (more.Count > 0)
            {
                extra.Add($"{entry.Id}: also {string.Join(", ", more)}");
            }
        }

        var falseAlarms = new List<string>();
        var falseByKind = new Dictionary<IdentifierKind, int>();
        var clean = entries.Where(e => e.IsAnonymous).ToList();
        foreach (var entry in clean)
        {
            var result = guard.Check(entry.Text);
            if (!result.IsClean)
            {
                falseAlarms.Add($"{entry.Id}: {string.Join(", ", result.Kinds)}");
                foreach (var kind in result.Kinds)
                {
                    falseByKind[kind] = falseByKind.GetValueOrDefault(kind) + 1;
                }
            }
        }

        var found = identifiers.Count - missed.Count;
        report.AppendLine(inv, $"Identifier texts: {identifiers.Count}; recall {(double)found / Math.Max(1, identifiers.Count):P1} ({found}/{identifiers.Count})");
        report.AppendLine(inv, $"Clean texts: {clean.Count}; false alarms {falseAlarms.Count} ({(double)falseAlarms.Count / Math.Max(1, clean.Count):P1})");
        report.AppendLine("Per kind: recall (found/expected), false alarms on clean texts");
        foreach (var kind in Enum.GetValues<IdentifierKind>())
        {
            var e = expected.GetValueOrDefault(kind);
            var h = hit.GetValueOrDefault(kind);
            report.AppendLine(inv, $"  {kind,-20} recall {(e == 0 ? "-" : ((double)h / e).ToString("P1", inv)),7} ({h}/{e}), false alarms {falseByKind.GetValueOrDefault(kind)}");
        }

        missed.ForEach(m => report.AppendLine("  MISSED " + m));
        falseAlarms.ForEach(f => report.AppendLine("  FALSE ALARM " + f));
        report.AppendLine(inv, $"Identifier texts with an additional kind reported: {extra.Count}");
        extra.ForEach(m => report.AppendLine("  " + m));
        return new GuardCorpusReport(missed, falseAlarms, identifiers.Count, clean.Count, report.ToString());
    }
}
