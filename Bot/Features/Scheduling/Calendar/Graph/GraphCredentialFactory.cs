using System.Security.Cryptography.X509Certificates;
using Azure.Core;
using Azure.Core.Pipeline;
using Azure.Identity;

namespace IntervisieBot.Features.Scheduling.Calendar.Graph;

/// <summary>
/// The app-only credential for Graph, all Azure.Identity: a client secret (ClientSecretCredential), a certificate
/// (ClientCertificateCredential) or a managed identity (ManagedIdentityCredential; user-assigned when a client id is set).
/// Token requests go through the named HttpClient <see cref="TokenHttpClientName"/>.
/// </summary>
public static class GraphCredentialFactory
{
    public const string TokenHttpClientName = "GraphToken";

    public static TokenCredential Create(GraphCalendarOptions options, IHttpClientFactory httpClientFactory)
    {
        if (options.UseManagedIdentity)
        {
            return new ManagedIdentityCredential(string.IsNullOrWhiteSpace(options.ClientId)
                ? ManagedIdentityId.SystemAssigned
                : ManagedIdentityId.FromUserAssignedClientId(options.ClientId));
        }

        var transport = new HttpClientTransport(httpClientFactory.CreateClient(TokenHttpClientName));
        if (!string.IsNullOrWhiteSpace(options.CertificatePath))
        {
            var certificate = X509CertificateLoader.LoadPkcs12FromFile(options.CertificatePath, options.CertificatePassword);
            return new ClientCertificateCredential(options.TenantId, options.ClientId, certificate, new ClientCertificateCredentialOptions
            {
                AuthorityHost = options.AuthorityHost,
                Transport = transport,
                DisableInstanceDiscovery = options.AuthorityHost.IsLoopback,
            });
        }

        return new ClientSecretCredential(options.TenantId, options.ClientId, options.ClientSecret, new ClientSecretCredentialOptions
        {
            AuthorityHost = options.AuthorityHost,
            Transport = transport,
            DisableInstanceDiscovery = options.AuthorityHost.IsLoopback,
        });
    }
}
