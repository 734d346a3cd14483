using IntervisieBot.Cards;
using IntervisieBot.Features.Intervisie.Cards;
using IntervisieBot.Localization;

namespace IntervisieBot.Tests.Intervisie.Handlers;

/// <summary>The intervisie card samples: every phase of both methods in both languages, each under 28 KB even at 60 members.</summary>
public sealed class IntervisieCardSampleTests
{
    private static readonly IntervisieCardSamples Samples = new(IntervisieTestData.Registry);

    public static TheoryData<string> Cultures => new() { "nl-NL", "en-US" };

    [Theory]
    [MemberData(nameof(Cultures))]
    public void Samples_CoverEveryPhaseOfBothMethods(string culture)
    {
        var names = Samples.GetSamples(System.Globalization.CultureInfo.GetCultureInfo(culture)).Select(s => s.Name).ToHashSet();

        foreach (var method in IntervisieTestData.Registry.All.Where(m => m.Id is "vijfstappenmethode" or "incidentmethode"))
        {
            for (var i = 0; i < method.Phases.Count; i++)
            {
                Assert.Contains($"intervisie.{method.Id}.phase.{i + 1:D2}.{method.Phases[i].Id}", names);
                Assert.Contains($"intervisie.{method.Id}.phase.{i + 1:D2}.{method.Phases[i].Id}.large", names);
            }

            Assert.Contains($"intervisie.{method.Id}.summary", names);
        }
    }

    [Theory]
    [MemberData(nameof(Cultures))]
    public void EverySample_IsUnder28KB(string culture)
    {
        foreach (var sample in Samples.GetSamples(System.Globalization.CultureInfo.GetCultureInfo(culture)))
        {
            Assert.True(CardSize.FitsMessagingExtension(sample.Card), $"{sample.Name} is {CardSize.Utf16Bytes(sample.Card)} bytes");
        }
    }

    [Fact]
    public void LargePhaseCard_ShortensTheListWithAMoreLine()
    {
        var sample = Samples.GetSamples(BotCulture.Dutch).Single(s => s.Name == "intervisie.vijfstappenmethode.phase.02.verkennen.large");

        var json = CardJson.Serialize(sample.Card);

        Assert.Contains("meer", json, StringComparison.Ordinal);
        Assert.Matches("[0-9]+ van 60 hebben bijgedragen", json);              // a count, never a list of who has not
    }
}
