
namespace IntervisieBot.Features.Scheduling.Domain;

/// <summary>Either a valid plan, or every field error at once (so the card shows them all).</summary>
public sealed record SeriesPlanValidation(SeriesPlan? Plan, IReadOnlyList<PlanFieldError> Errors)
{
    public bool IsValid => Plan is not null && Errors.Count == 0;
}
