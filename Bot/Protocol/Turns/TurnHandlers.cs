using IntervisieBot.Protocol.Schema;

namespace IntervisieBot.Protocol.Turns;

public delegate Task TurnHandler(TurnContext turn, CancellationToken cancellationToken);

public delegate Task<InvokeResponse> InvokeHandler(TurnContext turn, CancellationToken cancellationToken);

public delegate Task<CardActionResult> CardActionHandler(TurnContext turn, CardActionRequest action, CancellationToken cancellationToken);

/// <summary>Features contribute their routes through this; all contributions form one route table, checked at startup.</summary>
public interface IRouteContributor
{
    void AddRoutes(RouteTableBuilder routes);
}
