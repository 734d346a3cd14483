
namespace IntervisieBot.Features.Scheduling.Domain;

/// <summary>A team member as the session cards need them: stable user key, display name, Teams id.</summary>
public sealed record SessionMember(string Key, string Name, string? TeamsId);
