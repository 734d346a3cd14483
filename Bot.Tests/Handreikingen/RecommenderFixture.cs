using IntervisieBot.Features.Handreikingen.Domain;

namespace IntervisieBot.Tests.Handreikingen;

/// <summary>One recommender over the embedded catalogue and lexicon, shared by a test class (the index is built once).</summary>
public sealed class RecommenderFixture : IDisposable
{
    public HandreikingRecommender Recommender { get; } = HandreikingRecommender.CreateDefault();

    public void Dispose() => Recommender.Dispose();
}
