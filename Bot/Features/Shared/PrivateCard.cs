using IntervisieBot.Cards;
using IntervisieBot.Protocol.Connector;
using IntervisieBot.Protocol.Schema;
using IntervisieBot.Protocol.Turns;

namespace IntervisieBot.Features.Shared;

/// <summary>
/// A card only one person sees: a Teams targeted message in the conversation they are in (<c>?isTargetedActivity=true</c>,
/// the activity's recipient is that person), or — when Teams refuses it (a preview feature) — their 1:1 chat with the bot.
/// Used inside a turn (the privacy guard's notice about a user's own post) and outside one (a round's private nudge).
/// </summary>
public static class PrivateCard
{
    /// <summary>Sends <paramref name="card"/> to <paramref name="to"/>; never throws for a refusal by Teams.</summary>
    public static async Task<PrivateCardResult> SendAsync(IConnectorClient connector, PrivateCardAddress to, AdaptiveCard card, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(connector);
        ArgumentNullException.ThrowIfNull(to);
        int targetedStatus;
        try
        {
            await SendTargetedAsync(connector, to, card, cancellationToken).ConfigureAwait(false);
            return new PrivateCardResult(PrivateCardDelivery.Targeted, 0);
        }
        catch (ConnectorException ex)
        {
            targetedStatus = ex.StatusCode;
        }

        try
        {
            return await SendToPersonalChatAsync(connector, to, card, cancellationToken).ConfigureAwait(false)
                ? new PrivateCardResult(PrivateCardDelivery.PersonalChat, targetedStatus)
                : new PrivateCardResult(PrivateCardDelivery.Failed, targetedStatus);
        }
        catch (ConnectorException ex)
        {
            return new PrivateCardResult(PrivateCardDelivery.Failed, targetedStatus, ex.StatusCode);
        }
    }

    /// <summary>The targeted message alone. Throws <see cref="ConnectorException"/> when Teams refuses it.</summary>
    public static Task<ResourceResponse> SendTargetedAsync(IConnectorClient connector, PrivateCardAddress to, AdaptiveCard card, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(connector);
        ArgumentNullException.ThrowIfNull(to);
        var activity = new Activity
        {
            Type = ActivityTypes.Message,
            From = to.Bot,
            Recipient = new ChannelAccount { Id = to.UserId },
            Conversation = new ConversationAccount { Id = to.ConversationId },
            Locale = to.Locale,
            Attachments = [CardAttachment.Create(card)],
        };
        return connector.SendTargetedAsync(to.ServiceUrl, to.ConversationId, activity, cancellationToken);
    }

    /// <summary>The card in the person's 1:1 chat (created, or found, with their id and the tenant); false when no chat was created.</summary>
    public static Task<bool> SendToPersonalChatAsync(IConnectorClient connector, PrivateCardAddress to, AdaptiveCard card, CancellationToken cancellationToken) =>
        SendToPersonalChatAsync(connector, to, [CardAttachment.Create(card)], cancellationToken);

    /// <summary>
    /// Each attachment as its own message in the person's 1:1 chat (e.g. file consent cards, which Teams shows only there);
    /// false when no chat was created.
    /// </summary>
    public static async Task<bool> SendToPersonalChatAsync(IConnectorClient connector, PrivateCardAddress to, IReadOnlyList<Attachment> attachments, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(connector);
        ArgumentNullException.ThrowIfNull(to);
        ArgumentNullException.ThrowIfNull(attachments);
        var conversation = await connector.CreateConversationAsync(to.ServiceUrl, PersonalChat.Parameters(to.Bot, to.UserId, to.TenantId), cancellationToken).ConfigureAwait(false);
        if (string.IsNullOrEmpty(conversation.Id)) return false;

        foreach (var attachment in attachments)
        {
            var message = new Activity
            {
                Type = ActivityTypes.Message,
                From = to.Bot,
                Conversation = new ConversationAccount { Id = conversation.Id, ConversationType = "personal", TenantId = to.TenantId },
                Locale = to.Locale,
                Attachments = [attachment],
            };
            await connector.SendAsync(to.ServiceUrl, conversation.Id, message, cancellationToken).ConfigureAwait(false);
        }
        return true;
    }
}

/// <summary>Who a private card is for (their Teams user id), in which conversation, and how to reach Teams.</summary>
public sealed record PrivateCardAddress(string ServiceUrl, string ConversationId, string? TenantId, ChannelAccount? Bot, string UserId, string? Locale)
{
    /// <summary>The person <paramref name="userId"/> in the conversation of <paramref name="turn"/>.</summary>
    public static PrivateCardAddress For(TurnContext turn, string userId)
    {
        ArgumentNullException.ThrowIfNull(turn);
        return new PrivateCardAddress(turn.ServiceUrl, turn.ConversationId, turn.TenantId, turn.Activity.Recipient, userId, turn.Activity.Locale);
    }
}

public enum PrivateCardDelivery
{
    Targeted,
    PersonalChat,
    Failed,
}

/// <param name="Delivery">How the card arrived, or that it did not.</param>
/// <param name="TargetedStatus">Teams' status for a refused targeted message (0 when it was accepted).</param>
/// <param name="PersonalStatus">Teams' status for a refused 1:1 message (0 when none).</param>
public sealed record PrivateCardResult(PrivateCardDelivery Delivery, int TargetedStatus, int PersonalStatus = 0);
