using System.Globalization;
using System.Text;
using IntervisieBot.Privacy;
using Microsoft.Extensions.Logging.Abstractions;
using Xunit;
using Xunit.Abstractions;

namespace IntervisieBot.Tests.Privacy;

public sealed class PersonalDataGuardCorpusTests(ITestOutputHelper output)
{
    private const double MaxFalsePositiveRate = 0.02;

    private readonly PersonalDataGuard guard = new(NullLogger<PersonalDataGuard>.Instance);

    [Fact]
    public void Corpus_Size_MeetsIssueRequirements()
    {
        Assert.True(GuardCorpus.All.Count >= 170, $"corpus has {GuardCorpus.All.Count} texts");
        Assert.True(GuardCorpus.WithIdentifiers.Count >= 90, $"identifier set has {GuardCorpus.WithIdentifiers.Count} texts");
        Assert.True(GuardCorpus.Anonymous.Count >= 80, $"anonymous set has {GuardCorpus.Anonymous.Count} texts");
        Assert.Equal(GuardCorpus.All.Count, GuardCorpus.All.Select(e => e.Id).Distinct().Count());
        foreach (var kind in Enum.GetValues<IdentifierKind>())
        {
            var count = GuardCorpus.WithIdentifiers.Count(e => e.Kinds.Contains(kind));
            Assert.True(count >= 8, $"{kind} appears in only {count} identifier texts");
        }
    }

    [Fact]
    public void Check_Corpus_FullRecallAndFalsePositivesAtMostTwoPercent()
    {
        var report = new StringBuilder();
        var inv = CultureInfo.InvariantCulture;

        // Recall on the identifier set: a text counts as found when every expected kind is reported.
        var missed = new List<string>();
        var perKindExpected = new Dictionary<IdentifierKind, int>();
        var perKindFound = new Dictionary<IdentifierKind, int>();
        var extraKinds = new List<string>();
        foreach (var entry in GuardCorpus.WithIdentifiers)
        {
            var result = guard.Check(entry.Text);
            foreach (var kind in entry.Kinds)
            {
                perKindExpected[kind] = perKindExpected.GetValueOrDefault(kind) + 1;
                if (result.Contains(kind))
                {
                    perKindFound[kind] = perKindFound.GetValueOrDefault(kind) + 1;
                }
            }

            var missing = entry.Kinds.Except(result.Kinds).ToList();
            if (missing.Count > 0)
            {
                missed.Add($"{entry.Id}: missing {string.Join(", ", missing)} (found {string.Join(", ", result.Kinds)})");
            }

            var extra = result.Kinds.Except(entry.Kinds).ToList();
            if (extra.Count > 0)
            {
                extraKinds.Add($"{entry.Id}: also {string.Join(", ", extra)}");
            }
        }

        var identifierTexts = GuardCorpus.WithIdentifiers.Count;
        var recall = (double)(identifierTexts - missed.Count) / identifierTexts;
        report.AppendLine(inv, $"Identifier texts: {identifierTexts}; recall {recall:P1} ({identifierTexts - missed.Count}/{identifierTexts})");
        foreach (var kind in Enum.GetValues<IdentifierKind>())
        {
            var expected = perKindExpected.GetValueOrDefault(kind);
            var found = perKindFound.GetValueOrDefault(kind);
            var kindRecall = expected == 0 ? 0 : (double)found / expected;
            report.AppendLine(inv, $"  {kind,-20} recall {kindRecall:P1} ({found}/{expected})");
        }

        missed.ForEach(m => report.AppendLine("  MISSED " + m));
        report.AppendLine(inv, $"Identifier texts with an additional kind reported: {extraKinds.Count}");
        extraKinds.ForEach(m => report.AppendLine("  " + m));

        // False positives on the anonymous set.
        var falsePositives = new List<string>();
        foreach (var entry in GuardCorpus.Anonymous)
        {
            var result = guard.Check(entry.Text);
            if (!result.IsClean)
            {
                falsePositives.Add($"{entry.Id}: {string.Join(", ", result.Kinds)}");
            }
        }

        var anonymousTexts = GuardCorpus.Anonymous.Count;
        var falsePositiveRate = (double)falsePositives.Count / anonymousTexts;
        report.AppendLine(inv, $"Anonymous texts: {anonymousTexts}; false positives {falsePositives.Count} ({falsePositiveRate:P1}), limit {MaxFalsePositiveRate:P0}");
        falsePositives.ForEach(f => report.AppendLine("  FALSE POSITIVE " + f));

        output.WriteLine(report.ToString());

        Assert.True(missed.Count == 0, $"Recall below 100%:{Environment.NewLine}{string.Join(Environment.NewLine, missed)}");
        Assert.True(falsePositiveRate <= MaxFalsePositiveRate, $"False-positive rate {falsePositiveRate:P1}:{Environment.NewLine}{string.Join(Environment.NewLine, falsePositives)}");
    }
}
