using System.Globalization;
using IntervisieBot.Cards;
using IntervisieBot.Cards.Common;
using IntervisieBot.Localization;
using IntervisieBot.Protocol.Turns;

namespace IntervisieBot.Features.Teams.Roles;

/// <summary>
/// <c>rollen</c>: the teamleider's role card; <c>roles.save</c>: stores it after checking, on the server, that the actor is a
/// teamleider of the team the activity came from and that every chosen person is a member of that team. The installer
/// becomes the first teamleider.
/// </summary>
public sealed class RolesRoutes(RoleStore roles, TeamRoster roster, AccessControl access) : IRouteContributor
{
    public void AddRoutes(RouteTableBuilder routes) => routes
        .Commands(["rollen", "roles"], ShowRolesAsync)
        .CardAction(RolesCard.SaveVerb, SaveRolesAsync)
        .InstallationUpdate(OnInstalledAsync)
        .ConversationUpdate(OnInstalledAsync);

    private async Task ShowRolesAsync(TurnContext turn, CancellationToken cancellationToken)
    {
        var culture = turn.Culture();
        if (await CheckTeamleiderAsync(turn, culture, cancellationToken).ConfigureAwait(false) is { } refusal)
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
        if (await CheckTeamleiderAsync(turn, culture, cancellationToken).ConfigureAwait(false) is { } refusal)
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

    private async Task<AdaptiveCard?> CheckTeamleiderAsync(TurnContext turn, CultureInfo culture, CancellationToken cancellationToken)
    {
        if (TeamScope.From(turn.Activity) is null)
            return NoticeCard.Create(culture, RolesStrings.RolesOnlyInTeamTitle(culture), RolesStrings.RolesOnlyInTeamBody(culture));
        if (!await access.ActorHasAsync(turn, TeamRole.Teamleider, cancellationToken).ConfigureAwait(false))
            return NoticeCard.Create(culture, RolesStrings.NotAllowedTitle(culture), RolesStrings.NotAllowedBody(culture), TextColor.Attention);
        return null;
    }

    private static List<string> SplitChoices(string? value) =>
        (value ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Distinct(StringComparer.Ordinal).ToList();
}
