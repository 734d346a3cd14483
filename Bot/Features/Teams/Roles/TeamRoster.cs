using IntervisieBot.Features.Shared;
using IntervisieBot.Protocol.Connector;
using IntervisieBot.Protocol.Schema;
using IntervisieBot.Protocol.Turns;
using IntervisieBot.Storage;

namespace IntervisieBot.Features.Teams.Roles;

/// <summary>
/// The members of a team or group chat, read from the connector's paged member list. This instance remembers a roster for
/// <see cref="CacheLifetime"/>, so the card actions of a round (joining, starting) do not each read it again; a
/// conversationUpdate of that team or chat (members added or removed, renamed, …) makes this instance forget it at once
/// (<see cref="IRouteContributor"/>). Another instance that did not receive the update reads it again at most
/// <see cref="CacheLifetime"/> later.
/// </summary>
public sealed class TeamRoster(IConnectorClient connector, TimeProvider time) : IRouteContributor
{
    public static readonly TimeSpan CacheLifetime = TimeSpan.FromMinutes(5);
    private const int PageSize = 200;
    private const int MaxPages = 25;
    private readonly InstanceMemory<string, IReadOnlyList<ChannelAccount>> _rosters = new(time, CacheLifetime, limit: 2_000);

    public void AddRoutes(RouteTableBuilder routes) => routes.ConversationUpdate(OnConversationUpdateAsync);

    public async Task<IReadOnlyList<ChannelAccount>> GetMembersAsync(string serviceUrl, TeamScope scope, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(scope);
        if (_rosters.TryGet(scope.RosterConversationId, out var known)) return known;
        var members = new List<ChannelAccount>();
        string? continuation = null;
        for (var page = 0; page < MaxPages; page++)
        {
            var result = await connector.GetPagedMembersAsync(serviceUrl, scope.RosterConversationId, PageSize, continuation, cancellationToken).ConfigureAwait(false);
            members.AddRange(result.Members);
            continuation = result.ContinuationToken;
            if (string.IsNullOrEmpty(continuation)) break;
        }

        _rosters.Remember(scope.RosterConversationId, members);
        return members;
    }

    /// <summary>Forgets the roster of the team or chat this activity belongs to.</summary>
    public void Forget(Activity activity)
    {
        ArgumentNullException.ThrowIfNull(activity);
        if (TeamScope.From(activity) is { } scope) _rosters.Forget(scope.RosterConversationId);
    }

    private Task OnConversationUpdateAsync(TurnContext turn, CancellationToken cancellationToken)
    {
        Forget(turn.Activity);
        return Task.CompletedTask;
    }
}
