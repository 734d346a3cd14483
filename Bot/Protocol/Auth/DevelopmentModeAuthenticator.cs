using System.Security.Claims;
using IntervisieBot.Protocol.Schema;
using Microsoft.AspNetCore.Http;

namespace IntervisieBot.Protocol.Auth;

/// <summary>
/// Development mode (no app id): accepts requests without a token, but only after <see cref="DevelopmentModeGuard"/>
/// found the server loopback-only, and only from a loopback client (an in-process test host has no remote address
/// and is accepted). The identity it returns is marked as development (<see cref="InboundAuthClaims.IsDevelopment"/>).
/// </summary>
public sealed class DevelopmentModeAuthenticator : IInboundAuthenticator
{
    public const string AuthenticationType = "Development";

    private readonly DevelopmentModeState _state;
    private readonly IHttpContextAccessor _httpContextAccessor;

    public DevelopmentModeAuthenticator(DevelopmentModeState state, IHttpContextAccessor httpContextAccessor)
    {
        _state = state;
        _httpContextAccessor = httpContextAccessor;
    }

    public Task<InboundAuthResult> AuthenticateAsync(string? authorizationHeader, Activity activity, CancellationToken cancellationToken) =>
        Task.FromResult(Authenticate());

    private InboundAuthResult Authenticate()
    {
        switch (_state.Status)
        {
            case DevelopmentModeStatus.Refused:
                return InboundAuthResult.Fail(AuthFailureReasons.DevelopmentModeRefused);
            case DevelopmentModeStatus.Pending:
                return InboundAuthResult.Fail(AuthFailureReasons.DevelopmentModeNotVerified);
        }

        var context = _httpContextAccessor.HttpContext;
        if (context is null) return InboundAuthResult.Fail(AuthFailureReasons.NoHttpContext);

        var remote = context.Connection.RemoteIpAddress;
        if (remote is not null && !LoopbackAddressPolicy.IsLoopback(remote))
        {
            return InboundAuthResult.Fail(AuthFailureReasons.DevelopmentModeRemoteClient);
        }

        return InboundAuthResult.Success(new ClaimsIdentity(
            [new Claim(InboundAuthClaims.AuthenticationPath, InboundAuthClaims.DevelopmentPath)],
            AuthenticationType));
    }
}
