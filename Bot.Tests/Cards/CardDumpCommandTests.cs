using Xunit;
using System.Globalization;
using System.Text.Json.Nodes;
using IntervisieBot.Cards;
using IntervisieBot.Cards.Common;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace IntervisieBot.Tests.Cards;

public sealed class CardDumpCommandTests
{
    private static ServiceProvider Services(Action<IServiceCollection>? more = null)
    {
        var services = new ServiceCollection().AddCards(new ConfigurationBuilder().Build());
        more?.Invoke(services);
        return services.BuildServiceProvider();
    }

    private static async Task<(int Exit, string Output, string Error)> RunAsync(IServiceProvider services, params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var exit = await CardDumpCommand.RunAsync(args, services, output, error, CancellationToken.None);
        return (exit, output.ToString(), error.ToString());
    }

    [Theory]
    [InlineData]
    [InlineData("cards")]
    [InlineData("cards", "dump")]
    [InlineData("cards", "list", "x")]
    [InlineData("cards", "dump", " ")]
    public async Task RunAsync_BadArguments_PrintsUsageAndReturns2(params string[] args)
    {
        using var services = Services();

        var (exit, _, error) = await RunAsync(services, args);

        Assert.Equal(2, exit);
        Assert.Contains("usage: cards dump <dir>", error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(new[] { "cards", "dump", "x" }, true)]
    [InlineData(new[] { "Cards" }, true)]
    [InlineData(new[] { "--urls", "http://localhost:3978" }, false)]
    [InlineData(new string[0], false)]
    public void Matches_RecognisesTheCardsCommand(string[] args, bool expected)
    {
        Assert.Equal(expected, CardDumpCommand.Matches(args));
    }

    [Fact]
    public async Task RunAsync_CommonSamples_WritesOneDutchAndOneEnglishFilePerSample()
    {
        using var services = Services();
        using var dir = new TempDirectory();
        var names = new CommonCardSamples().GetSamples(CultureInfo.InvariantCulture).Select(s => s.Name).ToList();

        var (exit, output, _) = await RunAsync(services, "cards", "dump", dir.Path);

        Assert.Equal(0, exit);
        var expected = names.SelectMany(n => new[] { $"{n}.nl.json", $"{n}.en.json" }).Order().ToList();
        Assert.Equal(expected, dir.JsonFiles().Select(f => Path.GetFileName(f)).Order().ToList());
        Assert.Contains($"wrote {expected.Count} cards", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RunAsync_DutchAndEnglishFiles_HoldTheCardInThatLanguage()
    {
        using var services = Services();
        using var dir = new TempDirectory();

        await RunAsync(services, "cards", "dump", dir.Path);

        var nl = JsonNode.Parse(await File.ReadAllTextAsync(Path.Combine(dir.Path, "common.error.nl.json")))!;
        var en = JsonNode.Parse(await File.ReadAllTextAsync(Path.Combine(dir.Path, "common.error.en.json")))!;
        Assert.Equal("nl", (string?)nl["lang"]);
        Assert.Equal("en", (string?)en["lang"]);
        Assert.Equal(CommonCardsStrings.ErrorTitle(CultureInfo.GetCultureInfo("nl-NL")), (string?)nl["body"]![0]!["text"]);
        Assert.Equal(CommonCardsStrings.ErrorTitle(CultureInfo.GetCultureInfo("en-US")), (string?)en["body"]![0]!["text"]);
        Assert.NotEqual((string?)nl["body"]![0]!["text"], (string?)en["body"]![0]!["text"]);
    }

    [Fact]
    public async Task RunAsync_NoSourcesRegistered_Returns1()
    {
        using var services = new ServiceCollection().BuildServiceProvider();
        using var dir = new TempDirectory();

        var (exit, _, error) = await RunAsync(services, "cards", "dump", dir.Path);

        Assert.Equal(1, exit);
        Assert.Contains("AddCards", error, StringComparison.Ordinal);
        Assert.Empty(dir.JsonFiles());
    }

    [Fact]
    public async Task RunAsync_TwoSourcesUseTheSameName_Returns1AndWritesNothing()
    {
        using var services = Services(s => s.AddCardSampleSource<DuplicateNameSource>());
        using var dir = new TempDirectory();

        var (exit, _, error) = await RunAsync(services, "cards", "dump", dir.Path);

        Assert.Equal(1, exit);
        Assert.Contains("'common.error' is also used by", error, StringComparison.Ordinal);
        Assert.Empty(dir.JsonFiles());
    }

    [Fact]
    public async Task RunAsync_InvalidSampleName_Returns1()
    {
        using var services = Services(s => s.AddCardSampleSource<BadNameSource>());
        using var dir = new TempDirectory();

        var (exit, _, error) = await RunAsync(services, "cards", "dump", dir.Path);

        Assert.Equal(1, exit);
        Assert.Contains("'Bad Name'", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RunAsync_SampleOnlyInOneLanguage_Returns1()
    {
        using var services = Services(s => s.AddCardSampleSource<DutchOnlySource>());
        using var dir = new TempDirectory();

        var (exit, _, error) = await RunAsync(services, "cards", "dump", dir.Path);

        Assert.Equal(1, exit);
        Assert.Contains("test.dutch-only", error, StringComparison.Ordinal);
    }

    [Fact]
    public void AddCardSampleSource_Twice_RegistersOnce()
    {
        using var services = Services(s => s.AddCards(new ConfigurationBuilder().Build()).AddCardSampleSource<CommonCardSamples>());

        Assert.Single(services.GetServices<ICardSampleSource>());
    }

    private sealed class DuplicateNameSource : ICardSampleSource
    {
        public IEnumerable<CardSample> GetSamples(CultureInfo culture) => [new("common.error", new AdaptiveCard())];
    }

    private sealed class BadNameSource : ICardSampleSource
    {
        public IEnumerable<CardSample> GetSamples(CultureInfo culture) => [new("Bad Name", new AdaptiveCard())];
    }

    private sealed class DutchOnlySource : ICardSampleSource
    {
        public IEnumerable<CardSample> GetSamples(CultureInfo culture) =>
            culture.TwoLetterISOLanguageName == "nl" ? [new("test.dutch-only", new AdaptiveCard())] : [];
    }
}
