using System.Globalization;
using System.Text.RegularExpressions;
using IntervisieBot.Features.Reminders.Domain;
using IntervisieBot.Features.Reminders.Handlers;
using IntervisieBot.Features.Reminders.Storage;
using IntervisieBot.Features.Scheduling;
using IntervisieBot.Storage;
using IntervisieBot.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Xunit.Abstractions;
using IntervisieBot.Features.Scheduling.Domain;
using IntervisieBot.Features.Scheduling.Storage;

namespace IntervisieBot.Tests.EndToEnd;

/// <summary>
/// The teamleider plans the intervisie series in the Agents Playground, in its team channel (My Team › General: messages
/// carry <c>channelData.team.id</c>) and in its group chat (no team at all): Alex Wilber, who installed the bot there, is the
/// first teamleider. Without Microsoft Graph configured the bot keeps the schedule itself, in both.
/// Note: like Teams, the Playground sends <c>team.aadGroupId</c> only on installationUpdate/conversationUpdate, not on
/// messages or card invokes, so the saved series has no group id (the Graph calendar would answer "no Microsoft 365 group").
/// </summary>
[Collection(EndToEndCollection.Name)]
public sealed class PlaygroundSchedulingTests(ITestOutputHelper output)
{
    private static readonly CultureInfo English = CultureInfo.GetCultureInfo("en-US");

    [Theory]
    [InlineData("General")]
    [InlineData("Group Chat")]
    public async Task PlanIntervisie_InPlaygroundTeamConversation_SavesTheSeriesAndShowsItsHealth(string conversation)
    {
        // The Playground's user (en-US) walks it in English: a tenant with English users follows the client's locale.
        await using var bot = KestrelBot.Start(new Dictionary<string, string?> { ["Localization:FollowClientLocale"] = "true" });
        await using var playground = await PlaygroundServer.StartAsync(bot.MessagesUrl);
        var shots = Path.Combine(Path.GetTempPath(), "intervisiebot-e2e", nameof(PlanIntervisie_InPlaygroundTeamConversation_SavesTheSeriesAndShowsItsHealth), conversation.Replace(' ', '-'));

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
            new { open = conversation },
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

        // What the browser chose is what the bot stored, for this conversation's team.
        var table = await bot.Services.GetRequiredService<TableStore>().GetTableAsync(TableNames.SchedulingSeries);
        var series = Assert.Single(await table.QueryAsync<SeriesEntity>(e => e.RowKey == SeriesKeys.SeriesRow).ToListAsync());
        Assert.Equal(
            (1, (int)DayOfWeek.Tuesday, "10:00", 60, "incidentmethode", first.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), nameof(SeriesStatus.Active)),
            (series.IntervalWeeks, series.Weekday, series.StartTime, series.DurationMinutes, series.MethodId, series.FirstDate, series.Status));
        output.WriteLine($"Playground team: {series.TeamKey}, aadGroupId {series.GroupId}, conversation {series.ConversationId}, locale {series.Locale}");
    }
}
