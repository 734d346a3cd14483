using System.Text.Json;
using IntervisieBot.Features.Handreikingen.Domain;
using IntervisieBot.Features.Handreikingen.Storage;
using IntervisieBot.Localization;
using IntervisieBot.Protocol.Schema;
using IntervisieBot.Protocol.Turns;

namespace IntervisieBot.Features.Handreikingen.Handlers;

/// <summary>
/// <c>application/search</c>: the typeahead of a handreiking picker (<see cref="HandreikingPicker"/>, dataset
/// <c>handreikingen</c>) asks for choices as the user types. Value <c>{ queryText, queryOptions: { skip, top }, dataset }</c>;
/// answer <c>application/vnd.microsoft.search.searchResponse</c> with <c>{ results: [{ title, value }] }</c> (Microsoft Learn,
/// "Typeahead search in Adaptive Cards"). Only catalogue titles go out (no one's data); a malformed value is a 400, a
/// dataset that is not ours an empty list.
/// </summary>
public sealed class HandreikingSearchRoutes(LiveCatalogue catalogue) : IRouteContributor
{
    public const string SearchResponseType = "application/vnd.microsoft.search.searchResponse";

    public void AddRoutes(RouteTableBuilder routes) => routes.Invoke(InvokeNames.ApplicationSearch, SearchAsync);

    private async Task<InvokeResponse> SearchAsync(TurnContext turn, CancellationToken cancellationToken)
    {
        if (turn.Activity.Value is not { ValueKind: JsonValueKind.Object } value)
            return BadRequest("The search value must be an object.");
        var dataset = value.TryGetProperty("dataset", out var d) && d.ValueKind == JsonValueKind.String ? d.GetString() : null;
        var query = value.TryGetProperty("queryText", out var q) && q.ValueKind == JsonValueKind.String ? q.GetString() : "";
        if (query is { Length: > 200 }) return BadRequest("The query text is too long.");
        var skip = value.TryGetProperty("queryOptions", out var o) && o.ValueKind == JsonValueKind.Object
            && o.TryGetProperty("skip", out var s) && s.ValueKind == JsonValueKind.Number && s.TryGetInt32(out var n) ? n : 0;
        if (!string.Equals(dataset, HandreikingPicker.Dataset, StringComparison.Ordinal)) return Results([]);

        var current = (await catalogue.GetAsync(cancellationToken).ConfigureAwait(false)).Catalogue;
        return Results(HandreikingPicker.Search(current, query, turn.Culture(), skip));
    }

    private static InvokeResponse Results(IReadOnlyList<IntervisieBot.Cards.Choice> choices) =>
        new(200, new { type = SearchResponseType, value = new { results = choices } });

    private static InvokeResponse BadRequest(string message) =>
        new(400, new { type = "application/vnd.microsoft.error", value = new { code = "BadRequest", message } });
}
