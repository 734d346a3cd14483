using System.Net.Http.Headers;

namespace IntervisieBot.Protocol.Connector;

/// <summary>
/// Attaches the bot's bearer token to connector requests, and only after checking (again) that the request's
/// host is trusted: a second line behind <see cref="ConnectorClient"/>'s own check. In development mode
/// (no token) nothing is attached.
/// </summary>
internal sealed class BotAuthorizationHandler(IServiceUrlTrust trust, IBotTokenProvider tokens) : DelegatingHandler
{
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        if (request.RequestUri is null || !trust.IsTrusted(request.RequestUri))
        {
            throw new UntrustedServiceUrlException("The connector request's host is not trusted; the request was not sent.");
        }
        request.Headers.Authorization = null;
        var token = await tokens.GetTokenAsync(cancellationToken);
        if (token is not null) request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return await base.SendAsync(request, cancellationToken);
    }
}
