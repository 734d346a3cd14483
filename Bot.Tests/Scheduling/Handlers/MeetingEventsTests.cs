using System.Net;
using IntervisieBot.Features.Intervisie.Cards;
using IntervisieBot.Features.Scheduling.Cards;
using IntervisieBot.Features.Scheduling.Domain;
using IntervisieBot.Protocol.Schema;
using IntervisieBot.Tests.Durability;
using IntervisieBot.Tests.Infrastructure;
using IntervisieBot.Tests.Intervisie.Handlers;

namespace IntervisieBot.Tests.Scheduling.Handlers;

/// <summary>
/// The Teams meeting of a planned series, over /api/messages and the loopback connector: <c>meetingStart</c> in the meeting
/// chat brings the session's start card there (once), a round is held in the meeting chat, and <c>meetingEnd</c> sends its
/// summary to the team's channel and "Leg een les vast" to the inbrenger's personal chat. Events shaped as in the Teams docs
/// ("Meeting apps API references"); every name and text is invented.
/// </summary>
public sealed class MeetingEventsTests
{
    private const string MeetingChat = "19:meeting_Zm9vYmFy@thread.v2";
    // As Graph stores it (lower-case escapes) and as the meeting event sends it (upper-case escapes): the same meeting.
    private const string GraphJoinUrl = "https://teams.microsoft.com/l/meetup-join/19%3ameeting_Zm9vYmFy%40thread.v2/0?context=%7b%22Tid%22%3a%22x%22%7d";
    private const string EventJoinUrl = "https://teams.microsoft.com/l/meetup-join/19%3Ameeting_Zm9vYmFy%40thread.v2/0?context=%7B%22Tid%22%3A%22x%22%7D";
    private static readonly DateOnly Session1 = new(2026, 3, 12); // Thursday

    [Fact]
    public async Task PlannedMeeting_StartPostsTheStartCardInTheMeetingChatOnce_EndSendsTheSummaryToTheTeamAndTheLessonPromptToTheInbrenger()
    {
        await using var h = await PlannedSeriesAsync();
        h.SetLocal(new DateTime(2026, 3, 12, 13, 58, 0));

        await EventAsync(h, MeetingEventValue.StartEventName, EventJoinUrl);

        var starts = await h.Connector.WaitForRequestsAsync(r => r.Operation == "Send" && r.ConversationId == MeetingChat, 1, BotConversation.ReplyTimeout);
        var startText = SchedulingHarness.CardTextOf(starts[0]);
        Assert.Contains("Geplande intervisie van vandaag", startText);
        Assert.Contains("Nog niemand doet mee", startText);   // the round's own gathering card
        var session = (await h.Store.GetSessionAsync(h.NoordPartition, Session1, default))!;
        Assert.NotNull(session.InbrengerKey);
        Assert.Equal(MeetingChat, session.MeetingChatId);
        Assert.Contains(RoundVerbs.OptIn, RoundTeam.VerbsIn(RoundTeam.CardOf(starts[0])));
        var roundId = RoundTeam.RoundIdIn(RoundTeam.CardOf(starts[0]))!;

        await EventAsync(h, MeetingEventValue.StartEventName, EventJoinUrl);                         // the meeting restarted
        Assert.Single(h.Connector.Requests, r => r.Operation == "Send" && r.ConversationId == MeetingChat);

        // The round, held in the meeting chat by those who joined, with the proposed roles.
        var inbrenger = SchedulingHarness.UserOf(session.InbrengerKey);
        var gespreksleider = SchedulingHarness.UserOf(session.GespreksleiderKey);
        await ClickAsync(h, RoundVerbs.OptIn, new Dictionary<string, object> { ["verb"] = RoundVerbs.OptIn, [RoundVerbs.RoundIdData] = roundId, [RoundVerbs.AgreeData] = true }, inbrenger);
        await ClickAsync(h, RoundVerbs.OptIn, new Dictionary<string, object> { ["verb"] = RoundVerbs.OptIn, [RoundVerbs.RoundIdData] = roundId, [RoundVerbs.AgreeData] = true }, gespreksleider);
        var begin = RoundTeam.StartData(inbrenger, gespreksleider);
        begin[RoundVerbs.RoundIdData] = roundId;
        Assert.Equal(roundId, RoundTeam.RoundIdIn(await ClickAsync(h, RoundVerbs.Start, begin, gespreksleider)));
        await ClickAsync(h, RoundVerbs.Casus, new Dictionary<string, object?>
        {
            ["verb"] = RoundVerbs.Casus, [RoundVerbs.RoundIdData] = roundId,
            [RoundVerbs.CasusTitleInput] = "Klant komt afspraken niet na", [RoundVerbs.CasusDescriptionInput] = "Een verzonnen casus.",
        }, inbrenger);
        await ClickAsync(h, RoundVerbs.Close, new Dictionary<string, object> { ["verb"] = RoundVerbs.Close, [RoundVerbs.RoundIdData] = roundId }, gespreksleider);

        h.SetLocal(new DateTime(2026, 3, 12, 15, 31, 0));
        await EventAsync(h, MeetingEventValue.EndEventName, EventJoinUrl, end: true);

        var summary = (await h.Connector.WaitForRequestsAsync(r => r.Operation == "Send" && r.ConversationId == SchedulingHarness.Noord
            && CardText.Of(r.Body).Contains("Samenvatting intervisieronde"), 1, BotConversation.ReplyTimeout))[0];
        Assert.Contains("Klant komt afspraken niet na", SchedulingHarness.CardTextOf(summary));
        var prompt = (await h.Connector.WaitForRequestsAsync(r => r.Operation == "Send" && CardText.Of(r.Body).Contains("Leg een les vast")
            && !CardText.Of(r.Body).Contains("Samenvatting intervisieronde"), 1, BotConversation.ReplyTimeout))[0];
        var personal = Assert.Single(h.Connector.Requests, r => r.Operation == "CreateConversation" && r.ResponseId == prompt.ConversationId);
        Assert.Equal(inbrenger, personal.Body!.Value.GetProperty("members")[0].GetProperty("id").GetString());   // the inbrenger's own chat
        var promptCard = RoundTeam.CardOf(prompt);
        Assert.Contains("Klant komt afspraken niet na", RoundTeam.AllText(promptCard));
        Assert.Contains(RoundVerbs.NewLesson, RoundTeam.VerbsIn(promptCard));
        Assert.Contains(roundId, promptCard.GetRawText());

        await EventAsync(h, MeetingEventValue.EndEventName, EventJoinUrl, end: true);              // a second end: nothing twice
        Assert.Single(h.Connector.Requests, r => r.Operation == "Send" && r.ConversationId == SchedulingHarness.Noord
            && CardText.Of(r.Body).Contains("Samenvatting intervisieronde"));
    }

    [Fact]
    public async Task MeetingEndLessonPrompt_InTheInbrengersPersonalChat_OpensTheFormPrefilledFromTheMeetingsRound_ButNotForSomeoneWhoWasNotInIt()
    {
        await using var h = await PlannedSeriesAsync();
        h.SetLocal(new DateTime(2026, 3, 12, 14, 0, 0));
        await EventAsync(h, MeetingEventValue.StartEventName, EventJoinUrl);
        var start = (await h.Connector.WaitForRequestsAsync(r => r.Operation == "Send" && r.ConversationId == MeetingChat, 1, BotConversation.ReplyTimeout))[0];
        var roundId = RoundTeam.RoundIdIn(RoundTeam.CardOf(start))!;
        var (inbrenger, gespreksleider, outsider) = (SchedulingHarness.Members[0], SchedulingHarness.Members[1], SchedulingHarness.Members[2]);
        foreach (var member in new[] { inbrenger, gespreksleider })
        {
            await ClickAsync(h, RoundVerbs.OptIn, new Dictionary<string, object> { ["verb"] = RoundVerbs.OptIn, [RoundVerbs.RoundIdData] = roundId, [RoundVerbs.AgreeData] = true }, member);
        }
        var begin = RoundTeam.StartData(inbrenger, gespreksleider);
        begin[RoundVerbs.RoundIdData] = roundId;
        await ClickAsync(h, RoundVerbs.Start, begin, gespreksleider);
        await ClickAsync(h, RoundVerbs.Casus, new Dictionary<string, object?>
        {
            ["verb"] = RoundVerbs.Casus, [RoundVerbs.RoundIdData] = roundId,
            [RoundVerbs.CasusTitleInput] = "Afspraak steeds afgezegd", [RoundVerbs.CasusDescriptionInput] = "Een verzonnen casus zonder namen.",
        }, inbrenger);
        await ClickAsync(h, RoundVerbs.Close, new Dictionary<string, object> { ["verb"] = RoundVerbs.Close, [RoundVerbs.RoundIdData] = roundId }, gespreksleider);
        h.SetLocal(new DateTime(2026, 3, 12, 15, 31, 0));
        await EventAsync(h, MeetingEventValue.EndEventName, EventJoinUrl, end: true);
        var prompt = (await h.Connector.WaitForRequestsAsync(r => r.Operation == "Send" && CardText.Of(r.Body).Contains("Leg een les vast")
            && !CardText.Of(r.Body).Contains("Samenvatting intervisieronde"), 1, BotConversation.ReplyTimeout))[0];
        var data = LessonActionData(RoundTeam.CardOf(prompt));

        // The inbrenger taps it in their personal chat: the form comes prefilled from the round, with the round as its source.
        var form = await NewLessonInPersonalChatAsync(h, data, inbrenger);
        Assert.Contains("Afspraak steeds afgezegd", SchedulingHarness.CardTextOf(form) + form.Body!.Value.GetRawText());
        Assert.Contains("Vooraf ingevuld uit de intervisieronde", SchedulingHarness.CardTextOf(form));
        Assert.Contains($"\"sourceId\":\"{roundId}\"", form.Body!.Value.GetRawText(), StringComparison.Ordinal);

        // The same button forwarded to someone who did not take part: an empty form, nothing of the round.
        var empty = await NewLessonInPersonalChatAsync(h, data, outsider);
        Assert.DoesNotContain("Afspraak steeds afgezegd", empty.Body!.Value.GetRawText(), StringComparison.Ordinal);
        Assert.DoesNotContain("sourceId", empty.Body!.Value.GetRawText(), StringComparison.Ordinal);
    }

    /// <summary>The data of the prompt's "Leg een les vast" button.</summary>
    private static Dictionary<string, object> LessonActionData(System.Text.Json.JsonElement card)
    {
        var action = card.GetProperty("actions").EnumerateArray().Single(a => a.TryGetProperty("verb", out var v) && v.GetString() == RoundVerbs.NewLesson);
        return action.GetProperty("data").EnumerateObject().ToDictionary(p => p.Name, p => (object)p.Value.GetString()!);
    }

    /// <summary>Taps "Leg een les vast" in <paramref name="from"/>'s personal chat (one chat per person); returns the lesson form the bot sends there.</summary>
    private static async Task<RecordedRequest> NewLessonInPersonalChatAsync(SchedulingHarness h, Dictionary<string, object> data, string from)
    {
        var chat = "a:personal-" + from;
        var activity = TestActivities.Invoke(h.Connector.ServiceUrl, "adaptiveCard/action",
            new { action = new { type = "Action.Execute", verb = RoundVerbs.NewLesson, data }, trigger = "manual" }, conversationId: chat, fromId: from);
        Assert.Equal(HttpStatusCode.OK, (await h.Chat.InvokeAsync(activity)).Status);
        return (await h.Connector.WaitForRequestsAsync(r => r.Operation == "Send" && r.ConversationId == chat, 1, BotConversation.ReplyTimeout))[0];
    }

    [Fact]
    public async Task MeetingEnd_RoundStillOpen_SaysSoInTheMeetingChatAndSendsNoSummary()
    {
        await using var h = await PlannedSeriesAsync();
        h.SetLocal(new DateTime(2026, 3, 12, 14, 0, 0));
        await EventAsync(h, MeetingEventValue.StartEventName, EventJoinUrl);
        var session = (await h.Store.GetSessionAsync(h.NoordPartition, Session1, default))!;
        var gespreksleider = SchedulingHarness.UserOf(session.GespreksleiderKey);
        await ClickAsync(h, RoundVerbs.Start, RoundTeam.StartData(SchedulingHarness.UserOf(session.InbrengerKey), gespreksleider), gespreksleider);

        await EventAsync(h, MeetingEventValue.EndEventName, EventJoinUrl, end: true);

        await h.Connector.WaitForRequestsAsync(r => r.Operation == "Send" && r.ConversationId == MeetingChat
            && CardText.Of(r.Body).Contains("De ronde loopt nog"), 1, BotConversation.ReplyTimeout);
        Assert.DoesNotContain(h.Connector.Requests, r => CardText.Of(r.Body).Contains("Samenvatting intervisieronde"));
        Assert.DoesNotContain(h.Connector.Requests, r => r.Operation == "CreateConversation");
    }

    public static TheoryData<string, string?> NotAPlannedSession => new()
    {
        { "another meeting", "https://teams.microsoft.com/l/meetup-join/19%3ameeting_b3RoZXI%40thread.v2/0" },
        { "no join url", null },
        { "not a join url", "https://example.invalid/l/other/19%3ameeting_Zm9vYmFy%40thread.v2" },
        { "plain http", "http://teams.microsoft.com/l/meetup-join/19%3ameeting_Zm9vYmFy%40thread.v2/0" },
        { "another day", EventJoinUrl },
    };

    [Theory]
    [MemberData(nameof(NotAPlannedSession))]
    public async Task MeetingStart_NotAPlannedSession_IsLeftAlone(string situation, string? joinUrl)
    {
        await using var h = await PlannedSeriesAsync();
        h.SetLocal(situation == "another day" ? new DateTime(2026, 3, 13, 14, 0, 0) : new DateTime(2026, 3, 12, 14, 0, 0));

        await EventAsync(h, MeetingEventValue.StartEventName, joinUrl);

        Assert.DoesNotContain(h.Connector.Requests, r => r.Operation == "Send" && r.ConversationId == MeetingChat);
        Assert.Null((await h.Store.GetSessionAsync(h.NoordPartition, Session1, default))!.MeetingStartPostedAt);
    }

    [Fact]
    public async Task MeetingEvent_MalformedValue_IsAcknowledgedAndChangesNothing()
    {
        await using var h = await PlannedSeriesAsync();
        h.SetLocal(new DateTime(2026, 3, 12, 14, 0, 0));

        await EventAsync(h, MeetingEventValue.StartEventName, EventJoinUrl, value: new { JoinUrl = 42, StartTime = "not a time" });
        await EventAsync(h, MeetingEventValue.StartEventName, EventJoinUrl, value: "a string, not an object");

        Assert.DoesNotContain(h.Connector.Requests, r => r.Operation == "Send" && r.ConversationId == MeetingChat);
    }

    [Theory]
    [InlineData("https://teams.microsoft.com/l/meetup-join/19%3ameeting_Zm9vYmFy%40thread.v2/0?context=x", "19:meeting_Zm9vYmFy@thread.v2")]
    [InlineData("https://teams.microsoft.com/l/meetup-join/19%3Ameeting_Zm9vYmFy%40thread.v2/0", "19:meeting_Zm9vYmFy@thread.v2")]
    [InlineData("https://teams.microsoft.com/l/meetup-join/loopback-1", "loopback-1")]
    [InlineData("http://teams.microsoft.com/l/meetup-join/19%3ameeting_x%40thread.v2/0", null)]
    [InlineData("https://teams.microsoft.com/l/chat/19%3ameeting_x%40thread.v2/0", null)]
    [InlineData("not a url", null)]
    [InlineData(null, null)]
    public void ThreadId_NamesTheMeetingWhateverTheEscaping(string? joinUrl, string? expected) =>
        Assert.Equal(expected, MeetingJoinUrl.ThreadId(joinUrl));

    /// <summary>A series planned in team Noord (no Graph) whose Teams meeting is <see cref="GraphJoinUrl"/>, as Graph would have made it.</summary>
    private static async Task<SchedulingHarness> PlannedSeriesAsync()
    {
        var h = await SchedulingHarness.StartAsync(new DateTime(2026, 3, 2, 9, 0, 0));
        await h.ExecuteAsync(SchedulingVerbs.Save, SchedulingHarness.PlanData(), SchedulingHarness.T);
        await h.Store.UpdateSeriesAsync(h.NoordPartition, s =>
        {
            s!.JoinUrl = GraphJoinUrl;
            return s;
        }, default);
        return h;
    }

    /// <summary>Posts a meeting event in the meeting chat and waits until its turn has run (its inbox row is done).</summary>
    private static async Task EventAsync(SchedulingHarness h, string name, string? joinUrl, bool end = false, object? value = null)
    {
        var activity = TestActivities.Message(h.Connector.ServiceUrl, "", conversationId: MeetingChat, fromId: SchedulingHarness.T, conversationType: "groupChat");
        activity["type"] = "event";
        activity["name"] = name;
        activity.Remove("text");
        activity["channelData"] = new { tenant = new { id = TestActivities.TenantId }, meeting = new { id = "MCMxOTptZWV0aW5nX1ptOXZZbUZ5QHRocmVhZC52MiMw" } };
        var now = h.Time.GetUtcNow();
        activity["value"] = value ?? (end
            ? new { Id = "MCMxOTptZWV0aW5nX1ptOXZZbUZ5QHRocmVhZC52MiMw", MeetingType = "Recurring", JoinUrl = joinUrl, Title = "Intervisie Team Noord", EndTime = now }
            : (object)new { Id = "MCMxOTptZWV0aW5nX1ptOXZZbUZ5QHRocmVhZC52MiMw", MeetingType = "Recurring", JoinUrl = joinUrl, Title = "Intervisie Team Noord", StartTime = now });
        Assert.Equal(HttpStatusCode.OK, (await h.Bot.PostActivityAsync(activity)).StatusCode);

        var rows = new InboxRows(AzuriteServer.Shared.ConnectionString, h.Bot.TablePrefix);
        var deadline = DateTime.UtcNow + BotConversation.ReplyTimeout;
        while ((await rows.GetAsync(MeetingChat, (string)activity["id"]!)).GetString("InboxStatus") != "Done")
        {
            if (DateTime.UtcNow > deadline) throw new TimeoutException("The meeting event's turn did not finish.");
            await Task.Delay(20);
        }
    }

    /// <summary>An Action.Execute in the meeting chat (a group chat): the card that replaces the clicked one.</summary>
    private static async Task<System.Text.Json.JsonElement> ClickAsync(SchedulingHarness h, string verb, object data, string from)
    {
        var activity = TestActivities.Invoke(h.Connector.ServiceUrl, "adaptiveCard/action",
            new { action = new { type = "Action.Execute", verb, data }, trigger = "manual" }, conversationId: MeetingChat, fromId: from, conversationType: "groupChat");
        return await h.Chat.ExecuteForCardAsync(activity);
    }
}
