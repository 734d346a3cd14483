namespace IntervisieBot.Features.Lessons.Domain;

/// <summary>What a kennismakelaar decides about a proposed lesson. Texts (title, note) have passed the privacy guard.</summary>
public sealed record CurationDecision(CurationStatus Outcome, string? Title = null, IReadOnlyList<string>? Tags = null, string? Note = null, string? MergeTargetId = null);
