using System.Net.Http.Json;
using System.Text.Json;
using Azure.Core;
using Azure.Identity;

namespace IntervisieBot.Protocol.Connector;

/// <summary>
/// Client-credentials grant with a client secret, hand-written (protocol doc 2.1): <c>POST {authority}/{tenant}/oauth2/v2.0/token</c>
/// with <c>grant_type=client_credentials</c>, <c>client_id</c>, <c>client_secret</c>, <c>scope</c>. Used instead of
/// Azure.Identity's ClientSecretCredential because that one refuses non-https authority hosts, so it could not be
/// tested against a loopback token endpoint. Failures throw <see cref="AuthenticationFailedException"/> like Azure.Identity does.
/// </summary>
internal sealed class ClientSecretTokenCredential(
    HttpClient httpClient,
    Uri authorityHost,
    string tenantId,
    string clientId,
    string clientSecret,
    TimeProvider time) : TokenCredential
{
    public override AccessToken GetToken(TokenRequestContext requestContext, CancellationToken cancellationToken) =>
        GetTokenAsync(requestContext, cancellationToken).AsTask().GetAwaiter().GetResult();

    public override async ValueTask<AccessToken> GetTokenAsync(TokenRequestContext requestContext, CancellationToken cancellationToken)
    {
        var baseText = authorityHost.GetLeftPart(UriPartial.Path);
        var endpoint = new Uri((baseText.EndsWith('/') ? baseText : baseText + "/") + Uri.EscapeDataString(tenantId) + "/oauth2/v2.0/token");
        using var form = new FormUrlEncodedContent(
        [
            new("grant_type", "client_credentials"),
            new("client_id", clientId),
            new("client_secret", clientSecret),
            new("scope", string.Join(' ', requestContext.Scopes)),
        ]);

        HttpResponseMessage response;
        try
        {
            response = await httpClient.PostAsync(endpoint, form, cancellationToken);
        }
        catch (HttpRequestException e)
        {
            throw new AuthenticationFailedException("The token endpoint could not be reached.", e);
        }

        using (response)
        {
            JsonElement body;
            try
            {
                body = await response.Content.ReadFromJsonAsync<JsonElement>(cancellationToken);
            }
            catch (JsonException)
            {
                body = default;
            }

            if (!response.IsSuccessStatusCode)
            {
                var error = body.ValueKind == JsonValueKind.Object && body.TryGetProperty("error", out var e) && e.ValueKind == JsonValueKind.String ? e.GetString() : null;
                throw new AuthenticationFailedException($"The token endpoint answered {(int)response.StatusCode} ({error ?? "no error code"}).");
            }

            if (body.ValueKind != JsonValueKind.Object
                || !body.TryGetProperty("access_token", out var tokenElement)
                || tokenElement.ValueKind != JsonValueKind.String
                || string.IsNullOrEmpty(tokenElement.GetString()))
            {
                throw new AuthenticationFailedException("The token endpoint answered without an access_token.");
            }

            var expiresIn = body.TryGetProperty("expires_in", out var expiresElement) ? ReadSeconds(expiresElement) : null;
            return new AccessToken(tokenElement.GetString()!, time.GetUtcNow().AddSeconds(expiresIn ?? 300));
        }
    }

    /// <summary>expires_in is a number in v2.0 responses and a string in some older ones.</summary>
    private static long? ReadSeconds(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.Number when element.TryGetInt64(out var n) && n > 0 => n,
        JsonValueKind.String when long.TryParse(element.GetString(), System.Globalization.CultureInfo.InvariantCulture, out var n) && n > 0 => n,
        _ => null,
    };
}
