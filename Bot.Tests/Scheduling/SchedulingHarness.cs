using System.Net;
using System.Text.Json;
using IntervisieBot.Features.Reminders.Domain;
using IntervisieBot.Features.Reminders.Handlers;
using IntervisieBot.Features.Reminders.Storage;
using IntervisieBot.Features.Scheduling;
using IntervisieBot.Features.Scheduling.Cards;
using IntervisieBot.Features.Scheduling.Domain;
using IntervisieBot.Features.Scheduling.Storage;
using IntervisieBot.Features.Shared;
using IntervisieBot.Features.Teams.Roles;
using IntervisieBot.Tests.Infrastructure;
using IntervisieBot.Tests.Scheduling.Graph;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace IntervisieBot.Tests.Scheduling;

/// <summary>
/// The real bot (Azurite, loopback connector) with a controllable clock: the reminder engine is driven by the test
/// (<see cref="DeliverAsync"/>) instead of its polling loop, so events are sent exactly when the fake clock reaches them.
/// Team Noord has eight invented members plus teamleider T; team Zuid has two.
/// </summary>
internal sealed class SchedulingHarness : IAsyncDisposable
{
    public const string Noord = "19:team-noord@thread.tacv2";
    public const string Zuid = "19:team-zuid@thread.tacv2";
    public const string NoordGroup = "0b9a7c55-1111-4aaa-8bbb-000000000001";
    public const string T = "29:user-t";
    public const string ZuidT = "29:user-zt";
    public static readonly string[] Members = ["29:user-a", "29:user-b", "29:user-c", "29:user-d", "29:user-e", "29:user-f", "29:user-g", "29:user-h"];
    private static readonly TimeZoneInfo Amsterdam = TimeZoneInfo.FindSystemTimeZoneById("Europe/Amsterdam");

    private SchedulingHarness(BotConversation chat, FakeTimeProvider time)
    {
        Chat = chat;
        Time = time;
    }

    public BotConversation Chat { get; }
    public LoopbackConnector Connector => Chat.Connector;
    public BotApplicationFactory Bot => Chat.Bot;
    public FakeTimeProvider Time { get; }

    /// <summary>The waits the bot asked its clock for (Graph retries), when started with a loopback Graph.</summary>
    public IReadOnlyList<TimeSpan> RequestedDelays => Time is DelayRecordingTimeProvider recording ? recording.RequestedDelays : [];
    public SeriesStore Store => Bot.Services.GetRequiredService<SeriesStore>();
    public string NoordPartition => new TeamScope(TestActivities.TenantId, Noord, Noord).PartitionKey;

    /// <param name="graph">When given, the bot's Graph settings point at this loopback Graph (enabled unless
    /// <paramref name="graphEnabled"/> is false), and the clock is a <see cref="DelayRecordingTimeProvider"/>: the Graph retry
    /// handler waits on the bot's TimeProvider, and a plain fake clock would never let a Retry-After elapse.</param>
    public static async Task<SchedulingHarness> StartAsync(DateTime localStart, LoopbackGraph? graph = null, bool graphEnabled = true)
    {
        var time = graph is null ? new FakeTimeProvider(Local(localStart)) : new DelayRecordingTimeProvider(Local(localStart));
        var settings = new Dictionary<string, string?>
        {
            ["Roles:Teamleiders:0"] = TestActivities.AadFor(T),
            ["Roles:Teamleiders:1"] = TestActivities.AadFor(ZuidT),
            ["Reminders:DeliveryEnabled"] = "false",
            ["Reminders:InstanceId"] = "scheduling-test",
            ["Retention:Interval"] = "40.00:00:00",
        };
        foreach (var (key, value) in graph?.Settings(graphEnabled) ?? []) settings[key] = value;
        var chat = await BotConversation.StartAsync(settings, services =>
        {
            services.AddSingleton<TimeProvider>(time);
            if (graph is not null) LoopbackGraph.TrustTokenServer(services);
        });
        chat.Connector.Members = [.. Members.Select((m, i) => TestActivities.Member(m, $"Deelnemer {(char)('A' + i)}")), TestActivities.Member(T, "Teamleider T")];
        _ = chat.Bot.Services; // start the host now
        return new SchedulingHarness(chat, time);
    }

    public static DateTimeOffset Local(DateTime local) => new(local, Amsterdam.GetUtcOffset(local));

    public void SetLocal(DateTime local) => Time.SetUtcNow(Local(local));

    public static string Aad(string userId) => TestActivities.AadFor(userId);

    /// <summary>One poll of the real reminder engine at the fake time; returns the channel messages it sent.</summary>
    public async Task<IReadOnlyList<RecordedRequest>> DeliverAsync(string team = Noord)
    {
        var before = Connector.Requests.Count;
        await Bot.Services.GetRequiredService<ReminderEngine>().RunOnceAsync(CancellationToken.None);
        return [.. Connector.Requests.Skip(before).Where(r => r.Operation == "Send" && r.ConversationId == team)];
    }

    /// <summary>Says something in a team channel (or a personal chat when <paramref name="team"/> is null); returns the bot's reply card text.</summary>
    public async Task<string> SayAsync(string text, string from, string? team = Noord, string? groupId = NoordGroup, string locale = "nl-NL")
    {
        var activity = TestActivities.Message(Connector.ServiceUrl, text, fromId: from, locale: locale);
        if (team is not null) activity.InChannel(team, aadGroupId: groupId);
        return string.Join(" | ", CardText.Of((await Chat.SayAsync(activity)).Body));
    }

    /// <summary>An Action.Execute on a card: returns the replacing card.</summary>
    public async Task<JsonElement> ExecuteAsync(string verb, IDictionary<string, object?> data, string from, string team = Noord, string? replyToId = null, string? groupId = NoordGroup)
    {
        var payload = new Dictionary<string, object?>(data) { ["verb"] = verb };
        var activity = TestActivities.CardAction(Connector.ServiceUrl, verb, payload, fromId: from);
        activity.InChannel(team, aadGroupId: groupId);
        if (replyToId is not null) activity["replyToId"] = replyToId;
        var (status, body) = await Chat.InvokeAsync(activity);
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal(200, body.GetProperty("statusCode").GetInt32());
        return body.GetProperty("value");
    }

    public static Dictionary<string, object?> PlanData(string first = "2026-03-12", string weekday = "4", string cadence = "2", string start = "14:00",
        string duration = "90", string method = "vijfstappenmethode", string end = "", string holidays = "move") => new()
    {
        [PlanField.Cadence] = cadence,
        [PlanField.Weekday] = weekday,
        [PlanField.StartTime] = start,
        [PlanField.Duration] = duration,
        [PlanField.Method] = method,
        [PlanField.FirstDate] = first,
        [PlanField.EndDate] = end,
        [PlanField.Holidays] = holidays,
    };

    public static Dictionary<string, object?> SessionData(DateOnly date) => new() { [SchedulingVerbs.DateData] = SeriesKeys.DateKey(date) };

    public static string Text(JsonElement card) => string.Join(" | ", CardText.OfCard(card));

    public static string CardTextOf(RecordedRequest request) => string.Join(" | ", CardText.Of(request.Body));

    /// <summary>The user id of a member from their user key (the roster maps AadFor(id) → id).</summary>
    public static string UserOf(string? key) => Members.Append(T).Single(m => Aad(m) == key);

    public ValueTask DisposeAsync() => Chat.DisposeAsync();
}
