using System.Net;
using System.Text.Json;
using IntervisieBot.Protocol.Turns;
using IntervisieBot.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace IntervisieBot.Tests.Turns;

/// <summary>
/// Every card verb any feature registers, hit with data a forged or broken client could send (nothing, wrong types, unknown
/// ids, path-like and oversized strings) in a personal chat and in a team channel: each answers 200 with a card or a
/// message, no handler throws (no "turn failed" log) and no stack trace reaches the client.
/// </summary>
public sealed class CardVerbRobustnessTests : IAsyncLifetime
{
    private readonly CapturingLoggerProvider _logs = new();
    private LoopbackConnector _connector = null!;
    private BotApplicationFactory _bot = null!;

    public static TheoryData<string> Payloads => new()
    {
        "{}",
        """{"roundId":"../../etc","lessonId":12,"phaseIndex":"x","date":"9999-99-99","reminderId":{"a":1},"bucket":[],"entryId":null}""",
        """{"roundId":"0123456789abcdef0123456789abcdef","lessonId":"20260101T000000-abc","phaseIndex":-1,"date":"2026-02-30","reminderId":"x-check-1","bucket":"2026010108","score":"sometimes","decision":"maybe"}""",
        "{\"lesson\":\"" + new string('x', 20_000) + "\",\"contribution\":\"" + new string('y', 20_000) + "\",\"cadence\":\"999\",\"weekday\":\"9\",\"startTime\":\"25:99\",\"teamleiders\":\"a,b,,c\"}",
    };

    public async Task InitializeAsync()
    {
        _connector = await LoopbackConnector.StartAsync();
        _connector.Members = [TestActivities.Member("29:user-a", "Deelnemer A")];
        _bot = new BotApplicationFactory(services: services => services.AddSingleton<ILoggerProvider>(_logs));
    }

    public async Task DisposeAsync()
    {
        await _bot.DisposeAsync();
        await _connector.DisposeAsync();
    }

    [Theory]
    [MemberData(nameof(Payloads))]
    public async Task EveryCardVerb_BrokenOrForgedData_AnswersWithoutFailingOrLeaking(string payload)
    {
        var verbs = _bot.Services.GetRequiredService<RouteTable>().CardVerbs.Order(StringComparer.Ordinal).ToList();
        Assert.True(verbs.Count >= 40, $"only {verbs.Count} card verbs registered");
        List<string> problems = [];
        foreach (var verb in verbs)
        {
            foreach (var inChannel in new[] { false, true })
            {
                var data = JsonSerializer.Deserialize<Dictionary<string, object?>>(payload)!;
                data["verb"] = verb;
                var activity = TestActivities.CardAction(_connector.ServiceUrl, verb, data);
                if (inChannel) activity.InChannel("19:team-robust@thread.tacv2");
                var response = await _bot.PostActivityAsync(activity);
                var body = await response.Content.ReadAsStringAsync();
                var where = $"{verb} ({(inChannel ? "channel" : "personal")})";
                if (response.StatusCode != HttpStatusCode.OK) problems.Add($"{where}: HTTP {(int)response.StatusCode}");
                else if (body.Contains("Exception", StringComparison.Ordinal) || body.Contains("   at ", StringComparison.Ordinal)) problems.Add($"{where}: leaks a stack trace");
                else
                {
                    using var doc = JsonDocument.Parse(body);
                    var type = doc.RootElement.TryGetProperty("type", out var t) ? t.GetString() : null;
                    if (type is not ("application/vnd.microsoft.card.adaptive" or "application/vnd.microsoft.activity.message"))
                        problems.Add($"{where}: answered {type ?? "no type"}");
                }
            }
        }
        var failed = _logs.Entries.Where(e => e.EventId.Id == TurnRunner.TurnFailedEventId).Select(e => e.Message).ToList();
        Assert.True(problems.Count == 0 && failed.Count == 0,
            string.Join("\n", problems.Concat(failed.Select(f => "handler threw: " + f))));
    }
}
