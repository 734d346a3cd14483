using IntervisieBot.Privacy;
using Microsoft.Extensions.Logging.Abstractions;
using Xunit;
using Xunit.Abstractions;

namespace IntervisieBot.Tests.Privacy;

/// <summary>
/// Issue 15: identifiers written as an attacker would (mixed separators, invisible characters, line breaks, number words,
/// obfuscated e-mail, addresses without a street word, names, kentekens, V-nummers) and clean texts full of amounts,
/// appointment dates, article numbers, times, percentages, public numbers and organisations.
/// </summary>
public sealed class AdversarialCorpusTests(ITestOutputHelper output)
{
    private const double MaxFalseAlarmRate = 0.02;

    private readonly PersonalDataGuard guard = new(NullLogger<PersonalDataGuard>.Instance);

    [Fact]
    public void Corpus_HasAtLeast300Texts_EveryKind_AndIsSeparateFromTheOriginal()
    {
        var corpus = GuardCorpus.Adversarial;

        Assert.True(corpus.Entries.Count >= 300, $"adversarial corpus has {corpus.Entries.Count} texts");
        Assert.True(corpus.Clean.Count >= 100, $"adversarial corpus has {corpus.Clean.Count} clean texts");
        Assert.Equal(corpus.Entries.Count, corpus.Entries.Select(e => e.Id).Distinct().Count());
        Assert.Empty(corpus.Entries.Select(e => e.Text).Intersect(GuardCorpus.All.Select(e => e.Text)));
        foreach (var kind in Enum.GetValues<IdentifierKind>().Except([IdentifierKind.ClientNumber]))
        {
            var count = corpus.Identifiers.Count(e => e.Kinds.Contains(kind));
            Assert.True(count >= 10, $"{kind} appears in only {count} adversarial texts");
        }
    }

    [Fact]
    public void Check_AdversarialCorpus_FullRecall_FalseAlarmsAtMostTwoPercent()
    {
        var report = GuardCorpusReport.Run(guard, GuardCorpus.Adversarial.Entries);
        output.WriteLine(report.Text);

        Assert.True(report.Missed.Count == 0, $"Recall {report.Recall:P1}:{Environment.NewLine}{report.Text}");
        Assert.True(report.FalseAlarmRate <= MaxFalseAlarmRate, $"False alarms {report.FalseAlarmRate:P1}:{Environment.NewLine}{report.Text}");
    }
}
