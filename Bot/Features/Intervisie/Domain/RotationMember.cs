namespace IntervisieBot.Features.Intervisie.Domain;

/// <summary>A team member the rotation may suggest; members marked away (leave, sick, part-time day) are skipped.</summary>
public sealed record RotationMember(string Id, bool IsAway = false);
