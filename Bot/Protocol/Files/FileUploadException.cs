namespace IntervisieBot.Protocol.Files;

/// <summary>An accepted file could not be put at its upload url.</summary>
/// <param name="reason">A code for logs: <c>untrusted-url</c>, <c>too-large</c>, <c>status-NNN</c>, <c>timeout</c>, <c>transport</c>.</param>
public sealed class FileUploadException(string reason, Exception? innerException = null)
    : Exception("The file upload failed: " + reason, innerException)
{
    public string Reason { get; } = reason;
}
