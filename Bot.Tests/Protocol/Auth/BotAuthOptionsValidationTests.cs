using IntervisieBot.Protocol.Auth;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace IntervisieBot.Tests.Protocol.Auth;

public sealed class BotAuthOptionsValidationTests
{
    private const string AppId = AuthTestServices.AppId;
    private const string Tenant = AuthTestServices.TenantId;

    // appId, type, tenant, password, certificate, expected valid, expected error fragment
    public static TheoryData<string?, string?, string?, string?, string?, bool, string?> IdentityCases => new()
    {
        { null, null, null, null, null, true, null },                                          // development mode
        { "", "SingleTenant", "", "", "", true, null },                                        // empty strings = development mode
        { null, null, null, "a-password", null, false, "MicrosoftAppId is empty" },           // credential without app id
        { AppId, "SingleTenant", Tenant, "a-password", null, true, null },
        { AppId, "SingleTenant", Tenant, null, "/etc/bot/cert.pfx", true, null },
        { AppId, null, Tenant, "a-password", null, true, null },                               // SingleTenant is the default
        { "not-a-guid", "SingleTenant", Tenant, "a-password", null, false, "MicrosoftAppId must be a GUID" },
        { "{" + AppId + "}", "SingleTenant", Tenant, "a-password", null, false, "MicrosoftAppId must be a GUID" },
        { AppId, "SingleTenant", null, "a-password", null, false, "MicrosoftAppTenantId must be a GUID" },
        { AppId, "SingleTenant", "contoso.onmicrosoft.com", "a-password", null, false, "MicrosoftAppTenantId must be a GUID" },
        { AppId, "SingleTenant", Tenant, null, null, false, "needs MicrosoftAppPassword or MicrosoftAppCertificatePath" },
        { AppId, "UserAssignedMSI", Tenant, null, null, true, null },
        { AppId, "UserAssignedMSI", null, null, null, false, "MicrosoftAppTenantId must be a GUID" },
        { AppId, "UserAssignedMSI", Tenant, "a-password", null, false, "forbids MicrosoftAppPassword" },
    };

    [Theory]
    [MemberData(nameof(IdentityCases))]
    public void BotIdentityOptions_Rule_ValidatedAtResolve(
        string? appId, string? type, string? tenant, string? password, string? certificate, bool valid, string? errorFragment)
    {
        Dictionary<string, string?> settings = new()
        {
            ["MicrosoftAppId"] = appId,
            ["MicrosoftAppType"] = type,
            ["MicrosoftAppTenantId"] = tenant,
            ["MicrosoftAppPassword"] = password,
            ["MicrosoftAppCertificatePath"] = certificate,
        };
        using var provider = AuthTestServices.Build(settings, TimeProvider.System);

        var resolve = () => provider.GetRequiredService<IOptions<BotIdentityOptions>>().Value;

        if (valid)
        {
            Assert.Equal(string.IsNullOrEmpty(appId), resolve().IsDevelopmentMode);
        }
        else
        {
            var exception = Assert.Throws<OptionsValidationException>(resolve);
            Assert.Contains(errorFragment!, exception.Message, StringComparison.Ordinal);
            Assert.DoesNotContain("a-password", exception.Message, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void BotIdentityOptions_UnknownAppType_Throws()
    {
        using var provider = AuthTestServices.Build(
            new Dictionary<string, string?> { ["MicrosoftAppId"] = AppId, ["MicrosoftAppType"] = "MultiTenant", ["MicrosoftAppTenantId"] = Tenant },
            TimeProvider.System);

        Assert.Throws<InvalidOperationException>(() => provider.GetRequiredService<IOptions<BotIdentityOptions>>().Value);
    }

    public static TheoryData<string, string?, bool> AuthOptionCases => new()
    {
        { "BotFrameworkOpenIdMetadataUrl", "https://login.botframework.com/v1/.well-known/openidconfiguration", true },
        { "BotFrameworkOpenIdMetadataUrl", "http://127.0.0.1:5099/botframework/v1/.well-known/openidconfiguration", true },
        { "BotFrameworkOpenIdMetadataUrl", "http://login.botframework.com/v1/.well-known/openidconfiguration", false },
        { "BotFrameworkOpenIdMetadataUrl", "/v1/.well-known/openidconfiguration", false },
        { "EntraAuthority", "https://login.microsoftonline.com", true },
        { "EntraAuthority", "http://localhost:5099", true },
        { "EntraAuthority", "https://login.microsoftonline.com/common", false },
        { "EntraAuthority", "http://10.0.0.8", false },
        { "KeyRefreshInterval", "1.00:00:01", false },
        { "KeyRefreshInterval", "00:00:00", false },
        { "KeyRefreshInterval", "06:00:00", true },
        { "MinimumRefreshInterval", "00:00:00", false },
        { "FetchTimeout", "00:05:00", false },
        { "AllowedCallers:0", "5b6c7d8e-9f0a-4b1c-8d2e-3f4a5b6c7d8e", true },
        { "AllowedCallers:0", "*", false },
        { "AllowedCallers:0", "other-bot", false },
    };

    [Theory]
    [MemberData(nameof(AuthOptionCases))]
    public void BotAuthOptions_Rule_ValidatedAtResolve(string key, string? value, bool valid)
    {
        using var provider = AuthTestServices.Build(new Dictionary<string, string?> { [$"BotAuth:{key}"] = value }, TimeProvider.System);

        var resolve = () => provider.GetRequiredService<IOptions<BotAuthOptions>>().Value;

        if (valid)
        {
            Assert.NotNull(resolve());
        }
        else
        {
            var exception = Assert.Throws<OptionsValidationException>(resolve);
            Assert.Contains($"BotAuth:{key.Split(':')[0]}", exception.Message, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task AddBotAuthentication_InvalidAppIdInHost_StartFails()
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true });
        builder.Logging.ClearProviders();
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["MicrosoftAppId"] = "my-bot",
            ["MicrosoftAppTenantId"] = Tenant,
            ["MicrosoftAppPassword"] = "a-password",
        });
        builder.Services.AddBotAuthentication(builder.Configuration);
        using var host = builder.Build();

        var exception = await Assert.ThrowsAsync<OptionsValidationException>(() => host.StartAsync());

        Assert.Contains("MicrosoftAppId must be a GUID", exception.Message, StringComparison.Ordinal);
    }
}
