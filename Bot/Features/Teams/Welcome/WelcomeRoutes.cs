using IntervisieBot.Features.Shared;
using IntervisieBot.Localization;
using IntervisieBot.Protocol.Turns;

namespace IntervisieBot.Features.Teams.Welcome;

/// <summary>
/// Install and welcome: the welcome card once per conversation when the bot is added (with the commands that work there),
/// and the welcome mark forgotten when the bot is removed.
/// </summary>
public sealed class WelcomeRoutes(WelcomeRegistry welcomes, IEnumerable<IHelpEntrySource> helpSources) : IRouteContributor
{
    public void AddRoutes(RouteTableBuilder routes) => routes
        .InstallationUpdate(OnInstallationUpdateAsync)
        .ConversationUpdate(OnConversationUpdateAsync);

    private async Task OnInstallationUpdateAsync(TurnContext turn, CancellationToken cancellationToken)
    {
        var action = turn.Activity.Action ?? "";
        if (action.StartsWith("remove", StringComparison.OrdinalIgnoreCase))
        {
            await welcomes.ForgetAsync(turn.TenantId ?? "", turn.ConversationId, cancellationToken).ConfigureAwait(false);
            return;
        }
        if (action.StartsWith("add", StringComparison.OrdinalIgnoreCase) && !action.Equals("add-upgrade", StringComparison.OrdinalIgnoreCase))
            await WelcomeOnceAsync(turn, cancellationToken).ConfigureAwait(false);
    }

    private async Task OnConversationUpdateAsync(TurnContext turn, CancellationToken cancellationToken)
    {
        var botId = turn.Activity.Recipient?.Id;
        if (botId is not null && turn.Activity.MembersAdded?.Any(m => m.Id == botId) == true)
            await WelcomeOnceAsync(turn, cancellationToken).ConfigureAwait(false);
    }

    private async Task WelcomeOnceAsync(TurnContext turn, CancellationToken cancellationToken)
    {
        if (!await welcomes.TryClaimAsync(turn.TenantId ?? "", turn.ConversationId, cancellationToken).ConfigureAwait(false)) return;
        var culture = turn.Culture();
        var isPersonal = turn.ConversationType is null or "personal";
        await turn.SendCardAsync(WelcomeCard.Create(culture, isPersonal, helpSources.SelectMany(s => s.GetEntries(culture))), cancellationToken).ConfigureAwait(false);
    }
}
