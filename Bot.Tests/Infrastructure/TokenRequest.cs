namespace IntervisieBot.Tests.Infrastructure;

/// <summary>One client-credentials request the <see cref="LoopbackTokenServer"/> received (the secret itself is never kept).</summary>
/// <param name="CredentialKind"><c>secret</c> (client_secret) or <c>assertion</c> (client_assertion JWT signed with a certificate).</param>
/// <param name="SecretMatched">The client secret matched, or the client assertion was validly signed by <see cref="LoopbackTokenServer.ClientCertificate"/>.</param>
public sealed record TokenRequest(string Tenant, string? GrantType, string? ClientId, string? Scope, string CredentialKind, bool SecretMatched, string IssuedToken, int ResponseStatus);
