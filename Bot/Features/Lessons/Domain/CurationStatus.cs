namespace IntervisieBot.Features.Lessons.Domain;

/// <summary>
/// Where a team lesson stands on its way to the organisation-wide library. Transitions (see <see cref="CurationRules"/>):
/// None/SentBack → Proposed (author); Proposed → Published | Merged | SentBack | Rejected (kennismakelaar).
/// </summary>
public enum CurationStatus
{
    None = 0,
    Proposed = 1,
    SentBack = 2,
    Rejected = 3,
    Published = 4,
    Merged = 5,
}
