namespace IntervisieBot.Tests.Infrastructure;

/// <summary>Teams-shaped activities for tests (invented ids; no real people).</summary>
public static class TestActivities
{
    public const string TenantId = "11111111-2222-3333-4444-555555555555";
    public const string BotId = "28:intervisiebot-test";

    public static Dictionary<string, object?> Message(string serviceUrl, string text, string conversationId = "a:personal-1",
        string fromId = "29:user-a", string fromName = "Klantmanager A", string? id = null, string conversationType = "personal",
        string locale = "nl-NL", object? value = null, string? replyToId = null) => new()
    {
        ["type"] = "message",
        ["id"] = id ?? Guid.NewGuid().ToString("N"),
        ["timestamp"] = DateTimeOffset.UtcNow,
        ["serviceUrl"] = serviceUrl,
        ["channelId"] = "msteams",
        ["from"] = new { id = fromId, name = fromName, aadObjectId = AadFor(fromId) },
        ["recipient"] = new { id = BotId, name = "IntervisieBot" },
        ["conversation"] = new { id = conversationId, conversationType, tenantId = TenantId, isGroup = conversationType != "personal" },
        ["channelData"] = new { tenant = new { id = TenantId } },
        ["locale"] = locale,
        ["text"] = text,
        ["value"] = value,
        ["replyToId"] = replyToId,
    };

    public static Dictionary<string, object?> InstallationAdd(string serviceUrl, string conversationId = "a:personal-1",
        string conversationType = "personal", string fromId = "29:user-a", string locale = "nl-NL") => new()
    {
        ["type"] = "installationUpdate",
        ["id"] = Guid.NewGuid().ToString("N"),
        ["action"] = "add",
        ["serviceUrl"] = serviceUrl,
        ["channelId"] = "msteams",
        ["from"] = new { id = fromId, name = "Teamleider T" },
        ["recipient"] = new { id = BotId, name = "IntervisieBot" },
        ["conversation"] = new { id = conversationId, conversationType, tenantId = TenantId },
        ["channelData"] = new { tenant = new { id = TenantId } },
        ["locale"] = locale,
    };

    public static Dictionary<string, object?> BotAddedToTeam(string serviceUrl, string conversationId = "19:general@thread.tacv2", string locale = "nl-NL",
        string fromId = "29:user-t") => new()
    {
        ["type"] = "conversationUpdate",
        ["id"] = Guid.NewGuid().ToString("N"),
        ["serviceUrl"] = serviceUrl,
        ["channelId"] = "msteams",
        ["from"] = new { id = fromId, name = "Teamleider T", aadObjectId = AadFor(fromId) },
        ["recipient"] = new { id = BotId, name = "IntervisieBot" },
        ["conversation"] = new { id = conversationId, conversationType = "channel", tenantId = TenantId, isGroup = true },
        ["membersAdded"] = new[] { new { id = BotId } },
        ["channelData"] = new { tenant = new { id = TenantId }, team = new { id = conversationId, name = "Team Werk Noord" }, eventType = "teamMemberAdded" },
        ["locale"] = locale,
    };

    public static Dictionary<string, object?> Invoke(string serviceUrl, string name, object value, string conversationId = "a:personal-1",
        string fromId = "29:user-a", string conversationType = "personal", string locale = "nl-NL") => new()
    {
        ["type"] = "invoke",
        ["id"] = Guid.NewGuid().ToString("N"),
        ["name"] = name,
        ["value"] = value,
        ["serviceUrl"] = serviceUrl,
        ["channelId"] = "msteams",
        ["from"] = new { id = fromId, name = "Klantmanager A", aadObjectId = AadFor(fromId) },
        ["recipient"] = new { id = BotId, name = "IntervisieBot" },
        ["conversation"] = new { id = conversationId, conversationType, tenantId = TenantId },
        ["channelData"] = new { tenant = new { id = TenantId } },
        ["locale"] = locale,
    };

    /// <summary>The Entra object id the tests give a user id (deterministic, invented).</summary>
    public static string AadFor(string userId) =>
        new Guid(System.Security.Cryptography.MD5.HashData(System.Text.Encoding.UTF8.GetBytes(userId))).ToString();

    /// <summary>A roster entry as the connector's member list returns it.</summary>
    public static IntervisieBot.Protocol.Schema.ChannelAccount Member(string userId, string name) => new() { Id = userId, Name = name, AadObjectId = AadFor(userId) };

    /// <summary>Moves an activity into a team channel (conversation = channel thread, channelData.team set).</summary>
    /// <param name="aadGroupId">The team's Microsoft 365 group, as Teams sends it with install and team events (not with messages).</param>
    public static Dictionary<string, object?> InChannel(this Dictionary<string, object?> activity, string teamId = "19:team-noord@thread.tacv2", string? channelConversationId = null,
        string tenantId = TenantId, string? aadGroupId = null)
    {
        activity["conversation"] = new { id = channelConversationId ?? teamId, conversationType = "channel", tenantId, isGroup = true };
        object team = aadGroupId is null ? new { id = teamId, name = "Team Noord" } : new { id = teamId, name = "Team Noord", aadGroupId };
        activity["channelData"] = new { tenant = new { id = tenantId }, team, channel = new { id = channelConversationId ?? teamId } };
        return activity;
    }

    /// <summary>An Action.Execute invoke for a card verb with the card's data and inputs.</summary>
    public static Dictionary<string, object?> CardAction(string serviceUrl, string verb, object data, string fromId = "29:user-a", string locale = "nl-NL") =>
        Invoke(serviceUrl, "adaptiveCard/action", new { action = new { type = "Action.Execute", verb, data }, trigger = "manual" }, fromId: fromId, locale: locale);
}
