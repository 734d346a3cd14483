using IntervisieBot.Tests.Infrastructure;
using Xunit.Abstractions;

namespace IntervisieBot.Tests.EndToEnd;

/// <summary>
/// A vijfstappenmethode round in the Agents Playground's group chat, walked by its one real user (Alex Wilber, en-US):
/// start card → "I'm in" → casus → all five steps → the summary card. Only Alex joins, so Alex runs the round alone as
/// inbrenger and gespreksleider (the group chat's mock members did not choose to take part).
/// </summary>
[Collection(EndToEndCollection.Name)]
public sealed class PlaygroundIntervisieTests(ITestOutputHelper output)
{
    [Fact]
    public async Task VijfstappenmethodeRound_InPlaygroundGroupChat_WalksAllFiveStepsToTheSummary()
    {
        // The Playground's user (en-US) walks it in English: a tenant with English users follows the client's locale.
        await using var bot = KestrelBot.Start(new Dictionary<string, string?> { ["Localization:FollowClientLocale"] = "true" });
        await using var playground = await PlaygroundServer.StartAsync(bot.MessagesUrl);
        var shots = Path.Combine(Path.GetTempPath(), "intervisiebot-e2e", nameof(VijfstappenmethodeRound_InPlaygroundGroupChat_WalksAllFiveStepsToTheSummary));

        var result = await playground.RunStepsAsync(
        [
            new { expect = "Welcome to IntervisieBot|Welkom bij IntervisieBot" },   // connected: the personal chat's welcome
            new { open = "Group Chat" },
            new { say = "start intervisie", mention = "Test Bot" },
            new { expect = "Start an intervisie round$" },
            new { expect = "Nobody has joined yet\\." },
            new { screenshot = "01-start-card.png" },
            new { click = "I'm in" },
            new { expect = "Taking part: 1" },
            new { click = "Start the round" },
            new { expect = "The inbrenger describes the casus" },
            new { fill = new { label = "Title of the casus", text = "Client keeps missing appointments" } },
            new { click = "Share the casus" },
            new { expect = "Phase 1 of 5: Bringing in the question" },
            new { fill = new { label = "Your question to the group", text = "How do I get back in touch with this client?" } },
            new { click = "^Send$" },
            new { expect = "How do I get back in touch with this client\\?" },
            new { screenshot = "02-phase-1.png" },
            new { click = "Next phase" },
            new { expect = "Phase 2 of 5: Exploring" },
            new { fill = new { label = "Your open question", text = "When did contact work well before?" } },
            new { click = "^Send$" },
            new { expect = "When did contact work well before\\?" },
            new { click = "Next phase" },
            new { expect = "Phase 3 of 5: Naming the problem" },
            new { click = "Next phase" },
            new { expect = "Phase 4 of 5: Advice round" },
            new { screenshot = "03-phase-4.png" },
            new { click = "Next phase" },
            new { expect = "Phase 5 of 5: Wrap-up and evaluation" },
            new { fill = new { label = "What will you do\\?", text = "I will call him on Thursday and plan a home visit." } },
            new { click = "^Send$" },
            new { expect = "I will call him on Thursday and plan a home visit\\." },
            new { click = "Finish the round" },
            new { expect = "Intervisie round summary" },
            new { expect = "Capture a lesson" },
            new { screenshot = "04-summary.png" },
        ], shots);

        output.WriteLine(result.StandardOutput);
        output.WriteLine(result.StandardError);
        Assert.True(result.ExitCode == 0, $"Playground steps failed (screenshots in {shots}): {result.StandardOutput} {result.StandardError}");
        Assert.Contains("\"done\":true", result.StandardOutput);
    }

    /// <summary>
    /// The roddelmethode from the start card in the Playground's group chat: Alex joins, the card says the method is live
    /// only, spread over days is refused with a friendly answer, and live it begins (casus, then its first phase).
    /// </summary>
    [Fact]
    public async Task Roddelmethode_InPlaygroundGroupChat_IsLiveOnlyAndStarts()
    {
        await using var bot = KestrelBot.Start(new Dictionary<string, string?> { ["Localization:FollowClientLocale"] = "true" });
        await using var playground = await PlaygroundServer.StartAsync(bot.MessagesUrl);
        var shots = Path.Combine(Path.GetTempPath(), "intervisiebot-e2e", nameof(Roddelmethode_InPlaygroundGroupChat_IsLiveOnlyAndStarts));

        var result = await playground.RunStepsAsync(
        [
            new { expect = "Welcome to IntervisieBot|Welkom bij IntervisieBot" },
            new { open = "Group Chat" },
            new { say = "start intervisie", mention = "Test Bot" },
            new { expect = "Start an intervisie round$" },
            new { click = "I'm in" },
            new { expect = "Taking part: 1" },
            new { check = "Gossip method \\(live only\\)" },
            new { check = "Spread over days" },
            new { click = "Start the round" },
            new { expect = "only works live" },
            new { screenshot = "01-live-only.png" },
            new { check = "Gossip method \\(live only\\)" },
            new { check = "Live, during the meeting" },
            new { click = "Start the round" },
            new { expect = "The inbrenger describes the casus" },
            new { fill = new { label = "Title of the casus", text = "Client who keeps cancelling" } },
            new { click = "Share the casus" },
            new { expect = "Phase 1 of 5: Bringing in the question" },
            new { expect = "Intervisie: Gossip method" },
            new { screenshot = "02-roddelmethode-phase-1.png" },
        ], shots);

        output.WriteLine(result.StandardOutput);
        output.WriteLine(result.StandardError);
        Assert.True(result.ExitCode == 0, $"Playground steps failed (screenshots in {shots}): {result.StandardOutput} {result.StandardError}");
        Assert.Contains("\"done\":true", result.StandardOutput);
    }
}
