using System.Net;
using System.Text.Json;
using IntervisieBot.Features.Intervisie.Cards;
using IntervisieBot.Features.Intervisie.Storage;
using IntervisieBot.Tests.Infrastructure;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace IntervisieBot.Tests.Intervisie.Handlers;

/// <summary>
/// Drives intervisie rounds through /api/messages like Teams would: members (invented) of a team channel say things and
/// click card buttons; the loopback connector records what the bot sends and serves the roster.
/// </summary>
/// <param name="groupChat">The conversation is a group chat (an intervisiegroep of its own) instead of a team channel.</param>
/// <param name="channelId">A channel of team <paramref name="teamId"/> (e.g. a private channel) as the conversation; null: the team's General channel.</param>
internal sealed class RoundTeam(WebApplicationFactory<Program> bot, LoopbackConnector connector, string teamId, bool groupChat = false, string? channelId = null)
{
    public static readonly TimeSpan Wait = TimeSpan.FromSeconds(30);

    public string TeamId { get; } = teamId;

    public string Partition => RoundKeys.Partition(TestActivities.TenantId, channelId ?? TeamId);

    public RoundRepository Repository => bot.Services.GetRequiredService<RoundRepository>();

    /// <summary>Says <paramref name="text"/> in the channel and returns the bot's reply (the activity sent in reply to it).</summary>
    public async Task<RecordedRequest> SayAsync(string text, string fromId, string conversationType = "channel")
    {
        var activity = TestActivities.Message(connector.ServiceUrl, text, fromId: fromId);
        if (conversationType == "channel") Place(activity, TeamId);
        Assert.Equal(HttpStatusCode.OK, (await PostAsync(activity)).StatusCode);
        var id = (string)activity["id"]!;
        return (await connector.WaitForRequestsAsync(r => r.Body?.TryGetProperty("replyToId", out var to) == true && to.GetString() == id, 1, Wait))[0];
    }

    /// <summary>Clicks an Action.Execute button: the invoke response's card (or message text as a JSON string).</summary>
    public async Task<JsonElement> ClickAsync(string verb, object data, string fromId, string? replyToId = null, string? teamId = null, string trigger = "manual")
    {
        var activity = TestActivities.Invoke(connector.ServiceUrl, "adaptiveCard/action",
            new { action = new { type = "Action.Execute", verb, data }, trigger }, fromId: fromId);
        Place(activity, teamId ?? TeamId);
        if (replyToId is not null) activity["replyToId"] = replyToId;
        var response = await PostAsync(activity);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var doc = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal(200, doc.RootElement.GetProperty("statusCode").GetInt32());
        return doc.RootElement.GetProperty("value").Clone();
    }

    /// <summary>
    /// <c>start intervisie</c>, "Ik doe mee" for each of <paramref name="joiners"/> (default: everyone on the roster), then the
    /// start button: returns the round id and the start card's activity id (the round card from then on).
    /// </summary>
    public async Task<(string RoundId, string CardActivityId)> StartAsync(string starter, string inbrenger, string gespreksleider,
        string method = "vijfstappenmethode", string mode = RoundVerbs.ModeLive, int hours = 24, IReadOnlyList<string>? joiners = null)
    {
        var (roundId, cardId) = await OpenAsync(starter);
        foreach (var joiner in joiners ?? [.. connector.Members.Select(m => m.Id!)])
        {
            await OptInAsync(roundId, joiner, cardId);
        }

        var data = StartData(inbrenger, gespreksleider, method, mode, hours);
        data[RoundVerbs.RoundIdData] = roundId;
        var card = await ClickAsync(RoundVerbs.Start, data, starter, replyToId: cardId);
        if (RoundIdIn(card) is null || AllText(card).Contains("Dat lukt niet", StringComparison.Ordinal))
        {
            throw new Xunit.Sdk.XunitException("The round did not begin: " + AllText(card));
        }

        return (roundId, cardId);
    }

    /// <summary><c>start intervisie</c>: the gathering round's id and its card's activity id.</summary>
    public async Task<(string RoundId, string CardActivityId)> OpenAsync(string starter)
    {
        var startCard = await SayAsync("<at>IntervisieBot</at> start intervisie", starter);
        var roundId = RoundIdIn(CardOf(startCard)) ?? throw new Xunit.Sdk.XunitException("No round id on the start card: " + AllText(CardOf(startCard)));
        return (roundId, startCard.ResponseId!);
    }

    /// <summary>"Ik doe mee" (<paramref name="agree"/>: the button "Ik doe mee en houd me aan de afspraken", which confirms the group agreement).</summary>
    public Task<JsonElement> OptInAsync(string roundId, string fromId, string? cardId = null, bool agree = true)
    {
        var data = new Dictionary<string, object> { ["verb"] = RoundVerbs.OptIn, [RoundVerbs.RoundIdData] = roundId };
        if (agree) data[RoundVerbs.AgreeData] = true;
        return ClickAsync(RoundVerbs.OptIn, data, fromId, replyToId: cardId);
    }

    public static Dictionary<string, object> StartData(string inbrenger, string gespreksleider, string method = "vijfstappenmethode", string mode = RoundVerbs.ModeLive, int hours = 24) => new()
    {
        ["verb"] = RoundVerbs.Start,
        [RoundVerbs.MethodInput] = method,
        [RoundVerbs.InbrengerInput] = TestActivities.AadFor(inbrenger),
        [RoundVerbs.GespreksleiderInput] = TestActivities.AadFor(gespreksleider),
        [RoundVerbs.ModeInput] = mode,
        [RoundVerbs.HoursInput] = hours.ToString(System.Globalization.CultureInfo.InvariantCulture),
    };

    public Task<JsonElement> CasusAsync(string roundId, string fromId, string title, string? description = null) =>
        ClickAsync(RoundVerbs.Casus, new Dictionary<string, object?>
        {
            ["verb"] = RoundVerbs.Casus, [RoundVerbs.RoundIdData] = roundId,
            [RoundVerbs.CasusTitleInput] = title, [RoundVerbs.CasusDescriptionInput] = description,
        }, fromId);

    public Task<JsonElement> ContributeAsync(string roundId, int phaseIndex, string fromId, string? text, string? choice = null, string? teamId = null) =>
        ClickAsync(RoundVerbs.Contribute, new Dictionary<string, object?>
        {
            ["verb"] = RoundVerbs.Contribute, [RoundVerbs.RoundIdData] = roundId, [RoundVerbs.PhaseIndexData] = phaseIndex,
            [RoundVerbs.ContributionInput] = text, [RoundVerbs.ChoiceInput] = choice,
        }, fromId, teamId: teamId);

    public Task<JsonElement> AdvanceAsync(string roundId, int expectedPhase, string fromId, string? teamId = null) =>
        ClickAsync(RoundVerbs.Advance, new Dictionary<string, object>
        {
            ["verb"] = RoundVerbs.Advance, [RoundVerbs.RoundIdData] = roundId, [RoundVerbs.PhaseIndexData] = expectedPhase,
        }, fromId, teamId: teamId);

    public Task<JsonElement> SimpleAsync(string verb, string roundId, string fromId, string trigger = "manual") =>
        ClickAsync(verb, new Dictionary<string, object> { ["verb"] = verb, [RoundVerbs.RoundIdData] = roundId }, fromId, trigger: trigger);

    public async Task<StoredRound> LoadAsync(string roundId) =>
        await Repository.LoadAsync(Partition, roundId, default) ?? throw new Xunit.Sdk.XunitException("Round not stored.");

    private void Place(Dictionary<string, object?> activity, string conversationId)
    {
        if (!groupChat)
        {
            activity.InChannel(conversationId, channelConversationId: conversationId == TeamId ? channelId : null);
            return;
        }

        activity["conversation"] = new { id = conversationId, conversationType = "groupChat", tenantId = TestActivities.TenantId, isGroup = true };
        activity["channelData"] = new { tenant = new { id = TestActivities.TenantId } };
    }

    public Task<HttpResponseMessage> PostAsync(object activity)
    {
        var client = bot.CreateClient();
        return client.PostAsync("/api/messages", System.Net.Http.Json.JsonContent.Create(activity));
    }

    /// <summary>The round id in any action's data of the card.</summary>
    public static string? RoundIdIn(JsonElement element)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.Object:
                foreach (var property in element.EnumerateObject())
                {
                    if (property.Name == RoundVerbs.RoundIdData && property.Value.ValueKind == JsonValueKind.String) return property.Value.GetString();
                    if (RoundIdIn(property.Value) is { } found) return found;
                }

                return null;
            case JsonValueKind.Array:
                foreach (var item in element.EnumerateArray())
                {
                    if (RoundIdIn(item) is { } found) return found;
                }

                return null;
            default:
                return null;
        }
    }

    /// <summary>The verbs of every Action.Execute on the card (body and actions).</summary>
    public static IReadOnlyList<string> VerbsIn(JsonElement card)
    {
        var verbs = new List<string>();
        void Walk(JsonElement e)
        {
            if (e.ValueKind == JsonValueKind.Object)
            {
                if (e.TryGetProperty("type", out var t) && t.GetString() == "Action.Execute" && e.TryGetProperty("verb", out var v)) verbs.Add(v.GetString()!);
                foreach (var p in e.EnumerateObject())
                {
                    if (p.Name != "refresh") Walk(p.Value);
                }
            }
            else if (e.ValueKind == JsonValueKind.Array)
            {
                foreach (var i in e.EnumerateArray()) Walk(i);
            }
        }

        Walk(card);
        return verbs;
    }

    /// <summary>The card of an outgoing activity (first attachment's content).</summary>
    public static JsonElement CardOf(RecordedRequest request) => request.Body!.Value.GetProperty("attachments")[0].GetProperty("content");

    public static string AllText(JsonElement card) => string.Join(" | ", CardText.OfCard(card));
}
