using System.Net;
using System.Text;
using System.Text.Json;
using IntervisieBot.Cards;
using IntervisieBot.Features.Lessons.Cards;
using IntervisieBot.Protocol.Turns;
using IntervisieBot.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Xunit.Abstractions;

namespace IntervisieBot.Tests.Turns;

/// <summary>
/// Every card verb and every command any feature registers, with over-long inputs (20,000 characters in every input a card
/// has, clean or with an invented identifier the privacy guard stops), from an actor who is teamleider and kennismakelaar,
/// in a personal chat and in a team channel: every invoke response and every activity the bot posts or updates stays
/// within the 28 KB Teams shows (mirrors <see cref="CardVerbRobustnessTests"/>).
/// </summary>
public sealed class ReplySizeTests(ITestOutputHelper output) : IAsyncLifetime
{
    private const string Team = "19:team-size@thread.tacv2";
    private BotConversation _chat = null!;
    private LoopbackConnector Connector => _chat.Connector;
    private BotApplicationFactory Bot => _chat.Bot;

    /// <summary>Invented text: about werk en inkomen, no personal data; with <paramref name="identifier"/> an invented phone number.</summary>
    private static string Long(bool identifier)
    {
        var text = new StringBuilder();
        if (identifier) text.Append("Bel de klant terug op 06-12345678. ");
        while (text.Length < 20_000) text.Append("Een lange tekst over werk, inkomen en een plan met de klant \"stap voor stap\". ");
        return text.ToString(0, 20_000);
    }

    /// <summary>Every input and data id a card of the bot carries (the ids the features define), each with a long value.</summary>
    private static readonly string[] InputIds =
    [
        "lesson", "actionPlan", "copingPlan", "tags", "type", "evidence", "handreikingen", "checkWeeks", "visibility", "note", "title",
        "curatedTags", "mergeTarget", "casus", "casusTitle", "casusDescription", "contribution", "choice", "method", "mode", "hours",
        "inbrenger", "gespreksleider", "teamleiders", "kennismakelaars", "score", "decision", "entryId", "filterTag", "filterType",
        "authorNamed", "sched.proposal", "sched.cadence", "sched.weekday", "sched.start", "sched.duration", "sched.method",
        "sched.first", "sched.end", "sched.holidays", "id", "officialTitle", "publisher", "url", "summary", "audience",
    ];

    public static TheoryData<bool> Identifier => new() { false, true };

    public async Task InitializeAsync()
    {
        var actor = TestActivities.AadFor("29:user-a");
        _chat = await BotConversation.StartAsync(new Dictionary<string, string?> { ["Roles:Teamleiders:0"] = actor, ["Roles:Kennismakelaars:0"] = actor });
        Connector.Members = [TestActivities.Member("29:user-a", "Deelnemer A"), TestActivities.Member("29:user-b", "Deelnemer B")];
    }

    public async Task DisposeAsync() => await _chat.DisposeAsync();

    [Theory]
    [MemberData(nameof(Identifier))]
    public async Task EveryCardVerb_OverLongInputs_EveryReplyAndUpdateFitsTeams(bool identifier)
    {
        var verbs = Bot.Services.GetRequiredService<RouteTable>().CardVerbs.Order(StringComparer.Ordinal).ToList();
        Assert.True(verbs.Count >= 40, $"only {verbs.Count} card verbs registered");
        var text = Long(identifier);
        List<string> problems = [];
        var largest = 0;
        foreach (var verb in verbs)
        {
            foreach (var inChannel in new[] { false, true })
            {
                // Ten long inputs per action, so the request stays under the bot's inbound limit (256 KB).
                foreach (var inputs in InputIds.Chunk(10))
                {
                    var data = inputs.ToDictionary(id => id, _ => (object?)text);
                    data["verb"] = verb;
                    var activity = TestActivities.CardAction(Connector.ServiceUrl, verb, data);
                    if (inChannel) activity.InChannel(Team);
                    var response = await Bot.PostActivityAsync(activity);
                    var bytes = Bytes(await response.Content.ReadAsStringAsync());
                    largest = Math.Max(largest, bytes);
                    if (response.StatusCode != HttpStatusCode.OK) problems.Add($"{verb} ({inputs[0]}…): HTTP {(int)response.StatusCode}");
                    else if (bytes > CardSize.TeamsMessageLimitBytes) problems.Add($"{verb} ({(inChannel ? "channel" : "personal")}, {inputs[0]}…): invoke response of {bytes} bytes");
                }
            }
        }
        problems.AddRange(OversizedPosts());
        output.WriteLine($"largest invoke response: {largest} bytes; largest activity posted: {LargestPost()} bytes");
        Assert.True(problems.Count == 0, string.Join("\n", problems));
        Assert.True(largest > 0);
    }

    [Theory]
    [MemberData(nameof(Identifier))]
    public async Task EveryCommand_OverLongArguments_EveryReplyFitsTeams(bool identifier)
    {
        var phrases = Bot.Services.GetRequiredService<RouteTable>().CommandPhrases.Order(StringComparer.Ordinal).ToList();
        var text = Long(identifier);
        foreach (var phrase in phrases)
        {
            foreach (var inChannel in new[] { false, true })
            {
                var message = TestActivities.Message(Connector.ServiceUrl, phrase + " " + text);
                if (inChannel) message.InChannel(Team);
                await _chat.SayAsync(message);
            }
        }
        var problems = OversizedPosts();
        output.WriteLine($"largest activity posted: {LargestPost()} bytes");
        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }

    /// <summary>The issue's case through the Action.Submit fallback: the form comes back as an update of the clicked card.</summary>
    [Fact]
    public async Task LessonsSave_LongActionPlanViaSubmit_UpdatesTheCardWithinTheLimitAndSaysItWasShortened()
    {
        var value = new Dictionary<string, object?>
        {
            ["verb"] = LessonFormCard.SaveVerb,
            [LessonFormCard.LessonInput] = "Een les over plannen met de klant.",
            [LessonFormCard.ActionPlanInput] = Long(identifier: false),
        };
        var message = TestActivities.Message(Connector.ServiceUrl, "", value: value, replyToId: "card-1").InChannel(Team);

        var reply = await _chat.SayAsync(message);

        var bytes = Bytes(reply.Body!.Value.GetRawText());
        output.WriteLine($"lessons.save with a 20,000-character action plan: update of {bytes} bytes");
        Assert.InRange(bytes, 1, CardSize.TeamsMessageLimitBytes);
        Assert.Contains(CommonCardsStrings.CardShortened(IntervisieBot.Localization.BotCulture.Dutch), CardText.Of(reply.Body));
        Assert.Contains("Een lange tekst over werk", reply.Body.Value.GetRawText(), StringComparison.Ordinal);
    }

    /// <summary>What Teams counts: the UTF-8 bytes of the JSON on the wire.</summary>
    private static int Bytes(string json) => Encoding.UTF8.GetByteCount(json);

    private int LargestPost() =>
        Connector.Requests.Where(r => r.Body is { ValueKind: JsonValueKind.Object }).Select(r => Bytes(r.Body!.Value.GetRawText())).DefaultIfEmpty().Max();

    private List<string> OversizedPosts() =>
    [
        .. Connector.Requests
            .Where(r => r.Body is { ValueKind: JsonValueKind.Object } && Bytes(r.Body.Value.GetRawText()) > CardSize.TeamsMessageLimitBytes)
            .Select(r => $"{r.Method} {r.Operation}: {Bytes(r.Body!.Value.GetRawText())} bytes"),
    ];
}
