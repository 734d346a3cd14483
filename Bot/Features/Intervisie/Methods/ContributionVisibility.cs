namespace IntervisieBot.Features.Intervisie.Methods;

/// <summary>Whether contributions in a phase are shown with the author's name or anonymously.</summary>
public enum ContributionVisibility
{
    Named,
    Anonymous,
}
