namespace IntervisieBot.Features.Handreikingen.Domain;

/// <summary>One line of the kennismakelaar's overview: a tag or stemmed keyword and how often it occurred (and before).</summary>
public sealed record InsightCount(string Key, int Count, int PreviousCount = 0);
