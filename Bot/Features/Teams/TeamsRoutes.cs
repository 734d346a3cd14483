using System.Globalization;
using IntervisieBot.Cards;
using IntervisieBot.Cards.Common;
using IntervisieBot.Localization;
using IntervisieBot.Protocol.Schema;
using IntervisieBot.Protocol.Turns;

namespace IntervisieBot.Features.Teams;

/// <summary>Install / welcome, help and the friendly answer to anything the bot does not understand.</summary>
public sealed class TeamsRoutes(WelcomeRegistry welcomes, IEnumerable<IHelpEntrySource> helpSources, IEnumerable<IUnknownMessageInterpreter> interpreters) : IRouteContributor
{
    public static readonly string[] HelpPhrases = ["help", "hulp", "?", "wat kan je", "wat kun je"];

    public void AddRoutes(RouteTableBuilder routes) => routes
        .Commands(HelpPhrases, SendHelpAsync)
        .UnknownMessage(SendUnknownCommandHintAsync)
        .InstallationUpdate(OnInstallationUpdateAsync)
        .ConversationUpdate(OnConversationUpdateAsync);

    private IEnumerable<HelpEntry> HelpEntries(CultureInfo culture) => helpSources.SelectMany(s => s.GetEntries(culture));

    private Task SendHelpAsync(TurnContext turn, CancellationToken cancellationToken)
    {
        var culture = turn.Culture();
        return turn.SendCardAsync(HelpCard.Create(culture, HelpEntries(culture)), cancellationToken);
    }

    private async Task SendUnknownCommandHintAsync(TurnContext turn, CancellationToken cancellationToken)
    {
        foreach (var interpreter in interpreters)
        {
            if (await interpreter.TryHandleAsync(turn, cancellationToken).ConfigureAwait(false)) return;
        }
        await turn.SendCardAsync(UnknownCommandCard.Create(turn.Culture()), cancellationToken).ConfigureAwait(false);
    }

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
        await turn.SendCardAsync(WelcomeCard.Create(culture, isPersonal, HelpEntries(culture)), cancellationToken).ConfigureAwait(false);
    }

}
