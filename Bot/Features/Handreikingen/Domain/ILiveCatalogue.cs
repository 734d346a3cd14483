namespace IntervisieBot.Features.Handreikingen.Domain;

/// <summary>
/// The catalogue as it is now (the repository's with the kennismakelaars' changes, <c>LiveCatalogue</c>), for features
/// that only read it: Lessons links lessons to handreikingen through this, never through the overlay table.
/// </summary>
public interface ILiveCatalogue
{
    Task<CatalogueSnapshot> GetAsync(CancellationToken cancellationToken);
}
