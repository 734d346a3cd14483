using IntervisieBot.Features.Shared;
using IntervisieBot.Protocol.Connector;
using IntervisieBot.Protocol.Schema;

namespace IntervisieBot.Features.Teams.Roles;

/// <summary>The members of a team or group chat, read from the connector's paged member list.</summary>
public sealed class TeamRoster(IConnectorClient connector)
{
    private const int PageSize = 200;
    private const int MaxPages = 25;

    public async Task<IReadOnlyList<ChannelAccount>> GetMembersAsync(string serviceUrl, TeamScope scope, CancellationToken cancellationToken)
    {
        var members = new List<ChannelAccount>();
        string? continuation = null;
        for (var page = 0; page < MaxPages; page++)
        {
            var result = await connector.GetPagedMembersAsync(serviceUrl, scope.RosterConversationId, PageSize, continuation, cancellationToken).ConfigureAwait(false);
            members.AddRange(result.Members);
            continuation = result.ContinuationToken;
            if (string.IsNullOrEmpty(continuation)) break;
        }
        return members;
    }
}
