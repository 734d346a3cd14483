using System.Net;
using System.Text.Json;
using IntervisieBot.Features.Lessons.Cards;
using IntervisieBot.Features.Lessons.Domain;
using IntervisieBot.Features.Lessons.FollowUp.Domain;
using IntervisieBot.Features.Lessons.Storage;
using IntervisieBot.Features.Reminders.Domain;
using IntervisieBot.Features.Reminders.Handlers;
using IntervisieBot.Features.Reminders.Storage;
using IntervisieBot.Storage;
using IntervisieBot.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace IntervisieBot.Tests.Lessons.FollowUp;

/// <summary>
/// The real bot on Azurite with a loopback connector and a fake clock; the reminder engine is driven by the test
/// (<see cref="RunEngineAsync"/>), never by the background poller, so nothing sleeps.
/// </summary>
internal sealed class FollowUpHarness : IAsyncDisposable
{
    public const string Owner = "29:user-a";
    public const string Other = "29:user-b";
    public const string Team = "19:team-noord@thread.tacv2";

    /// <summary>Monday 2 March 2026, 10:00 in Amsterdam: inside the working-day window.</summary>
    public static readonly DateTimeOffset Monday = new(2026, 3, 2, 9, 0, 0, TimeSpan.Zero);

    private FollowUpHarness(BotConversation chat, FakeTimeProvider time)
    {
        Chat = chat;
        Time = time;
    }

    public BotConversation Chat { get; }
    public LoopbackConnector Connector => Chat.Connector;
    public BotApplicationFactory Bot => Chat.Bot;
    public FakeTimeProvider Time { get; }
    public LessonStore Store => Bot.Services.GetRequiredService<LessonStore>();
    public ReminderScheduler Reminders => Bot.Services.GetRequiredService<ReminderScheduler>();
    public ReminderEngine Engine => Bot.Services.GetRequiredService<ReminderEngine>();
    public WorkingDayCalendar Calendar => Bot.Services.GetRequiredService<WorkingDayCalendar>();

    public static async Task<FollowUpHarness> StartAsync(DateTimeOffset? start = null)
    {
        var time = new FakeTimeProvider(start ?? Monday);
        var chat = await BotConversation.StartAsync(
            new Dictionary<string, string?> { ["Reminders:DeliveryEnabled"] = "false", ["Connector:MaxAttempts"] = "1" },
            services => services.AddSingleton<TimeProvider>(time));
        return new FollowUpHarness(chat, time);
    }

    public static string Aad(string userId) => TestActivities.AadFor(userId);

    public static string PersonalPartition(string userId = Owner) => LessonPartitions.Personal(TestActivities.TenantId, Aad(userId));

    public static string TeamPartition => LessonPartitions.Team(TestActivities.TenantId, Team);

    /// <summary>Saves a lesson through <c>lessons.save</c> (in the team channel when <paramref name="inTeam"/>) and returns it as stored.</summary>
    public async Task<Lesson> SaveLessonAsync(string text, string actionPlan = "", bool inTeam = false, int weeks = 4, string tags = "", string? lessonId = null, string fromId = Owner)
    {
        var data = new Dictionary<string, object?>
        {
            ["verb"] = LessonFormCard.SaveVerb,
            [LessonFormCard.LessonInput] = text,
            [LessonFormCard.ActionPlanInput] = actionPlan,
            [LessonFormCard.TagsInput] = tags,
            [LessonFormCard.TypeInput] = LessonTypes.Uitproberen,
            [LessonFormCard.EvidenceInput] = "praktijkervaring",
            [LessonFormCard.CheckWeeksInput] = weeks.ToString(System.Globalization.CultureInfo.InvariantCulture),
            [LessonFormCard.VisibilityInput] = inTeam ? LessonVisibility.MijnTeam : LessonVisibility.AlleenIk,
        };
        if (lessonId is not null) data[LessonFormCard.LessonIdData] = lessonId;
        var activity = TestActivities.CardAction(Connector.ServiceUrl, LessonFormCard.SaveVerb, data, fromId: fromId);
        if (inTeam) activity.InChannel(Team);
        var response = await Bot.PostActivityAsync(activity);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var partition = inTeam ? TeamPartition : PersonalPartition(fromId);
        var lessons = await Store.ListAsync(partition, 100, default);
        return lessonId is null
            ? lessons.Single(l => l.Text == text)
            : lessons.Single(l => l.Id == lessonId);
    }

    public Task<Lesson?> LessonAsync(Lesson lesson) => Store.GetAsync(LessonPartitions.Of(lesson), lesson.Id, default);

    public async Task<Lesson> ReloadAsync(Lesson lesson) => await LessonAsync(lesson) ?? throw new Xunit.Sdk.XunitException("Lesson gone.");

    /// <summary>The reminder rows the lesson now lists (bucket|id), as stored in the outbox.</summary>
    public async Task<IReadOnlyList<ReminderRow>> OpenRowsAsync(Lesson lesson)
    {
        var current = await ReloadAsync(lesson);
        var rows = new List<ReminderRow>();
        foreach (var reference in current.Check.Reminders)
        {
            var (bucket, id) = LessonCheckIds.ParseRef(reference)!.Value;
            rows.Add(await Reminders.GetAsync(bucket, id, default) ?? throw new Xunit.Sdk.XunitException("Listed reminder missing: " + reference));
        }
        return rows;
    }

    /// <summary>The reminder row with id <paramref name="id"/> due at <paramref name="due"/> (its bucket is the due hour).</summary>
    public Task<ReminderRow?> RowAsync(string id, DateTimeOffset due) => Reminders.GetAsync(ReminderBucket.Of(due), TableKeys.Encode(id), default);

    /// <summary>Moves the clock to <paramref name="at"/> and runs one poll of the engine.</summary>
    public async Task<int> RunEngineAtAsync(DateTimeOffset at)
    {
        if (at > Time.GetUtcNow()) Time.SetUtcNow(at);
        return await Engine.RunOnceAsync(default);
    }

    public IReadOnlyList<RecordedRequest> CheckCardsSent() =>
        [.. Connector.Requests.Where(r => r.Operation == "Send" && CardText.Of(r.Body).Any(t => t.StartsWith("Terugblik op je les", StringComparison.Ordinal) || t.StartsWith("Nog even", StringComparison.Ordinal)))];

    /// <summary>An Action.Execute invoke from the owner's 1:1 chat; returns the whole invoke response body.</summary>
    public async Task<JsonElement> ExecuteAsync(string verb, IDictionary<string, object?> data, string fromId = Owner, Action<Dictionary<string, object?>>? tweak = null)
    {
        var payload = new Dictionary<string, object?>(data) { ["verb"] = verb };
        var activity = TestActivities.CardAction(Connector.ServiceUrl, verb, payload, fromId: fromId);
        tweak?.Invoke(activity);
        var (status, body) = await Chat.InvokeAsync(activity);
        Assert.Equal(HttpStatusCode.OK, status);
        return body;
    }

    /// <summary>The card that replaces the clicked one.</summary>
    public async Task<JsonElement> ExecuteForCardAsync(string verb, IDictionary<string, object?> data, string fromId = Owner, Action<Dictionary<string, object?>>? tweak = null)
    {
        var body = await ExecuteAsync(verb, data, fromId, tweak);
        Assert.Equal("application/vnd.microsoft.card.adaptive", body.GetProperty("type").GetString());
        return body.GetProperty("value");
    }

    /// <summary>The data of the card action with <paramref name="title"/> in a card (its Action.Execute data).</summary>
    public static Dictionary<string, object?> ActionData(JsonElement card, string title)
    {
        foreach (var action in card.GetProperty("actions").EnumerateArray())
        {
            if (action.GetProperty("title").GetString() != title) continue;
            return action.GetProperty("data").EnumerateObject().Where(p => p.Name != "verb")
                .ToDictionary(p => p.Name, p => (object?)p.Value.GetString());
        }
        throw new Xunit.Sdk.XunitException($"No action '{title}' in the card: " + string.Join(" | ", CardText.OfCard(card)));
    }

    public static bool HasAction(JsonElement card, string title) =>
        card.TryGetProperty("actions", out var actions) && actions.EnumerateArray().Any(a => a.GetProperty("title").GetString() == title);

    /// <summary>The first adaptive card attached to a recorded request.</summary>
    public static JsonElement CardOf(RecordedRequest request) =>
        request.Body!.Value.GetProperty("attachments")[0].GetProperty("content");

    public ValueTask DisposeAsync() => Chat.DisposeAsync();
}
