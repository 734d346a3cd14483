using System.Net.Http.Headers;
using Microsoft.Extensions.Options;

namespace IntervisieBot.Protocol.Files;

/// <summary>
/// Puts the bytes of a file the user accepted at the upload url Teams gave (the user's OneDrive). A plain HttpClient of its
/// own: no bot token, no redirects (a redirect could move the bytes to another host), the url checked by
/// <see cref="UploadUrlPolicy"/> first. One PUT with <c>Content-Range: bytes 0-(n-1)/n</c>, as the Teams docs describe.
/// </summary>
public sealed class FileUploadClient(HttpClient http, IOptions<FileUploadOptions> options)
{
    public const string HttpClientName = "FileUpload";

    public FileUploadOptions Options => options.Value;

    /// <exception cref="FileUploadException">The url is not allowed, the file is too large, or the upload failed.</exception>
    public async Task UploadAsync(string? uploadUrl, string contentType, byte[] content, CancellationToken cancellationToken)
    {
        var settings = Options;
        if (!UploadUrlPolicy.IsAllowed(uploadUrl, settings, out var target)) throw new FileUploadException("untrusted-url");
        if (content.Length == 0 || content.Length > settings.MaxBytes) throw new FileUploadException("too-large");

        using var request = new HttpRequestMessage(HttpMethod.Put, target) { Content = new ByteArrayContent(content) };
        request.Content.Headers.ContentType = new MediaTypeHeaderValue(contentType);
        request.Content.Headers.ContentRange = new ContentRangeHeaderValue(0, content.Length - 1, content.Length);
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(settings.Timeout);
        HttpResponseMessage response;
        try
        {
            response = await http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, timeout.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException e) when (!cancellationToken.IsCancellationRequested)
        {
            throw new FileUploadException("timeout", e);
        }
        catch (HttpRequestException e)
        {
            throw new FileUploadException("transport", e);
        }
        using (response)
        {
            if (!response.IsSuccessStatusCode) throw new FileUploadException("status-" + (int)response.StatusCode);
        }
    }
}
