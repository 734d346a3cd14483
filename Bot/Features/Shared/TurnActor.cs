using IntervisieBot.Protocol.Turns;

namespace IntervisieBot.Features.Shared;

/// <summary>
/// Who acts in a turn, taken from the authenticated activity only (never from card data): the tenant, the team scope of
/// the conversation (null in a personal chat) and the person's stable key.
/// </summary>
public sealed record TurnActor(string TenantId, TeamScope? Team, string UserKey)
{
    public static TurnActor Of(TurnContext turn)
    {
        ArgumentNullException.ThrowIfNull(turn);
        return new(turn.TenantId ?? "", TeamScope.From(turn.Activity), TeamScope.UserKey(turn.Activity.From));
    }
}
