using System.Globalization;
using System.Text.RegularExpressions;
using IntervisieBot.Features.Reminders;
using IntervisieBot.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Xunit.Abstractions;

namespace IntervisieBot.Tests.EndToEnd;

/// <summary>
/// The teamleider plans the intervisie series in the Agents Playground's team channel (My Team › General): the Playground
/// sends channel messages with <c>channelData.team</c> (id and aadGroupId), and Alex Wilber, who installed the bot there,
/// is its first teamleider. Without Microsoft Graph configured the bot keeps the schedule itself.
/// </summary>
[Collection(EndToEndCollection.Name)]
public sealed class PlaygroundSchedulingTests(ITestOutputHelper output)
{
    private static readonly CultureInfo English = CultureInfo.GetCultureInfo("en-US");

    [Fact]
    public async Task PlanIntervisie_InPlaygroundTeamChannel_SavesTheSeriesAndShowsItsHealth()
    {
        await using var bot = KestrelBot.Start();
        await using var playground = await PlaygroundServer.StartAsync(bot.MessagesUrl);
        var shots = Path.Combine(Path.GetTempPath(), "intervisiebot-e2e", nameof(PlanIntervisie_InPlaygroundTeamChannel_SavesTheSeriesAndShowsItsHealth));

        // A Tuesday at least a week ahead (in the bot's time zone), whose session and the next one are ordinary working
        // days, so the card lists both unmoved whatever day the test runs.
        var calendar = bot.Services.GetRequiredService<WorkingDayCalendar>();
        var today = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(DateTimeOffset.UtcNow, calendar.TimeZone).DateTime);
        var first = today.AddDays(7);
        while (first.DayOfWeek != DayOfWeek.Tuesday || !calendar.IsWorkingDay(first) || !calendar.IsWorkingDay(first.AddDays(7))) first = first.AddDays(1);
        var second = first.AddDays(7);
        string Session(DateOnly date) => Regex.Escape($"{date.ToString("dddd d MMMM", English)}, 10:00–11:00");

        var result = await playground.RunStepsAsync(
        [
            new { expect = "Welcome to IntervisieBot|Welkom bij IntervisieBot" },   // connected
            new { open = "General" },
            new { say = "plan intervisie", mention = "Test Bot" },
            new { expect = "^Plan intervisie$" },
            new { check = "^Every week$" },
            new { choose = new { label = "^Day", option = "^Tuesday$" } },
            new { fill = new { label = "Start time", text = "10:00" } },
            new { choose = new { label = "^Duration", option = "^60 minutes$" } },
            new { choose = new { label = "^Method", option = "^Incident method$" } },
            new { date = new { label = "^First session", value = first.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) } },
            new { screenshot = "01-plan-card.png" },
            new { click = "^Save$" },
            new { expect = "^Intervisie planned$" },
            new { expect = Regex.Escape($"every week on Tuesday at 10:00 (60 minutes), from {first.ToString("dddd d MMMM yyyy", English)}") },
            new { expect = "Method: Incident method" },
            new { expect = "^Next sessions$" },
            new { expect = "^" + Session(first) + "$" },   // list items (the card's "- " markdown)
            new { expect = "^" + Session(second) + "$" },
            new { expect = "The team calendar is not connected" },
            new { screenshot = "02-saved.png" },
            new { say = "reeks status", mention = "Test Bot" },
            new { expect = "^Counts only, no names\\.$" },   // the health card (its title is also a button on the saved card)
            new { expect = "^Sessions planned so far$" },
            new { expect = "^Lessons captured in the team$" },
            new { screenshot = "03-health.png" },
        ], shots);

        output.WriteLine(result.StandardOutput);
        output.WriteLine(result.StandardError);
        Assert.True(result.ExitCode == 0, $"Playground steps failed (screenshots in {shots}): {result.StandardOutput} {result.StandardError}");
        Assert.Contains("\"done\":true", result.StandardOutput);
        Assert.Contains("\"pageErrors\":[]", result.StandardOutput);
    }
}
