using System.Net;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;

namespace IntervisieBot.Tests.Infrastructure;

/// <summary>
/// The real bot in-process (Azurite, development mode) with a loopback connector: what an in-process turn test needs.
/// Send an activity and get the bot's reply as the connector received it, or run a card action and get its answer.
/// </summary>
public sealed class BotConversation : IAsyncDisposable
{
    public static readonly TimeSpan ReplyTimeout = TimeSpan.FromSeconds(30);

    private BotConversation(LoopbackConnector connector, BotApplicationFactory bot)
    {
        Connector = connector;
        Bot = bot;
    }

    public LoopbackConnector Connector { get; }
    public BotApplicationFactory Bot { get; }
    public string ServiceUrl => Connector.ServiceUrl;
    public IServiceProvider Services => Bot.Services;

    /// <param name="services">Test services added last (e.g. a fake <see cref="TimeProvider"/>).</param>
    public static async Task<BotConversation> StartAsync(IReadOnlyDictionary<string, string?>? settings = null, Action<IServiceCollection>? services = null) =>
        new(await LoopbackConnector.StartAsync(), new BotApplicationFactory(settings, services));

    /// <summary>Posts a message (or event) activity and returns the bot's reply to it (matched by replyToId).</summary>
    public async Task<RecordedRequest> SayAsync(Dictionary<string, object?> activity)
    {
        var response = await Bot.PostActivityAsync(activity);
        if (response.StatusCode != HttpStatusCode.OK) throw new InvalidOperationException($"/api/messages answered {(int)response.StatusCode}.");
        var id = (string)activity["id"]!;
        return (await Connector.WaitForRequestsAsync(r => r.Body?.TryGetProperty("replyToId", out var to) == true && to.GetString() == id, 1, ReplyTimeout))[0];
    }

    /// <summary>Posts an invoke (e.g. an adaptiveCard/action) and returns the HTTP status and the parsed invoke response body.</summary>
    public async Task<(HttpStatusCode Status, JsonElement Body)> InvokeAsync(Dictionary<string, object?> activity)
    {
        var response = await Bot.PostActivityAsync(activity);
        var text = await response.Content.ReadAsStringAsync();
        using var doc = JsonDocument.Parse(text.Length == 0 ? "null" : text);
        return (response.StatusCode, doc.RootElement.Clone());
    }

    /// <summary>Runs an Action.Execute and returns the card that replaces the clicked one (fails when it answered otherwise).</summary>
    public async Task<JsonElement> ExecuteForCardAsync(Dictionary<string, object?> cardAction)
    {
        var (status, body) = await InvokeAsync(cardAction);
        if (status != HttpStatusCode.OK || body.ValueKind != JsonValueKind.Object
            || body.GetProperty("type").GetString() != "application/vnd.microsoft.card.adaptive")
            throw new InvalidOperationException($"Expected a card, got {(int)status}: {body}");
        return body.GetProperty("value");
    }

    public async ValueTask DisposeAsync()
    {
        await Bot.DisposeAsync();
        await Connector.DisposeAsync();
    }
}
