using Xunit;
using IntervisieBot.Cards;
using IntervisieBot.Hosting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace IntervisieBot.Tests.Cards;

/// <summary>
/// Every card the bot can send, validated and rendered by the official adaptivecards library
/// (tools/cards/validate.js and render.js, node + Debian chromium). The samples are dumped through
/// <see cref="BotCommandLine"/>, exactly what <c>dotnet run --project Bot -- cards dump DIR</c> runs, so sources
/// that features register later in the bot's composition are included without touching this test.
/// A missing node, node_modules or chromium fails these tests.
/// </summary>
[Collection(NodeToolsCollection.Name)]
public sealed class CardValidationTests
{
    private static async Task<string[]> DumpAllSamplesAsync(string directory)
    {
        var exit = await BotCommandLine.TryRunAsync(["cards", "dump", directory]);

        Assert.Equal(0, exit);
        var files = Directory.GetFiles(directory, "*.json");
        Assert.NotEmpty(files);
        return files;
    }

    private static void AssertAllPassed(NodeTool.Result result, int expectedCards)
    {
        Assert.True(result.ExitCode == 0, result.ToString());
        var summary = result.Summary();
        Assert.Equal(expectedCards, summary.GetProperty("cards").GetInt32());
        Assert.Equal(0, summary.GetProperty("errors").GetInt32());
    }

    [Fact]
    public async Task EveryRegisteredSample_ValidatesWithTheAdaptiveCardsLibrary()
    {
        using var dir = new TempDirectory();
        var files = await DumpAllSamplesAsync(dir.Path);

        var result = await NodeTool.RunAsync("validate.js", dir.Path);

        AssertAllPassed(result, files.Length);
    }

    [Fact]
    public async Task EveryRegisteredSample_RendersInHeadlessChromium()
    {
        using var dir = new TempDirectory();
        var files = await DumpAllSamplesAsync(dir.Path);

        var result = await NodeTool.RunAsync("render.js", dir.Path);

        AssertAllPassed(result, files.Length);
    }

    [Fact]
    public void EverySampleSourceInTheBot_IsRegisteredInTheBotServices()
    {
        var configuration = new ConfigurationBuilder().Build();
        var services = new ServiceCollection().AddSingleton<IConfiguration>(configuration).AddLogging();
        using var provider = services.AddIntervisieBotServices(configuration).BuildServiceProvider();
        var registered = provider.GetServices<ICardSampleSource>().Select(s => s.GetType()).ToHashSet();

        var declared = typeof(ICardSampleSource).Assembly.GetTypes()
            .Where(t => t is { IsClass: true, IsAbstract: false } && t.IsAssignableTo(typeof(ICardSampleSource)))
            .ToList();

        Assert.NotEmpty(declared);
        Assert.All(declared, t => Assert.Contains(t, registered));
    }

    [Fact]
    public async Task ShowcaseOfEveryModelType_ValidatesAndRendersWithScreenshot()
    {
        using var dir = new TempDirectory();
        using var shots = new TempDirectory();
        await File.WriteAllTextAsync(Path.Combine(dir.Path, "showcase.nl.json"), CardJson.SerializeIndented(ShowcaseCard.Create()));

        var validation = await NodeTool.RunAsync("validate.js", dir.Path);
        var rendering = await NodeTool.RunAsync("render.js", dir.Path, "--screenshots", shots.Path);

        AssertAllPassed(validation, 1);
        AssertAllPassed(rendering, 1);
        Assert.True(new FileInfo(Path.Combine(shots.Path, "showcase.nl.png")).Length > 1_000);
        // Everything below the root is checked, including the hidden container and the ShowCard's card.
        Assert.True(rendering.Summary().GetProperty("files")[0].GetProperty("elements").GetInt32() >= 15, rendering.ToString());
    }

    [Theory]
    [InlineData("""{"type":"AdaptiveCard","version":"1.6","body":[{"type":"TextBlock","text":"x"}]}""", "must be \\\"1.5\\\"")]
    [InlineData("""{"type":"AdaptiveCard","version":"1.5","body":[{"type":"Fancy"}]}""", "UnknownElementType")]
    [InlineData("""{"type":"AdaptiveCard","version":"1.5","body":[{"type":"Input.Text"}]}""", "PropertyCantBeNull")]
    [InlineData("""{"type":"AdaptiveCard","version":"1.5","actions":[{"type":"Action.Execute","title":"t","verb":"go","data":{"verb":"go"}}]}""", "no fallback")]
    [InlineData("""{"type":"AdaptiveCard","version":"1.5","actions":[{"type":"Action.ToggleVisibility","title":"t","targetElements":["nope"]}]}""", "unknown element id")]
    public async Task Validate_BrokenCard_ExitsNonZeroWithTheReason(string json, string expectedReason)
    {
        using var dir = new TempDirectory();
        await File.WriteAllTextAsync(Path.Combine(dir.Path, "broken.nl.json"), json);

        var result = await NodeTool.RunAsync("validate.js", dir.Path);

        Assert.Equal(1, result.ExitCode);
        Assert.Contains(expectedReason, result.StandardOutput, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("big.me.nl.json", 1)]
    [InlineData("big.nl.json", 0)]
    public async Task Validate_CardOver28KB_FailsOnlyAsMessagingExtensionSample(string fileName, int expectedExit)
    {
        using var dir = new TempDirectory();
        var card = new AdaptiveCard { Body = [new TextBlock { Text = new string('a', 15_000), Wrap = true }] };
        await File.WriteAllTextAsync(Path.Combine(dir.Path, fileName), CardJson.Serialize(card));

        var result = await NodeTool.RunAsync("validate.js", dir.Path);

        Assert.True(expectedExit == result.ExitCode, result.ToString());
        Assert.Equal(CardSize.Utf16Bytes(card), result.Summary().GetProperty("files")[0].GetProperty("sizeBytes").GetInt32());
    }

    [Fact]
    public async Task Render_EmptyTextBlock_ExitsNonZero()
    {
        using var dir = new TempDirectory();
        await File.WriteAllTextAsync(Path.Combine(dir.Path, "empty.nl.json"),
            """{"type":"AdaptiveCard","version":"1.5","body":[{"type":"TextBlock","text":"zichtbaar"},{"type":"TextBlock","text":""}]}""");

        var result = await NodeTool.RunAsync("render.js", dir.Path);

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("TextBlock was not rendered", result.StandardOutput, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Tools_EmptyDirectory_FailLoudlyWithExit2()
    {
        using var dir = new TempDirectory();

        var validation = await NodeTool.RunAsync("validate.js", dir.Path);
        var rendering = await NodeTool.RunAsync("render.js", dir.Path);

        Assert.Equal(2, validation.ExitCode);
        Assert.Equal(2, rendering.ExitCode);
        Assert.Contains("no card .json files", validation.StandardError, StringComparison.Ordinal);
    }
}
