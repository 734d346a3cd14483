using System.Globalization;
using System.Text;
using System.Text.Json;
using IntervisieBot.Features.Handreikingen.Domain;
using IntervisieBot.Features.Intervisie.Cards;
using IntervisieBot.Features.Lessons.Cards;
using IntervisieBot.Features.Lessons.Domain;
using IntervisieBot.Features.Teams.Roles;

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

    /// <summary>Whether it is a card action (an invoke, answered in the HTTP response).</summary>
    public static bool IsCardAction(TrafficKind kind) =>
        kind is TrafficKind.RolesCardAction or TrafficKind.LessonSave or TrafficKind.RoundStart or TrafficKind.RoundContribute
            or TrafficKind.RoundAdvance or TrafficKind.RoundClose;

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
            TrafficKind.LessonSave => CardAction(id, conversation, LessonFormCard.SaveVerb, new Dictionary<string, object?>
            {
                [LessonFormCard.LessonInput] = $"Bij een klant met schulden eerst samen het overzicht maken, dan pas afspraken over de inkomsten ({conversation.Index}).",
                [LessonFormCard.ActionPlanInput] = "Volgende week bij twee klanten het budgetgesprek samen met de schuldhulpverlener voeren.",
                [LessonFormCard.CopingPlanInput] = "",
                [LessonFormCard.TagsInput] = "schulden",
                [LessonFormCard.TypeInput] = LessonTypes.Uitproberen,
                [LessonFormCard.EvidenceInput] = EvidenceLevels.Praktijkervaring,
                [LessonFormCard.HandreikingenInput] = "",
                [LessonFormCard.CheckWeeksInput] = "6",
                [LessonFormCard.VisibilityInput] = LessonVisibility.MijnTeam,
            }),
            TrafficKind.RoundStart => CardAction(id, conversation, RoundVerbs.Start, new Dictionary<string, object?>
            {
                [RoundVerbs.MethodInput] = "vijfstappenmethode",
                [RoundVerbs.ModeInput] = RoundVerbs.ModeLive,
                [RoundVerbs.InbrengerInput] = conversation.AadObjectId,
                [RoundVerbs.GespreksleiderInput] = conversation.AadObjectId,
            }),
            TrafficKind.RoundContribute => CardAction(id, conversation, RoundVerbs.Contribute, new Dictionary<string, object?>
            {
                [RoundVerbs.RoundIdData] = conversation.RoundId,
                [RoundVerbs.PhaseIndexData] = conversation.Phase,
                [RoundVerbs.ContributionInput] = conversation.Phase == 0
                    ? "Hoe kan ik een klant die afspraken steeds afzegt toch in beweging krijgen?"
                    : "Wat gebeurde er vlak voordat de klant de laatste afspraak afzegde?",
            }),
            TrafficKind.RoundAdvance => CardAction(id, conversation, RoundVerbs.Advance, new Dictionary<string, object?>
            {
                [RoundVerbs.RoundIdData] = conversation.RoundId,
                [RoundVerbs.PhaseIndexData] = conversation.Phase,
            }),
            TrafficKind.RoundClose => CardAction(id, conversation, RoundVerbs.Close, new Dictionary<string, object?> { [RoundVerbs.RoundIdData] = conversation.RoundId }),
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
        CardAction(id, c, RolesCard.SaveVerb, new Dictionary<string, object?> { [RolesCard.TeamleidersInput] = c.AadObjectId, [RolesCard.KennismakelaarsInput] = "" });

    /// <summary>An Adaptive Card Action.Execute invoke as Teams sends it (the inputs are merged into the action's data).</summary>
    private Dictionary<string, object?> CardAction(string id, BenchConversation c, string verb, Dictionary<string, object?> data)
    {
        data["verb"] = verb;
        var activity = Base(id, "invoke", c);
        activity["name"] = "adaptiveCard/action";
        activity["value"] = new { action = new { type = "Action.Execute", verb, data }, trigger = "manual" };
        activity["replyToId"] = CardMessageId(c); // as Teams sends it: the message that carries the card clicked
        return activity;
    }

    /// <summary>The id of the message carrying the conversation's card (one card per conversation; a round's card once started).</summary>
    private static string CardMessageId(BenchConversation c) => "1700000" + c.Index.ToString("D6", System.Globalization.CultureInfo.InvariantCulture);

    private Dictionary<string, object?> Installation(string id, BenchConversation c, string action)
    {
        var activity = Base(id, "installationUpdate", c);
        activity["action"] = action;
        return activity;
    }

    // What the bot's answers contain, from its own constants and Dutch resources (the traffic's locale is nl-NL).
    private static readonly byte[] SavedRolesMarker = Quoted(RolesCard.TeamleidersInput);
    private static readonly byte[] SavedLessonMarker = Quoted(LessonCard.EditVerb);
    private static readonly byte[] RoundIdMarker = Encoding.UTF8.GetBytes($"\"{RoundVerbs.RoundIdData}\":\"");
    private static readonly byte[] RoundRefusalMarker = Encoding.UTF8.GetBytes(RoundCardStrings.RefusalTitle(CultureInfo.GetCultureInfo("nl-NL")));

    private static byte[] Quoted(string value) => Encoding.UTF8.GetBytes($"\"{value}\"");

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
                return body.IndexOf(SavedRolesMarker) >= 0 ? null : "roles-not-saved";
            case TrafficKind.LessonSave:
                return body.IndexOf(SavedLessonMarker) >= 0 ? null : "lesson-not-saved"; // the saved lesson's card (owner may edit)
            case TrafficKind.RoundStart:
                var marker = RoundIdMarker.AsSpan();
                var at = body.IndexOf(marker);
                if (at < 0) return "round-not-started";
                conversation.RoundId = Encoding.UTF8.GetString(body.Slice(at + marker.Length, 32));
                conversation.Phase = 0;
                return null;
            default:
                if (body.IndexOf(RoundRefusalMarker) >= 0) return "round-refused";
                if (kind == TrafficKind.RoundAdvance) conversation.Phase++;
                if (kind == TrafficKind.RoundClose) conversation.RoundId = null;
                return null;
        }
    }

    /// <summary>The conversation's one member as the connector's paged member list returns it.</summary>
    public static object Member(BenchConversation c) => new { id = c.UserId, name = $"Klantmanager {c.Index}", aadObjectId = c.AadObjectId };
}
