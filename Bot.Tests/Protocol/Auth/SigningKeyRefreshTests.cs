using IntervisieBot.Protocol.Auth;
using IntervisieBot.Protocol.Schema;
using IntervisieBot.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace IntervisieBot.Tests.Protocol.Auth;

/// <summary>Key caching, automatic and forced refresh, rotation and fail-closed behaviour against a loopback key server.</summary>
public sealed class SigningKeyRefreshTests : IAsyncLifetime
{
    private readonly FakeTimeProvider _time = new(DateTimeOffset.UtcNow);
    private LoopbackOpenIdServer _server = null!;
    private ServiceProvider _provider = null!;
    private IInboundAuthenticator _authenticator = null!;

    public async Task InitializeAsync()
    {
        _server = await LoopbackOpenIdServer.StartAsync(AuthTestServices.TenantId);
        _provider = AuthTestServices.Build(_server, _time);
        _authenticator = _provider.GetRequiredService<IInboundAuthenticator>();
    }

    public async Task DisposeAsync()
    {
        await _provider.DisposeAsync();
        await _server.DisposeAsync();
    }

    [Fact]
    public async Task AuthenticateAsync_RepeatedWithinRefreshInterval_FetchesKeysOnce()
    {
        var key = _server.AddBotFrameworkKey(["msteams"]);

        for (var i = 0; i < 3; i++)
        {
            Assert.True((await AuthenticateAsync(key)).Succeeded);
        }

        Assert.Equal(1, _server.BotFrameworkMetadataFetches);
        Assert.Equal(1, _server.BotFrameworkKeyFetches);
    }

    [Fact]
    public async Task AuthenticateAsync_KeysOlderThanTwelveHours_RefreshedAutomatically()
    {
        var key = _server.AddBotFrameworkKey(["msteams"]);
        Assert.True((await AuthenticateAsync(key)).Succeeded);

        _time.Advance(TimeSpan.FromHours(11));
        Assert.True((await AuthenticateAsync(key)).Succeeded);
        Assert.Equal(1, _server.BotFrameworkKeyFetches);

        _time.Advance(TimeSpan.FromHours(1));
        Assert.True((await AuthenticateAsync(key)).Succeeded);
        Assert.Equal(2, _server.BotFrameworkKeyFetches);
    }

    [Fact]
    public async Task AuthenticateAsync_UnknownKeyId_ForcesOneRefreshThenRateLimits()
    {
        var known = _server.AddBotFrameworkKey(["msteams"]);
        using var unpublished = new TestSigningKey("not-on-the-server", ["msteams"]);
        Assert.True((await AuthenticateAsync(known)).Succeeded);
        Assert.Equal(1, _server.BotFrameworkKeyFetches);

        var first = await AuthenticateAsync(unpublished);
        Assert.Equal(AuthFailureReasons.UnknownKey, first.FailureReason);
        Assert.Equal(2, _server.BotFrameworkKeyFetches);

        _time.Advance(TimeSpan.FromMinutes(4));
        var second = await AuthenticateAsync(unpublished);
        Assert.Equal(AuthFailureReasons.UnknownKey, second.FailureReason);
        Assert.Equal(2, _server.BotFrameworkKeyFetches);

        _time.Advance(TimeSpan.FromMinutes(1));
        var third = await AuthenticateAsync(unpublished);
        Assert.Equal(AuthFailureReasons.UnknownKey, third.FailureReason);
        Assert.Equal(3, _server.BotFrameworkKeyFetches);
    }

    [Fact]
    public async Task AuthenticateAsync_ManyConcurrentUnknownKeyRequests_RefreshOnce()
    {
        var known = _server.AddBotFrameworkKey(["msteams"]);
        using var unpublished = new TestSigningKey("not-on-the-server", ["msteams"]);
        Assert.True((await AuthenticateAsync(known)).Succeeded);

        var results = await Task.WhenAll(Enumerable.Range(0, 20).Select(_ => AuthenticateAsync(unpublished)));

        Assert.All(results, result => Assert.Equal(AuthFailureReasons.UnknownKey, result.FailureReason));
        Assert.Equal(2, _server.BotFrameworkKeyFetches);
    }

    [Fact]
    public async Task AuthenticateAsync_KeyAddedOnServerAfterCaching_PickedUpByForcedRefresh()
    {
        var oldKey = _server.AddBotFrameworkKey(["msteams"]);
        Assert.True((await AuthenticateAsync(oldKey)).Succeeded);

        var newKey = _server.AddBotFrameworkKey(["msteams"]);
        _server.RemoveKey(oldKey.Kid);
        var rotated = await AuthenticateAsync(newKey);

        Assert.True(rotated.Succeeded, rotated.FailureReason);
        Assert.Equal(2, _server.BotFrameworkKeyFetches);
    }

    [Fact]
    public async Task AuthenticateAsync_EntraKeyRotated_PickedUpByForcedRefresh()
    {
        var oldKey = _server.AddEntraKey();
        Assert.True((await AuthenticateEntraAsync(oldKey)).Succeeded);

        var newKey = _server.AddEntraKey();
        var rotated = await AuthenticateEntraAsync(newKey);

        Assert.True(rotated.Succeeded, rotated.FailureReason);
        Assert.Equal(2, _server.EntraKeyFetches);
        Assert.Equal(0, _server.BotFrameworkKeyFetches);
    }

    [Fact]
    public async Task AuthenticateAsync_MetadataServerDown_FailsClosedThenRecovers()
    {
        var key = _server.AddBotFrameworkKey(["msteams"]);
        _server.Unavailable = true;

        var down = await AuthenticateAsync(key);
        Assert.False(down.Succeeded);
        Assert.Equal(AuthFailureReasons.KeysUnavailable, down.FailureReason);

        _server.Unavailable = false;
        _time.Advance(TimeSpan.FromSeconds(30));
        var recovered = await AuthenticateAsync(key);

        Assert.True(recovered.Succeeded, recovered.FailureReason);
    }

    [Fact]
    public async Task AuthenticateAsync_MetadataServerUnreachable_FailsClosedWithoutException()
    {
        var gone = await LoopbackOpenIdServer.StartAsync(AuthTestServices.TenantId);
        var settings = AuthTestServices.Configuration(gone);
        await gone.DisposeAsync();
        await using var provider = AuthTestServices.Build(settings, _time);
        _authenticator = provider.GetRequiredService<IInboundAuthenticator>();
        var key = _server.AddBotFrameworkKey(["msteams"]);

        var result = await AuthenticateAsync(key);

        Assert.False(result.Succeeded);
        Assert.Equal(AuthFailureReasons.KeysUnavailable, result.FailureReason);
    }

    [Fact]
    public async Task AuthenticateAsync_RefreshFailsForLongerThanMaximumKeyAge_StopsUsingOldKeys()
    {
        var key = _server.AddBotFrameworkKey(["msteams"]);
        Assert.True((await AuthenticateAsync(key)).Succeeded);
        _server.Unavailable = true;

        _time.Advance(TimeSpan.FromHours(13));
        var stale = await AuthenticateAsync(key);
        Assert.True(stale.Succeeded, stale.FailureReason);

        _time.Advance(TimeSpan.FromHours(11));
        var expired = await AuthenticateAsync(key);
        Assert.Equal(AuthFailureReasons.KeysUnavailable, expired.FailureReason);
    }

    [Fact]
    public async Task AuthenticateAsync_CallerAlreadyCancelled_FailsWithoutExceptionAndFetchesNothing()
    {
        var key = _server.AddBotFrameworkKey(["msteams"]);
        using var cancelled = new CancellationTokenSource();
        await cancelled.CancelAsync();

        var result = await AuthenticateAsync(key, cancelled.Token);

        Assert.Equal(AuthFailureReasons.Cancelled, result.FailureReason);
        Assert.Equal(0, _server.BotFrameworkMetadataFetches);
    }

    private Task<InboundAuthResult> AuthenticateAsync(TestSigningKey key, CancellationToken cancellationToken = default)
    {
        var now = _time.GetUtcNow();
        var token = TestTokenFactory.Create(
            key.Credentials(), TestTokenFactory.BotFrameworkIssuer, AuthTestServices.AppId, AuthTestServices.ServiceUrl,
            now.AddMinutes(-1), now.AddMinutes(59));
        return _authenticator.AuthenticateAsync($"Bearer {token}", AuthTestServices.TeamsActivity(), cancellationToken);
    }

    private Task<InboundAuthResult> AuthenticateEntraAsync(TestSigningKey key)
    {
        var now = _time.GetUtcNow();
        var token = TestTokenFactory.Create(
            key.Credentials(), TestTokenFactory.EntraV2Issuer(AuthTestServices.TenantId), AuthTestServices.AppId, null,
            now.AddMinutes(-1), now.AddMinutes(59), caller: AuthTestServices.AppId, v2: true);
        return _authenticator.AuthenticateAsync($"Bearer {token}", AuthTestServices.TeamsActivity(), CancellationToken.None);
    }
}
