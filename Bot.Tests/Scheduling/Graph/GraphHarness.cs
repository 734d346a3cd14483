using IntervisieBot.Features.Scheduling.Calendar;
using IntervisieBot.Features.Scheduling.Calendar.Graph;
using IntervisieBot.Tests.Infrastructure;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace IntervisieBot.Tests.Scheduling.Graph;

/// <summary>
/// The real composition (<see cref="GraphCalendarServiceCollectionExtensions.AddGraphCalendar"/>: Microsoft.Graph SDK,
/// Azure.Identity ClientSecretCredential) against a loopback Graph server and a loopback https token endpoint, with a
/// delay-recording fake clock (retries wait without sleeping) and captured logs.
/// </summary>
internal sealed class GraphHarness : IAsyncDisposable
{
    public const string TenantId = LoopbackGraph.TenantId;
    public const string ClientId = LoopbackGraph.ClientId;
    public const string Secret = LoopbackGraph.Secret;
    public const string Organizer = "aaaaaaaa-0000-0000-0000-00000000000a";
    public const string GroupId = "99999999-0000-0000-0000-000000000001";
    public const string GroupMail = "team-noord@loopback.test";
    public const string GroupName = "Team Noord";

    private readonly LoopbackGraph _boundary;

    private GraphHarness(LoopbackGraph boundary, ServiceProvider services, DelayRecordingTimeProvider time, CapturingLoggerProvider logs)
    {
        _boundary = boundary;
        Services = services;
        Time = time;
        Logs = logs;
    }

    public LoopbackGraphServer Graph => _boundary.Graph;
    public LoopbackTokenServer Tokens => _boundary.Tokens;
    public ServiceProvider Services { get; }
    public DelayRecordingTimeProvider Time { get; }
    public CapturingLoggerProvider Logs { get; }

    public ITeamCalendar Calendar => Services.GetRequiredService<ITeamCalendar>();

    public static async Task<GraphHarness> StartAsync(IReadOnlyDictionary<string, string?>? settings = null, string expectedSecret = Secret)
    {
        var boundary = await LoopbackGraph.StartAsync(expectedSecret);
        boundary.Graph.AddGroup(GroupId, GroupMail, GroupName);

        var values = boundary.Settings();
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>()) values[key] = value;
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(values).Build();

        var time = new DelayRecordingTimeProvider();
        var logs = new CapturingLoggerProvider();
        var services = new ServiceCollection();
        services.AddLogging(logging => logging.AddProvider(logs).SetMinimumLevel(LogLevel.Trace));
        services.AddSingleton<TimeProvider>(time);
        services.AddGraphCalendar(configuration);
        LoopbackGraph.TrustTokenServer(services);
        var provider = services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true, ValidateScopes = true });
        _ = provider.GetRequiredService<IOptions<GraphCalendarOptions>>().Value; // what ValidateOnStart does in the host
        return new GraphHarness(boundary, provider, time, logs);
    }

    /// <summary>Weekly on Monday 14:00–15:30 from the first Monday on or after 15 April 2026 until 29 June 2026; Koningsdag
    /// (27 April) skipped, Pinkstermaandag (25 May) moved to Tuesday 26 May.</summary>
    public static CalendarSeries WeeklySeries(int intervalWeeks = 1, DateOnly? endDate = null, IReadOnlyList<OccurrenceChange>? exceptions = null, TimeOnly? start = null) => new(
        TenantId,
        GroupId,
        Organizer,
        "Intervisie Team Noord",
        "Intervisie volgens de incidentmethode. Neem een casus mee.",
        new DateOnly(2026, 4, 15),
        endDate ?? new DateOnly(2026, 6, 29),
        start ?? new TimeOnly(14, 0),
        90,
        intervalWeeks,
        DayOfWeek.Monday,
        exceptions ?? [new OccurrenceChange(new DateOnly(2026, 4, 27), null), new OccurrenceChange(new DateOnly(2026, 5, 25), new DateOnly(2026, 5, 26))]);

    public async ValueTask DisposeAsync()
    {
        await Services.DisposeAsync();
        await _boundary.DisposeAsync();
    }
}
