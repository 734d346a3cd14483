using IntervisieBot.Features.Intervisie.Methods;

namespace IntervisieBot.Features.Intervisie.Domain;

/// <summary>What one collecting phase produced: the questions, core statements, standpoints or advice.</summary>
public sealed record PhaseSummary(int PhaseIndex, string PhaseId, ContributionVisibility Visibility, int ContributorCount, IReadOnlyList<SummaryItem> Items);
