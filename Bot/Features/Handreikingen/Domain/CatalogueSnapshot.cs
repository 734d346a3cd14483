namespace IntervisieBot.Features.Handreikingen.Domain;

/// <summary>The effective catalogue (repository entries with the kennismakelaars' changes) and a recommender over it.</summary>
/// <param name="Retired">Ids of retired entries (kept so they can be brought back).</param>
public sealed record CatalogueSnapshot(HandreikingCatalogue Catalogue, HandreikingRecommender Recommender, IReadOnlySet<string> Retired, string Version);
