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
        // Kenteken and V-nummer came later; the adversarial corpus covers them (AdversarialCorpusTests).
        foreach (var kind in Enum.GetValues<IdentifierKind>().Except([IdentifierKind.LicencePlate, IdentifierKind.VNumber]))
        {
            var count = GuardCorpus.WithIdentifiers.Count(e => e.Kinds.Contains(kind));
            Assert.True(count >= 8, $"{kind} appears in only {count} identifier texts");
        }
    }

    [Fact]
    public void Check_Corpus_FullRecallAndFalsePositivesAtMostTwoPercent()
    {
        var report = GuardCorpusReport.Run(guard, GuardCorpus.All);
        output.WriteLine(report.Text);

        Assert.True(report.Missed.Count == 0, $"Recall below 100%:{Environment.NewLine}{string.Join(Environment.NewLine, report.Missed)}");
        Assert.True(report.FalseAlarmRate <= MaxFalsePositiveRate, $"False-positive rate {report.FalseAlarmRate:P1}:{Environment.NewLine}{string.Join(Environment.NewLine, report.FalseAlarms)}");
    }
}
