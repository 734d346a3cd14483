using IntervisieBot.Localization;
using IntervisieBot.Privacy;
using IntervisieBot.Protocol.Connector;
using IntervisieBot.Protocol.Turns;
using Microsoft.Extensions.Logging;

namespace IntervisieBot.Features.Shared;

/// <summary>
/// When the guard refuses a message typed into a channel or group chat, the message itself is still there for everyone
/// to read: the bot cannot delete a user's post. This tells the writer so, plainly, with how to delete it, in a message
/// only they see: a Teams targeted message in the same conversation, or — when Teams refuses that (it is a preview
/// feature) — their 1:1 chat with the bot. Never in a personal chat (nobody else sees the message there).
/// A shared feature helper (it sends through Teams); the card itself is the guard's (<see cref="OwnPostNoticeCard"/>).
/// </summary>
public sealed class OwnPostNotice(ILogger<OwnPostNotice> logger)
{
    /// <summary>Sends the notice for the message of <paramref name="turn"/>; a failure is logged, never thrown.</summary>
    public async Task SendAsync(TurnContext turn, CancellationToken cancellationToken)
    {
        if (TeamScope.From(turn.Activity) is null || turn.Activity.From?.Id is not { Length: > 0 } userId)
        {
            return;
        }

        var result = await PrivateCard.SendAsync(turn.Connector, PrivateCardAddress.For(turn, userId), OwnPostNoticeCard.Create(turn.Culture()), cancellationToken).ConfigureAwait(false);
        if (result.Delivery != PrivateCardDelivery.Targeted) PrivacyLog.TargetedNoticeRefused(logger, result.TargetedStatus);
        if (result.Delivery == PrivateCardDelivery.Failed) PrivacyLog.OwnPostNoticeFailed(logger, result.PersonalStatus);
    }
}
