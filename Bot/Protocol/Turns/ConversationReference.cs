namespace IntervisieBot.Protocol.Turns;

/// <summary>What the bot needs to reach a conversation proactively. Stored only from authenticated activities.</summary>
public sealed record ConversationReference(
    string TenantId,
    string ConversationId,
    string? ConversationType,
    string ServiceUrl,
    string? BotId,
    string? BotName,
    string? TeamId,
    string? TeamName,
    DateTimeOffset UpdatedAt);
