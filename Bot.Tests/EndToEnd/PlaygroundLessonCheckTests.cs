using System.Globalization;
using IntervisieBot.Features.Reminders.Domain;
using IntervisieBot.Features.Reminders.Handlers;
using IntervisieBot.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Xunit.Abstractions;

namespace IntervisieBot.Tests.EndToEnd;

/// <summary>
/// The follow-up loop in the Agents Playground's personal chat: Alex captures a lesson, two weeks pass on the bot's clock,
/// the reminder engine creates the 1:1 conversation and posts the check card through the Playground's Bot Connector
/// emulation (a real proactive message: <c>POST /v3/conversations</c> then <c>POST /v3/conversations/{id}/activities</c>,
/// nothing is sent as a reply to a user turn), and Alex answers it in the browser. The background delivery service is off;
/// the test runs one engine poll between two browser steps through a loopback call.
/// </summary>
[Collection(EndToEndCollection.Name)]
public sealed class PlaygroundLessonCheckTests(ITestOutputHelper output)
{
    [Fact]
    public async Task LessonCheck_DueTwoWeeksAfterCapture_ArrivesProactivelyInPlaygroundAndTheAnswerLandsInTheHistory()
    {
        var clock = new MovableTimeProvider();
        await using var bot = KestrelBot.Start(
            // The Playground's user (en-US) walks it in English: a tenant with English users follows the client's locale.
            new Dictionary<string, string?> { ["Reminders:DeliveryEnabled"] = "false", ["Localization:FollowClientLocale"] = "true" },
            services => services.AddSingleton<TimeProvider>(clock));
        var calendar = bot.Services.GetRequiredService<WorkingDayCalendar>();
        var engine = bot.Services.GetRequiredService<ReminderEngine>();
        var delivered = new List<int>();
        await using var weeksLater = await LoopbackActionServer.StartAsync(async ct =>
        {
            // The lesson was saved with "In 2 weeks": its check is due on the first sendable moment (working day,
            // 08:30-17:00 Amsterdam) at or after the save plus 14 days. Jump just past that and poll the outbox once.
            clock.MoveTo(calendar.NextSendableAt(clock.GetUtcNow().AddDays(14).AddMinutes(1)));
            var count = await engine.RunOnceAsync(ct);
            lock (delivered) delivered.Add(count);
            return $"now {clock.GetUtcNow():O}, delivered {count.ToString(CultureInfo.InvariantCulture)}";
        });
        await using var playground = await PlaygroundServer.StartAsync(bot.MessagesUrl);
        var shots = Path.Combine(Path.GetTempPath(), "intervisiebot-e2e", nameof(LessonCheck_DueTwoWeeksAfterCapture_ArrivesProactivelyInPlaygroundAndTheAnswerLandsInTheHistory));

        var result = await playground.RunStepsAsync(
        [
            new { expect = "Welcome to IntervisieBot|Welkom bij IntervisieBot" },   // connected; the personal chat is open
            new { say = "nieuwe les" },
            new { expect = "^New lesson$" },
            new { fill = new { label = "The lesson in one sentence", text = "With debts, open the post together first, then make the plan." } },
            new { fill = new { label = "What will I do differently", text = "At the next appointment we open the letters together before talking about the plan." } },
            new { check = "^In 2 weeks$" },
            new { click = "^Save lesson$" },
            new { expect = "Saved\\. In 2 weeks I'll ask whether it worked\\." },
            new { screenshot = "01-saved.png" },
            new { call = weeksLater.Url },
            new { expect = "^createConversation 201$" },   // the Playground's log panel: the bot opened the 1:1 chat itself
            new { expect = "^Check on your lesson$" },
            new { expect = "^At the next appointment we open the letters together before talking about the plan\\.$" },
            new { screenshot = "02-check-card.png" },
            new { check = "^often$" },
            new { fill = new { label = "What happened\\?", text = "Opening the letters first made the plan easier to agree on." } },
            new { click = "^Keep$" },
            new { expect = "^Thank you, your answer is saved$" },
            new { expect = "^Opening the letters first made the plan easier to agree on\\.$" },
            new { expect = "The next check comes around" },
            new { screenshot = "03-thanks.png" },
            new { say = "lessen" },
            new { expect = "^My lessons$" },
            new { click = "^Lesson$" },   // the list item (a container with a select action)
            new { expect = "^History$" },
            new { expect = "follow-up, applied: often, keep \\(Opening the letters first made the plan easier to agree on\\.\\)$" },
            new { screenshot = "04-history.png" },
        ], shots);

        output.WriteLine(result.StandardOutput);
        output.WriteLine(result.StandardError);
        Assert.True(result.ExitCode == 0, $"Playground steps failed (screenshots in {shots}): {result.StandardOutput} {result.StandardError}");
        Assert.Contains("\"done\":true", result.StandardOutput);
        Assert.Contains("\"pageErrors\":[]", result.StandardOutput);
        Assert.Equal([1], delivered);
    }
}
