using System.Net;
using System.Text.Json;
using IntervisieBot.Features.Lessons.Domain;
using IntervisieBot.Features.Lessons.Storage;
using IntervisieBot.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace IntervisieBot.Tests.Lessons;

/// <summary>The real bot on Azurite with a loopback connector, plus helpers to talk to it as team members.</summary>
public sealed class LessonsHarness : IAsyncDisposable
{
    public const string TeamNoord = "19:team-noord@thread.tacv2";
    public const string TeamZuid = "19:team-zuid@thread.tacv2";
    public static readonly TimeSpan Wait = TimeSpan.FromSeconds(20);

    private LessonsHarness(LoopbackConnector connector, BotApplicationFactory bot)
    {
        Connector = connector;
        Bot = bot;
    }

    public LoopbackConnector Connector { get; }
    public BotApplicationFactory Bot { get; }

    public static async Task<LessonsHarness> StartAsync(IReadOnlyDictionary<string, string?>? settings = null, Action<IServiceCollection>? services = null)
    {
        var connector = await LoopbackConnector.StartAsync();
        var bot = new BotApplicationFactory(settings, services);
        return new LessonsHarness(connector, bot);
    }

    public LessonStore Store => Bot.Services.GetRequiredService<LessonStore>();

    public static string Aad(string userId) => TestActivities.AadFor(userId);

    public Task<IReadOnlyList<Lesson>> TeamLessonsAsync(string team) =>
        Store.ListAsync(LessonPartitions.Team(TestActivities.TenantId, team), 1000, default);

    public Task<IReadOnlyList<Lesson>> PersonalLessonsAsync(string userId) =>
        Store.ListAsync(LessonPartitions.Personal(TestActivities.TenantId, Aad(userId)), 1000, default);

    public Task<IReadOnlyList<Lesson>> PublishedLessonsAsync() =>
        Store.ListAsync(LessonPartitions.Organisation(TestActivities.TenantId), 1000, default);

    /// <summary>Sends a message (in a team channel when <paramref name="team"/> is set) and returns the bot's reply.</summary>
    public async Task<RecordedRequest> SayAsync(string text, string fromId = "29:user-a", string? team = null, string locale = "nl-NL")
    {
        var activity = TestActivities.Message(Connector.ServiceUrl, text, fromId: fromId, locale: locale);
        if (team is not null) activity.InChannel(team);
        Assert.Equal(HttpStatusCode.OK, (await Bot.PostActivityAsync(activity)).StatusCode);
        return (await Connector.WaitForRequestsAsync(r => IsReplyTo(r, activity), 1, Wait))[0];
    }

    /// <summary>An Action.Execute invoke; returns the card (or message) of the universal action response.</summary>
    public async Task<JsonElement> ExecuteAsync(string verb, object data, string fromId = "29:user-a", string? team = null, string locale = "nl-NL")
    {
        var json = JsonSerializer.SerializeToNode(data)!.AsObject();
        json["verb"] = verb;
        var activity = TestActivities.CardAction(Connector.ServiceUrl, verb, json, fromId: fromId, locale: locale);
        if (team is not null) activity.InChannel(team);
        var response = await Bot.PostActivityAsync(activity);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var doc = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return doc.RootElement.GetProperty("value").Clone();
    }

    /// <summary>Any other invoke (messaging extension); returns status and body.</summary>
    public async Task<(HttpStatusCode Status, JsonElement Body)> InvokeAsync(string name, object value, string fromId = "29:user-a", string? team = null, string locale = "nl-NL")
    {
        var activity = TestActivities.Invoke(Connector.ServiceUrl, name, value, fromId: fromId, locale: locale);
        if (team is not null) activity.InChannel(team);
        var response = await Bot.PostActivityAsync(activity);
        var text = await response.Content.ReadAsStringAsync();
        using var doc = JsonDocument.Parse(text.Length == 0 ? "null" : text);
        return (response.StatusCode, doc.RootElement.Clone());
    }

    public static bool IsReplyTo(RecordedRequest request, Dictionary<string, object?> activity) =>
        request.Body?.TryGetProperty("replyToId", out var to) == true && to.GetString() == (string)activity["id"]!;

    public async ValueTask DisposeAsync()
    {
        await Bot.DisposeAsync();
        await Connector.DisposeAsync();
    }
}
