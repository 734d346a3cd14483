using System.Text.Json;

namespace IntervisieBot.Benchmarks;

/// <summary>Teams-shaped activities as they arrive at /api/messages (invented tenant, team and people).</summary>
public sealed class TeamsTraffic(string serviceUrl)
{
    public const string TenantId = "11111111-2222-3333-4444-555555555555";
    public const string BotId = "28:intervisiebot-bench";

    /// <summary>
    /// Mixed traffic of a team using the bot: commands, an intervisie round (start, contributions in two phases, advance,
    /// close), a lesson capture, the roles card action and an app upgrade event.
    /// </summary>
    public static readonly IReadOnlyList<TrafficKind> MixedCycle =
    [
        TrafficKind.Help, TrafficKind.RoundStart, TrafficKind.RoundContribute, TrafficKind.RolesCardAction, TrafficKind.RoundAdvance,
        TrafficKind.Hulp, TrafficKind.RoundContribute, TrafficKind.LessonSave, TrafficKind.RoundClose, TrafficKind.UnknownCommand,
        TrafficKind.InstallationUpgrade,
    ];

    /// <summary>Kinds that act on the conversation's running round (skipped while it has none).</summary>
    public static bool NeedsRound(TrafficKind kind) => kind is TrafficKind.RoundContribute or TrafficKind.RoundAdvance or TrafficKind.RoundClose;

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
            TrafficKind.LessonSave => CardAction(id, conversation, "lessons.save", new Dictionary<string, object?>
            {
                ["lesson"] = $"Bij een klant met schulden eerst samen het overzicht maken, dan pas afspraken over de inkomsten ({conversation.Index}).",
                ["actionPlan"] = "Volgende week bij twee klanten het budgetgesprek samen met de schuldhulpverlener voeren.",
                ["copingPlan"] = "",
                ["tags"] = "schulden",
                ["type"] = "uitproberen",
                ["evidence"] = "praktijkervaring",
                ["handreikingen"] = "",
                ["checkWeeks"] = "6",
                ["visibility"] = "mijn-team",
            }),
            TrafficKind.RoundStart => CardAction(id, conversation, "intervisie.start", new Dictionary<string, object?>
            {
                ["method"] = "vijfstappenmethode",
                ["mode"] = "live",
                ["inbrenger"] = conversation.AadObjectId,
                ["gespreksleider"] = conversation.AadObjectId,
            }),
            TrafficKind.RoundContribute => CardAction(id, conversation, "intervisie.contribute", new Dictionary<string, object?>
            {
                ["roundId"] = conversation.RoundId,
                ["phaseIndex"] = conversation.Phase,
                ["contribution"] = conversation.Phase == 0
                    ? "Hoe kan ik een klant die afspraken steeds afzegt toch in beweging krijgen?"
                    : "Wat gebeurde er vlak voordat de klant de laatste afspraak afzegde?",
            }),
            TrafficKind.RoundAdvance => CardAction(id, conversation, "intervisie.advance", new Dictionary<string, object?>
            {
                ["roundId"] = conversation.RoundId,
                ["phaseIndex"] = conversation.Phase,
            }),
            TrafficKind.RoundClose => CardAction(id, conversation, "intervisie.close", new Dictionary<string, object?> { ["roundId"] = conversation.RoundId }),
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

    private Dictionary<string, object?> RolesSave(string id, BenchConversation c) =>
        CardAction(id, c, "roles.save", new Dictionary<string, object?> { ["teamleiders"] = c.AadObjectId, ["kennismakelaars"] = "" });

    /// <summary>An Adaptive Card Action.Execute invoke as Teams sends it (the inputs are merged into the action's data).</summary>
    private Dictionary<string, object?> CardAction(string id, BenchConversation c, string verb, Dictionary<string, object?> data)
    {
        data["verb"] = verb;
        var activity = Base(id, "invoke", c);
        activity["name"] = "adaptiveCard/action";
        activity["value"] = new { action = new { type = "Action.Execute", verb, data }, trigger = "manual" };
        return activity;
    }

    private Dictionary<string, object?> Installation(string id, BenchConversation c, string action)
    {
        var activity = Base(id, "installationUpdate", c);
        activity["action"] = action;
        return activity;
    }

    /// <summary>
    /// Checks that a card action did the real work (not a refusal or a form sent back) and follows the round's state.
    /// Returns an error label, or null when the response is the expected card.
    /// </summary>
    public static string? Observe(TrafficKind kind, byte[] invokeResponse, BenchConversation conversation)
    {
        var body = invokeResponse.AsSpan();
        if (kind is not (TrafficKind.RolesCardAction or TrafficKind.LessonSave or TrafficKind.RoundStart or TrafficKind.RoundContribute
            or TrafficKind.RoundAdvance or TrafficKind.RoundClose)) return null;
        if (body.IndexOf("application/vnd.microsoft.card.adaptive"u8) < 0) return "no-card";
        switch (kind)
        {
            case TrafficKind.RolesCardAction:
                return body.IndexOf("\"teamleiders\""u8) >= 0 ? null : "roles-not-saved";
            case TrafficKind.LessonSave:
                return body.IndexOf("\"lessons.edit\""u8) >= 0 ? null : "lesson-not-saved"; // the saved lesson's card (owner may edit)
            case TrafficKind.RoundStart:
                var marker = "\"roundId\":\""u8;
                var at = body.IndexOf(marker);
                if (at < 0) return "round-not-started";
                conversation.RoundId = System.Text.Encoding.UTF8.GetString(body.Slice(at + marker.Length, 32));
                conversation.Phase = 0;
                return null;
            default:
                if (body.IndexOf("Dat lukt niet"u8) >= 0) return "round-refused";
                if (kind == TrafficKind.RoundAdvance) conversation.Phase++;
                if (kind == TrafficKind.RoundClose) conversation.RoundId = null;
                return null;
        }
    }

    /// <summary>The conversation's one member as the connector's paged member list returns it.</summary>
    public static object Member(BenchConversation c) => new { id = c.UserId, name = $"Klantmanager {c.Index}", aadObjectId = c.AadObjectId };
}
