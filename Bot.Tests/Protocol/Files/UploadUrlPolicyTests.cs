using IntervisieBot.Protocol.Files;

namespace IntervisieBot.Tests.Protocol.Files;

/// <summary>The upload url from a file consent answer gets the file only on a trusted https host (the user's OneDrive).</summary>
public sealed class UploadUrlPolicyTests
{
    [Theory]
    [InlineData("https://contoso-my.sharepoint.com/personal/a/_api/upload?x=1", false, true)]
    [InlineData("https://sharepoint.com/upload", false, true)]
    [InlineData("https://CONTOSO.SharePoint.com/upload", false, true)]
    [InlineData("http://contoso-my.sharepoint.com/upload", false, false)]          // no plain http to the internet
    [InlineData("https://contoso.sharepoint.com.evil.example/upload", false, false)]
    [InlineData("https://evilsharepoint.com/upload", false, false)]                 // a suffix matches whole labels only
    [InlineData("https://user:secret@contoso.sharepoint.com/upload", false, false)]
    [InlineData("http://127.0.0.1:5000/uploads/x", false, false)]                  // loopback only when allowed
    [InlineData("http://127.0.0.1:5000/uploads/x", true, true)]
    [InlineData("http://localhost:5000/uploads/x", true, true)]
    [InlineData("http://10.0.0.1/uploads/x", true, false)]
    [InlineData("/relative/upload", true, false)]
    [InlineData("", true, false)]
    [InlineData(null, true, false)]
    public void IsAllowed_OnlyTrustedHttpsOrAllowedLoopback(string? url, bool allowLoopback, bool expected)
    {
        var options = new FileUploadOptions { DangerouslyAllowLoopbackHttp = allowLoopback };

        Assert.Equal(expected, UploadUrlPolicy.IsAllowed(url, options, out var uri));
        Assert.Equal(expected, uri is not null);
    }

    [Theory]
    [InlineData("com")]
    [InlineData("*.com")]
    [InlineData("")]
    public void IsAllowed_ABareTopLevelSuffix_TrustsNothing(string suffix)
    {
        var options = new FileUploadOptions { TrustedHostSuffixes = [suffix] };

        Assert.False(UploadUrlPolicy.IsAllowed("https://anything.com/upload", options, out _));
    }
}
