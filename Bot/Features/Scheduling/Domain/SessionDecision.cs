namespace IntervisieBot.Features.Scheduling.Domain;

/// <summary>The session's roles after an action, what the actor is told, and whether anything changed (only then is it stored).</summary>
public sealed record SessionDecision(SessionRoles Roles, SessionNotice Notice, bool Changed);
