using System.Security.Claims;
using IntervisieBot.Protocol.Schema;

namespace IntervisieBot.Protocol.Auth;

/// <summary>Validates the Authorization header of an inbound Bot Connector request against the activity it carries.</summary>
public interface IInboundAuthenticator
{
    Task<InboundAuthResult> AuthenticateAsync(string? authorizationHeader, Activity activity, CancellationToken cancellationToken);
}

/// <param name="Identity">The validated caller; null when <paramref name="Succeeded"/> is false.</param>
/// <param name="FailureReason">A short, non-secret reason for logs (never the token).</param>
public sealed record InboundAuthResult(bool Succeeded, ClaimsIdentity? Identity, string? FailureReason)
{
    public static InboundAuthResult Fail(string reason) => new(false, null, reason);
    public static InboundAuthResult Success(ClaimsIdentity identity) => new(true, identity, null);
}
