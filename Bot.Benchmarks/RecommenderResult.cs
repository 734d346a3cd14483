namespace IntervisieBot.Benchmarks;

/// <summary>The handreikingen recommender over the catalogue plus invented lessons: index build and per-query latency.</summary>
public sealed record RecommenderResult(
    int CatalogueEntries,
    int Lessons,
    double IndexBuildFirstMs,
    double IndexBuildMedianMs,
    double LessonSourceBuildMs,
    LatencySummary Query,
    double QueriesPerSecond);
