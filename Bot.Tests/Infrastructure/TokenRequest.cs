namespace IntervisieBot.Tests.Infrastructure;

/// <summary>One client-credentials request the <see cref="LoopbackTokenServer"/> received (the secret itself is never kept).</summary>
public sealed record TokenRequest(string Tenant, string? GrantType, string? ClientId, string? Scope, bool SecretMatched, string IssuedToken, int ResponseStatus);
