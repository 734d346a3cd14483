namespace IntervisieBot.Features.Handreikingen.Domain;

/// <summary>One suggested handreiking with its combined score and a one-line Dutch (or English) "waarom".</summary>
public sealed record RecommendedHandreiking(Handreiking Entry, double Score, string Why);
