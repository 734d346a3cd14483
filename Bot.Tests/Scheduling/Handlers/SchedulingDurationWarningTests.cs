using IntervisieBot.Features.Scheduling.Cards;

namespace IntervisieBot.Tests.Scheduling.Handlers;

/// <summary>Planning sessions shorter than the method's typical duration warns the teamleider (issue 17: typicalDurationMinutes).</summary>
public sealed class SchedulingDurationWarningTests
{
    [Theory]
    [InlineData("incidentmethode", "60", true)]      // about 80 minutes
    [InlineData("incidentmethode", "90", false)]
    [InlineData("vijfstappenmethode", "60", false)]  // about 55 minutes
    public async Task Save_SessionsShorterThanTheMethod_WarnTheTeamleider(string method, string duration, bool warns)
    {
        await using var h = await SchedulingHarness.StartAsync(new DateTime(2026, 3, 2, 9, 0, 0));
        await h.SayAsync("<at>IntervisieBot</at> plan intervisie", SchedulingHarness.T);

        var saved = SchedulingHarness.Text(await h.ExecuteAsync(Features.Scheduling.Cards.SchedulingVerbs.Save, SchedulingHarness.PlanData(duration: duration, method: method), SchedulingHarness.T));

        Assert.Contains("Intervisie gepland", saved);
        Assert.Equal(warns, saved.Contains("duurt meestal ongeveer 80 minuten, de sessies duren 60 minuten", StringComparison.Ordinal));
    }
}
