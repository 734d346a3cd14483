using IntervisieBot.Protocol.Schema;
using IntervisieBot.Tests.Infrastructure;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace IntervisieBot.Tests.Intervisie.Handlers;

/// <summary>
/// A bot on a fake clock (time moves only when a test says so: no sleeping) with the loopback connector and team Noord,
/// for rounds where time matters: deadlines, nudges, time boxes. The clock starts on Monday 2 March 2026, 09:00 in Amsterdam.
/// </summary>
/// <param name="settings">The bot's configuration for this test class.</param>
/// <param name="roster">The team's (invented) members.</param>
public abstract class RoundTeamOnFakeClock(IReadOnlyDictionary<string, string?> settings, IReadOnlyList<ChannelAccount> roster) : IAsyncLifetime
{
    protected const string Noord = "19:team-noord@thread.tacv2";

    protected FakeTimeProvider Time { get; } = new(new DateTimeOffset(2026, 3, 2, 8, 0, 0, TimeSpan.Zero));

    internal LoopbackConnector Connector { get; private set; } = null!;

    internal WebApplicationFactory<Program> Bot { get; private set; } = null!;

    internal RoundTeam Team { get; private set; } = null!;

    private BotApplicationFactory _factory = null!;

    /// <summary>The tables of this bot (another instance on the same storage uses the same prefix).</summary>
    protected string TablePrefix => _factory.TablePrefix;

    public async Task InitializeAsync()
    {
        Connector = await LoopbackConnector.StartAsync();
        Connector.Members = roster;
        _factory = new BotApplicationFactory(new Dictionary<string, string?>(settings));
        Bot = _factory.WithWebHostBuilder(b => b.ConfigureTestServices(s => s.AddSingleton<TimeProvider>(Time)));
        Team = new RoundTeam(Bot, Connector, Noord);
    }

    public async Task DisposeAsync()
    {
        await Bot.DisposeAsync();
        await _factory.DisposeAsync();
        await Connector.DisposeAsync();
    }

    /// <summary>Settings of a bot instance whose reminder engine the test polls itself.</summary>
    protected static Dictionary<string, string?> EngineDrivenByTheTest(string instanceId, string? tablePrefix = null)
    {
        var settings = new Dictionary<string, string?> { ["Reminders:DeliveryEnabled"] = "false", ["Reminders:InstanceId"] = instanceId };
        if (tablePrefix is not null) settings["Storage:TablePrefix"] = tablePrefix;
        return settings;
    }

    /// <summary>A targeted message: one only its recipient sees.</summary>
    protected static bool IsTargeted(RecordedRequest r) => r.Operation == "Send" && r.Query.Contains("isTargetedActivity=true", StringComparison.Ordinal);
}
