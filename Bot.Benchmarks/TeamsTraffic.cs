using System.Text.Json;

namespace IntervisieBot.Benchmarks;

/// <summary>Teams-shaped activities as they arrive at /api/messages (invented tenant, team and people).</summary>
public sealed class TeamsTraffic(string serviceUrl)
{
    public const string TenantId = "11111111-2222-3333-4444-555555555555";
    public const string BotId = "28:intervisiebot-bench";

    /// <summary>Mixed traffic of a team using the bot: commands, a card action, an app upgrade event.</summary>
    public static readonly IReadOnlyList<TrafficKind> MixedCycle =
    [
        TrafficKind.Help, TrafficKind.RolesCardAction, TrafficKind.Hulp, TrafficKind.UnknownCommand, TrafficKind.Help, TrafficKind.InstallationUpgrade,
    ];

    /// <summary>Only messages that get a reply through the connector: the stream both bots receive.</summary>
    public static readonly IReadOnlyList<TrafficKind> MessageCycle = [TrafficKind.Help, TrafficKind.Hulp, TrafficKind.UnknownCommand];

    /// <summary>Whether the answer travels through the connector (a message) rather than in the HTTP response or not at all.</summary>
    public static bool RepliesThroughConnector(TrafficKind kind) =>
        kind is TrafficKind.Help or TrafficKind.Hulp or TrafficKind.UnknownCommand or TrafficKind.InstallationAdd;

    /// <summary>The activity's id and its JSON body.</summary>
    public (string Id, byte[] Json) Create(TrafficKind kind, BenchConversation conversation)
    {
        var id = Guid.NewGuid().ToString("N");
        var activity = kind switch
        {
            TrafficKind.Help => Message(id, conversation, "help"),
            TrafficKind.Hulp => Message(id, conversation, "hulp"),
            TrafficKind.UnknownCommand => Message(id, conversation, "wanneer is de volgende ronde gepland"),
            TrafficKind.RolesCardAction => RolesSave(id, conversation),
            TrafficKind.InstallationUpgrade => Installation(id, conversation, "add-upgrade"),
            TrafficKind.InstallationAdd => Installation(id, conversation, "add"),
            _ => throw new ArgumentOutOfRangeException(nameof(kind)),
        };
        return (id, JsonSerializer.SerializeToUtf8Bytes(activity));
    }

    private Dictionary<string, object?> Base(string id, string type, BenchConversation c) => new()
    {
        ["type"] = type,
        ["id"] = id,
        ["timestamp"] = DateTimeOffset.UtcNow,
        ["serviceUrl"] = serviceUrl,
        ["channelId"] = "msteams",
        ["from"] = new { id = c.UserId, name = $"Klantmanager {c.Index}", aadObjectId = c.AadObjectId },
        ["recipient"] = new { id = BotId, name = "IntervisieBot" },
        ["conversation"] = new { id = c.ConversationId, conversationType = "channel", tenantId = TenantId, isGroup = true },
        ["channelData"] = new
        {
            tenant = new { id = TenantId },
            team = new { id = c.ConversationId, name = $"Team {c.Index}" },
            channel = new { id = c.ConversationId },
        },
        ["locale"] = "nl-NL",
    };

    private Dictionary<string, object?> Message(string id, BenchConversation c, string command)
    {
        var activity = Base(id, "message", c);
        activity["text"] = $"<at>IntervisieBot</at> {command}";
        activity["entities"] = new object[]
        {
            new { type = "mention", text = "<at>IntervisieBot</at>", mentioned = new { id = BotId, name = "IntervisieBot" } },
        };
        return activity;
    }

    private Dictionary<string, object?> RolesSave(string id, BenchConversation c)
    {
        var activity = Base(id, "invoke", c);
        activity["name"] = "adaptiveCard/action";
        activity["value"] = new
        {
            action = new
            {
                type = "Action.Execute",
                verb = "roles.save",
                data = new { verb = "roles.save", teamleiders = c.AadObjectId, kennismakelaars = "" },
            },
            trigger = "manual",
        };
        return activity;
    }

    private Dictionary<string, object?> Installation(string id, BenchConversation c, string action)
    {
        var activity = Base(id, "installationUpdate", c);
        activity["action"] = action;
        return activity;
    }

    /// <summary>
    /// Whether a roles.save invoke response is the updated roles card (it has the teamleiders input), not a refusal notice.
    /// </summary>
    public static bool IsSavedRolesCard(byte[] invokeResponse) =>
        invokeResponse.AsSpan().IndexOf("\"teamleiders\""u8) >= 0 && invokeResponse.AsSpan().IndexOf("application/vnd.microsoft.card.adaptive"u8) >= 0;

    /// <summary>The conversation's one member as the connector's paged member list returns it.</summary>
    public static object Member(BenchConversation c) => new { id = c.UserId, name = $"Klantmanager {c.Index}", aadObjectId = c.AadObjectId };
}
