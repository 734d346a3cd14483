using Xunit;
using IntervisieBot.Tests.Infrastructure;

namespace IntervisieBot.Tests.Protocol.Auth;

/// <summary>One loopback key server shared by the read-only token tests, with the keys they sign with.</summary>
public sealed class InboundTokenFixture : IAsyncLifetime
{
    public LoopbackOpenIdServer Server { get; private set; } = null!;
    public TestSigningKey TeamsKey { get; private set; } = null!;
    public TestSigningKey SkypeOnlyKey { get; private set; } = null!;
    public TestSigningKey UnendorsedKey { get; private set; } = null!;
    public TestSigningKey EntraKey { get; private set; } = null!;

    /// <summary>Never published: signs the bad-signature and unknown-key cases.</summary>
    public TestSigningKey UnpublishedKey { get; } = new("never-published", ["msteams"]);

    public async Task InitializeAsync()
    {
        Server = await LoopbackOpenIdServer.StartAsync(AuthTestServices.TenantId);
        TeamsKey = Server.AddBotFrameworkKey(["msteams", "webchat"]);
        SkypeOnlyKey = Server.AddBotFrameworkKey(["skype"]);
        UnendorsedKey = Server.AddBotFrameworkKey(endorsements: null);
        EntraKey = Server.AddEntraKey();
    }

    public async Task DisposeAsync()
    {
        UnpublishedKey.Dispose();
        await Server.DisposeAsync();
    }
}
