using System.Security.Claims;
using IntervisieBot.Protocol.Schema;
using Microsoft.AspNetCore.Http;

namespace IntervisieBot.Protocol.Auth;

/// <summary>
/// Development mode (no app id): accepts requests without a token, but only after <see cref="DevelopmentModeGuard"/>
/// found the server loopback-only, and only from a loopback client (an in-process test host has no remote address
/// and is accepted). The identity it returns is marked as development (<see cref="InboundAuthClaims.IsDevelopment"/>)
/// and binds the activity's serviceUrl only when that is a loopback URL.
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
        Task.FromResult(Authenticate(activity));

    private InboundAuthResult Authenticate(Activity activity)
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
        // DNS rebinding: a web page of another site, resolved to 127.0.0.1, would pass the address check above from the
        // user's own browser. Its requests carry that site's name in Host; the Playground and tests use a loopback name.
        if (!LoopbackAddressPolicy.IsLoopbackHostHeader(context.Request.Host))
        {
            return InboundAuthResult.Fail(AuthFailureReasons.DevelopmentModeForeignHost);
        }

        var identity = new ClaimsIdentity(
            [new Claim(InboundAuthClaims.AuthenticationPath, InboundAuthClaims.DevelopmentPath)],
            AuthenticationType);
        // Development mode binds only a loopback serviceUrl (the Playground, a test connector): nothing is verified
        // here, so an activity naming any other host must not make the bot send there.
        if (Uri.TryCreate(activity.ServiceUrl, UriKind.Absolute, out var serviceUrl) && serviceUrl.IsLoopback)
        {
            identity.AddClaim(new Claim(InboundAuthClaims.BoundServiceUrl, activity.ServiceUrl!));
        }
        return InboundAuthResult.Success(identity);
    }
}
