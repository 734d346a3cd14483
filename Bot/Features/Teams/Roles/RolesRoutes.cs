using System.Globalization;
using IntervisieBot.Cards;
using IntervisieBot.Cards.Common;
using IntervisieBot.Features.Shared;
using IntervisieBot.Localization;
using IntervisieBot.Protocol.Turns;

namespace IntervisieBot.Features.Teams.Roles;

/// <summary>
/// <c>rollen</c>: the teamleider's role card; <c>roles.save</c>: stores it after checking, on the server, that the actor is a
/// teamleider of the team the activity came from and that every chosen person is a member of that team. The installer
/// becomes the first teamleider. A team left without any teamleider recovers: a member may claim the role
/// (<c>roles.claim</c>, only while the team has none; the card in the channel tells the team), or a configured teamleider
/// (<c>Roles:Teamleiders</c>, the tenant's admins) sets one with <c>rollen</c>.
/// </summary>
public sealed class RolesRoutes(RoleStore roles, TeamRoster roster, AccessControl access, IEnumerable<IRoleAssignmentListener> listeners) : IRouteContributor
{
    public const string ClaimVerb = "roles.claim";

    public void AddRoutes(RouteTableBuilder routes) => routes
        .Commands(["rollen", "roles"], ShowRolesAsync)
        .CardAction(RolesCard.SaveVerb, SaveRolesAsync)
        .CardAction(ClaimVerb, ClaimAsync)
        .InstallationUpdate(OnInstalledAsync)
        .ConversationUpdate(OnInstalledAsync);

    private async Task ShowRolesAsync(TurnContext turn, CancellationToken cancellationToken)
    {
        var culture = turn.Culture();
        if (await CheckTeamleiderAsync(turn, culture, offerClaim: true, cancellationToken).ConfigureAwait(false) is { } refusal)
        {
            await turn.SendCardAsync(refusal, cancellationToken).ConfigureAwait(false);
            return;
        }
        var scope = TeamScope.From(turn.Activity)!;
        var members = await roster.GetMembersAsync(turn.ServiceUrl, scope, cancellationToken).ConfigureAwait(false);
        var current = await roles.ListAsync(scope, cancellationToken).ConfigureAwait(false);
        await turn.SendCardAsync(RolesCard.Create(culture, members, current), cancellationToken).ConfigureAwait(false);
    }

    private async Task<CardActionResult> SaveRolesAsync(TurnContext turn, CardActionRequest action, CancellationToken cancellationToken)
    {
        var culture = turn.Culture();
        if (await CheckTeamleiderAsync(turn, culture, offerClaim: false, cancellationToken).ConfigureAwait(false) is { } refusal)
            return CardActionResult.ReplaceCard(refusal);

        var scope = TeamScope.From(turn.Activity)!;
        var members = await roster.GetMembersAsync(turn.ServiceUrl, scope, cancellationToken).ConfigureAwait(false);
        var current = await roles.ListAsync(scope, cancellationToken).ConfigureAwait(false);
        // A role list the data does not carry keeps who has that role now.
        List<string> Chosen(string input, TeamRole role) => FormFields.Read(action.Data, input) is { } value
            ? SplitChoices(value)
            : [.. current.Where(r => r.Value.HasFlag(role)).Select(r => r.Key)];
        var teamleiders = Chosen(RolesCard.TeamleidersInput, TeamRole.Teamleider);
        var kennismakelaars = Chosen(RolesCard.KennismakelaarsInput, TeamRole.Kennismakelaar);
        var memberKeys = members.Select(TeamScope.UserKey).ToHashSet(StringComparer.Ordinal);
        if (!teamleiders.Concat(kennismakelaars).All(memberKeys.Contains))
            return CardActionResult.ReplaceCard(NoticeCard.Create(culture, RolesStrings.UnknownMemberTitle(culture), RolesStrings.UnknownMemberBody(culture), TextColor.Attention));

        // Members the card did not list (a large team) keep their roles: the card could not show or change them.
        var listed = RolesCard.Listed(members).Select(TeamScope.UserKey).ToHashSet(StringComparer.Ordinal);
        var assignment = current.Where(r => memberKeys.Contains(r.Key) && !listed.Contains(r.Key)).ToDictionary(StringComparer.Ordinal);
        foreach (var key in teamleiders) assignment[key] = assignment.GetValueOrDefault(key) | TeamRole.Teamleider;
        foreach (var key in kennismakelaars) assignment[key] = assignment.GetValueOrDefault(key) | TeamRole.Kennismakelaar;
        if (!assignment.Values.Any(r => r.HasFlag(TeamRole.Teamleider)))
            return CardActionResult.ReplaceCard(NoticeCard.Create(culture, RolesStrings.RolesNeedTeamleiderTitle(culture), RolesStrings.RolesNeedTeamleider(culture), TextColor.Attention));
        await roles.ReplaceAsync(scope, assignment, TeamScope.UserKey(turn.Activity.From), cancellationToken).ConfigureAwait(false);
        List<(Protocol.Schema.ChannelAccount, TeamRole)> assigned = [.. members
            .Select(m => (Member: m, Roles: assignment.GetValueOrDefault(TeamScope.UserKey(m))))
            .Where(a => a.Roles != TeamRole.None)];
        foreach (var listener in listeners) await listener.RolesSavedAsync(turn, scope, assigned, cancellationToken).ConfigureAwait(false);
        var notice = RolesStrings.RolesSaved(culture, assignment.Values.Count(r => r.HasFlag(TeamRole.Teamleider)), assignment.Values.Count(r => r.HasFlag(TeamRole.Kennismakelaar)));
        return CardActionResult.ReplaceCard(RolesCard.Create(culture, members, assignment, notice));
    }

    private async Task OnInstalledAsync(TurnContext turn, CancellationToken cancellationToken)
    {
        var activity = turn.Activity;
        var botId = activity.Recipient?.Id;
        var installed = activity.Type == Protocol.Schema.ActivityTypes.InstallationUpdate
            ? activity.Action is "add"
            : botId is not null && activity.MembersAdded?.Any(m => m.Id == botId) == true;
        if (!installed || TeamScope.From(activity) is not { } scope) return;
        await roles.EnsureFirstTeamleiderAsync(scope, TeamScope.UserKey(activity.From), cancellationToken).ConfigureAwait(false);
    }

    /// <param name="offerClaim">For <c>rollen</c>: in a team without any teamleider, offer the claim instead of a refusal.</param>
    private async Task<AdaptiveCard?> CheckTeamleiderAsync(TurnContext turn, CultureInfo culture, bool offerClaim, CancellationToken cancellationToken)
    {
        var (scope, check) = await access.CheckAsync(turn, TeamRole.Teamleider, cancellationToken).ConfigureAwait(false);
        if (scope is null)
            return NoticeCard.Create(culture, RolesStrings.RolesOnlyInTeamTitle(culture), RolesStrings.RolesOnlyInTeamBody(culture));
        if (check == TeamAccess.Allowed) return null;
        if (offerClaim && await roles.CountTeamleidersAsync(scope.PartitionKey, cancellationToken).ConfigureAwait(false) == 0) return ClaimCard(culture);
        var grants = await access.WhoGrantsRolesAsync(turn, culture, cancellationToken).ConfigureAwait(false);
        var body = grants is null ? RolesStrings.NotAllowedBody(culture) : RolesStrings.NotAllowedBody(culture) + " " + grants;
        return NoticeCard.Create(culture, RolesStrings.NotAllowedTitle(culture), body, TextColor.Attention);
    }

    /// <summary>The team has no teamleider: any member may become one (the team sees who did).</summary>
    public static AdaptiveCard ClaimCard(CultureInfo culture) =>
        NoticeCard.Create(culture, RolesStrings.NoTeamleiderTitle(culture), RolesStrings.NoTeamleiderBody(culture), TextColor.Warning)
            with { Actions = [CardActions.Execute(RolesStrings.ClaimButton(culture), ClaimVerb)] };

    private async Task<CardActionResult> ClaimAsync(TurnContext turn, CardActionRequest action, CancellationToken cancellationToken)
    {
        var culture = turn.Culture();
        if (TeamScope.From(turn.Activity) is not { } scope)
            return CardActionResult.ReplaceCard(NoticeCard.Create(culture, RolesStrings.RolesOnlyInTeamTitle(culture), RolesStrings.RolesOnlyInTeamBody(culture)));
        var actor = TeamScope.UserKey(turn.Activity.From);
        if (string.IsNullOrWhiteSpace(actor) || !await roles.EnsureFirstTeamleiderAsync(scope, actor, cancellationToken).ConfigureAwait(false))
        {
            // Someone was quicker (or the team has a teamleider again): name them instead.
            var grants = await access.WhoGrantsRolesAsync(turn, culture, cancellationToken).ConfigureAwait(false) ?? "";
            return CardActionResult.ReplaceCard(NoticeCard.Create(culture, RolesStrings.AlreadyTeamleiderTitle(culture), grants));
        }
        var name = string.IsNullOrWhiteSpace(turn.Activity.From?.Name) ? RolesStrings.ClaimedBySomeone(culture) : turn.Activity.From!.Name!.Trim();
        return CardActionResult.ReplaceCard(NoticeCard.Create(culture, RolesStrings.ClaimedTitle(culture, name), RolesStrings.ClaimedBody(culture)));
    }

    private static List<string> SplitChoices(string? value) =>
        (value ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Distinct(StringComparer.Ordinal).ToList();
}
