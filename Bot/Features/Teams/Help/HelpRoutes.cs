using System.Globalization;
using IntervisieBot.Cards;
using IntervisieBot.Cards.Common;
using IntervisieBot.Features.Shared;
using IntervisieBot.Features.Teams.Roles;
using IntervisieBot.Localization;
using IntervisieBot.Protocol.Schema;
using IntervisieBot.Protocol.Turns;

namespace IntervisieBot.Features.Teams.Help;

/// <summary>
/// Help for the person and the place, the buttons that run a command as if typed, and the friendly answer to anything the
/// bot does not understand (with the closest command when it looks like a typo). The welcome is <see cref="WelcomeRoutes"/>.
/// </summary>
public sealed class HelpRoutes(RoleStore roles, IEnumerable<IHelpEntrySource> helpSources,
    IEnumerable<IUnknownMessageInterpreter> interpreters) : IRouteContributor
{
    public static readonly string[] HelpPhrases = ["help", "hulp", "?", "wat kan je", "wat kun je"];

    public void AddRoutes(RouteTableBuilder routes) => routes
        .Commands(HelpPhrases, SendHelpAsync)
        .CardAction(CardActions.RunCommandVerb, RunCommandAsync)
        .UnknownMessage(SendUnknownCommandHintAsync);

    private IEnumerable<HelpEntry> HelpEntries(CultureInfo culture) => helpSources.SelectMany(s => s.GetEntries(culture));

    private async Task SendHelpAsync(TurnContext turn, CancellationToken cancellationToken)
    {
        var culture = turn.Culture();
        var viewer = await ViewerAsync(turn, cancellationToken).ConfigureAwait(false);
        await turn.SendCardAsync(HelpCard.Create(culture, HelpEntries(culture), viewer), cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Where the person is and the roles they hold there (any team's roles in the personal chat).</summary>
    private async Task<HelpViewer> ViewerAsync(TurnContext turn, CancellationToken cancellationToken)
    {
        var userKey = TeamScope.UserKey(turn.Activity.From);
        var scope = TeamScope.From(turn.Activity);
        var held = await roles.GetRolesForDisplayAsync(scope, turn.TenantId ?? "", userKey, cancellationToken).ConfigureAwait(false);
        return new HelpViewer(scope is null ? HelpPlace.Personal : HelpPlace.Team, held);
    }

    /// <summary>
    /// A button that runs a command: only an exact command phrase (no arguments) is run, with everything that command
    /// checks itself (place, role); its answer arrives as a new message, as if the person typed it.
    /// </summary>
    private static async Task<CardActionResult> RunCommandAsync(TurnContext turn, CardActionRequest action, CancellationToken cancellationToken)
    {
        var culture = turn.Culture();
        var command = action.GetString("command")?.Trim() ?? "";
        var table = turn.Services.GetRequiredService<RouteTable>();
        if (command.Length == 0 || !table.CommandPhrases.Contains(command, StringComparer.OrdinalIgnoreCase)
            || !table.TryMatchCommand(command, out var handler, out var arguments) || arguments.Length > 0)
            return CardActionResult.ReplaceCard(UnknownCommandCard.Create(culture));
        turn.CommandArguments = "";
        await handler(turn, cancellationToken).ConfigureAwait(false);
        return CardActionResult.ShowMessage(TeamsStrings.RunDone(culture));
    }

    private async Task SendUnknownCommandHintAsync(TurnContext turn, CancellationToken cancellationToken)
    {
        foreach (var interpreter in interpreters)
        {
            if (await interpreter.TryHandleAsync(turn, cancellationToken).ConfigureAwait(false)) return;
        }
        var phrases = turn.Services.GetRequiredService<RouteTable>().CommandPhrases;
        var suggestion = CommandSuggestion.Closest(turn.Text, phrases);
        await turn.SendCardAsync(UnknownCommandCard.Create(turn.Culture(), suggestion), cancellationToken).ConfigureAwait(false);
    }
}
