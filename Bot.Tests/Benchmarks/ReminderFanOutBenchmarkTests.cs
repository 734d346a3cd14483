using IntervisieBot.Benchmarks.Reminders;
using IntervisieBot.Tests.Infrastructure;

namespace IntervisieBot.Tests.Benchmarks;

/// <summary>The fan-out benchmark in miniature: it runs to completion against a connector enforcing Teams' limits, without duplicates or losses.</summary>
public sealed class ReminderFanOutBenchmarkTests
{
    [Fact]
    public async Task RunAsync_SmallFanOut_ReportsNoDuplicatesNoLossesAsJson()
    {
        var output = new StringWriter();

        var result = await ReminderFanOutBenchmark.RunAsync(
            new ReminderFanOutOptions { Reminders = 120, Users = 20, TablesConnectionString = AzuriteServer.Shared.ConnectionString, Timeout = TimeSpan.FromMinutes(3) },
            output);

        Assert.True(result.CompletedWithinTimeout);
        Assert.Equal(0, result.Duplicates);
        Assert.Equal(0, result.Lost);
        Assert.True(result.MessagesPerSecond > 0);
        Assert.True(result.ConnectorRequests >= 120);
        using var json = System.Text.Json.JsonDocument.Parse(output.ToString());
        Assert.Equal(120, json.RootElement.GetProperty("reminders").GetInt32());
        Assert.Equal(50, json.RootElement.GetProperty("ceilingPerSecond").GetDouble());
    }
}
