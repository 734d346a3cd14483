using IntervisieBot.Tests.Infrastructure;
using Xunit.Abstractions;

namespace IntervisieBot.Tests.EndToEnd;

/// <summary>A person in a real Teams-like client (Agents Playground in headless Debian chromium) chatting with the real bot.</summary>
[Collection(EndToEndCollection.Name)]
public sealed class PlaygroundHelpTests(ITestOutputHelper output)
{
    [Fact]
    public async Task TypingHelp_InPlayground_ShowsTheHelpCard()
    {
        await using var bot = KestrelBot.Start();
        await using var playground = await PlaygroundServer.StartAsync(bot.MessagesUrl);
        var shots = Path.Combine(Path.GetTempPath(), "intervisiebot-e2e", nameof(TypingHelp_InPlayground_ShowsTheHelpCard));

        var result = await playground.RunStepsAsync(
        [
            new { expect = "Welkom bij IntervisieBot" },   // connected first: a message typed before that is lost
            new { say = "help" },
            // The Playground's user has locale en-US; the bot speaks Dutch unless the settings follow the client.
            new { expect = "Wat kan IntervisieBot\\?" },
            new { expect = "Dit overzicht van opdrachten" },
            new { screenshot = "help.png" },
        ], shots);

        output.WriteLine(result.StandardOutput);
        output.WriteLine(result.StandardError);
        Assert.True(result.ExitCode == 0, $"Playground steps failed (screenshots in {shots}): {result.StandardOutput} {result.StandardError}");
        Assert.Contains("\"done\":true", result.StandardOutput);
        Assert.Contains("\"pageErrors\":[]", result.StandardOutput);
    }
}
