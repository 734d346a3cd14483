using IntervisieBot.Protocol.Schema;

namespace IntervisieBot.Features.Shared;

/// <summary>A person's 1:1 chat with the bot, as every feature reaches it (<see cref="PrivateCard"/>, the reminders outbox).</summary>
public static class PersonalChat
{
    /// <summary>
    /// The create-conversation call that creates, or finds, the 1:1 chat of <paramref name="userId"/> with the bot in
    /// <paramref name="tenantId"/> (the tenant in <c>channelData</c> too, as Teams wants it).
    /// </summary>
    public static ConversationParameters Parameters(ChannelAccount? bot, string userId, string? tenantId) => new()
    {
        IsGroup = false,
        Bot = bot,
        Members = [new ChannelAccount { Id = userId }],
        TenantId = tenantId,
        ChannelData = new TenantChannelData(new TenantInfo(tenantId)),
    };
}
