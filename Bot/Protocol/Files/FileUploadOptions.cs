namespace IntervisieBot.Protocol.Files;

/// <summary>Where accepted files may be uploaded, bound from the <c>FileUpload</c> configuration section.</summary>
public sealed class FileUploadOptions
{
    public const string SectionName = "FileUpload";

    /// <summary>
    /// Host suffixes an upload url may have (https only). Teams hands out upload urls in the user's OneDrive for Business,
    /// i.e. <c>*.sharepoint.com</c> (<c>*.sharepoint.us</c> in the US government clouds, where bots cannot send files).
    /// An entry matches the host itself or any subdomain of it.
    /// </summary>
    public string[] TrustedHostSuffixes { get; set; } = ["sharepoint.com"];

    /// <summary>
    /// Also accept plain http to a loopback host (the tests' upload server). Never in production: the file would go to
    /// whatever listens on the bot's own machine.
    /// </summary>
    public bool DangerouslyAllowLoopbackHttp { get; set; }

    /// <summary>Timeout of the one PUT; it runs inside the invoke's budget (<c>Turns:InvokeTimeout</c>).</summary>
    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(3);

    /// <summary>The largest file the bot offers (Teams asks for a file consent card for any size; ours stay small).</summary>
    public int MaxBytes { get; set; } = 4 * 1024 * 1024;
}
