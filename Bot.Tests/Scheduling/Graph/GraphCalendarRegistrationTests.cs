using IntervisieBot.Features.Scheduling.Calendar;
using IntervisieBot.Features.Scheduling.Calendar.Graph;
using IntervisieBot.Tests.Infrastructure;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace IntervisieBot.Tests.Scheduling.Graph;

/// <summary>Which calendar the bot gets, and the startup errors for an incomplete Graph configuration.</summary>
public sealed class GraphCalendarRegistrationTests
{
    private static readonly Dictionary<string, string?> Valid = new()
    {
        ["Graph:Enabled"] = "true",
        ["Graph:TenantId"] = GraphHarness.TenantId,
        ["Graph:ClientId"] = GraphHarness.ClientId,
        ["Graph:ClientSecret"] = GraphHarness.Secret,
    };

    [Theory]
    [InlineData(null)]
    [InlineData("false")]
    public void AddGraphCalendar_NotEnabled_NoTeamCalendar(string? enabled)
    {
        using var provider = Build(new() { ["Graph:Enabled"] = enabled, ["Graph:ClientSecret"] = "ignored while disabled" });

        var calendar = provider.GetRequiredService<ITeamCalendar>();

        Assert.IsType<NoTeamCalendar>(calendar);
        Assert.False(calendar.IsConfigured);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void AddGraphCalendar_Enabled_WinsOverTheFeaturesTryAddInEitherOrder(bool featureFirst)
    {
        var services = new ServiceCollection().AddLogging();
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(Valid).Build();
        if (featureFirst) services.TryAddSingleton<ITeamCalendar, NoTeamCalendar>();
        services.AddGraphCalendar(configuration);
        if (!featureFirst) services.TryAddSingleton<ITeamCalendar, NoTeamCalendar>();
        using var provider = services.BuildServiceProvider();

        var calendar = provider.GetRequiredService<ITeamCalendar>();

        Assert.IsType<GraphTeamCalendar>(calendar);
        Assert.True(calendar.IsConfigured);
        Assert.Single(services, d => d.ServiceType == typeof(ITeamCalendar));
    }

    [Theory]
    [InlineData("Graph:ClientId", null, "Graph:ClientId must be the app registration's client id")]
    [InlineData("Graph:ClientId", "not-a-guid", "Graph:ClientId must be the app registration's client id")]
    [InlineData("Graph:TenantId", "", "Graph:TenantId must be the Entra tenant id")]
    [InlineData("Graph:ClientSecret", null, "Graph is enabled but has no credential")]
    [InlineData("Graph:CertificatePath", "/nonexistent/graph.pfx", "Graph has more than one credential")]
    [InlineData("Graph:BaseUrl", "http://graph.example.test/v1.0", "Graph:BaseUrl must be an absolute https URL")]
    [InlineData("Graph:AuthorityHost", "http://127.0.0.1:1/", "Graph:AuthorityHost must be an absolute https URL")]
    [InlineData("Graph:TimeZone", "Mars/Olympus", "Graph:TimeZone is not a known time zone")]
    [InlineData("Graph:MaxRetries", "9", "Graph:MaxRetries must be between 0 and 5")]
    public void AddGraphCalendar_Incomplete_ClearValidationMessage(string key, string? value, string expected)
    {
        var settings = new Dictionary<string, string?>(Valid) { [key] = value };
        using var provider = Build(settings);

        var error = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IOptions<GraphCalendarOptions>>().Value);

        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(GraphHarness.Secret, error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("bbbbbbbb-0000-0000-0000-00000000000b")]
    public void AddGraphCalendar_ManagedIdentity_NeedsNoTenantOrSecret(string? clientId)
    {
        using var provider = Build(new() { ["Graph:Enabled"] = "true", ["Graph:UseManagedIdentity"] = "true", ["Graph:ClientId"] = clientId });

        Assert.True(provider.GetRequiredService<IOptions<GraphCalendarOptions>>().Value.UseManagedIdentity);
        Assert.IsType<GraphTeamCalendar>(provider.GetRequiredService<ITeamCalendar>());
    }

    [Fact]
    public void Bot_GraphEnabledWithoutClientId_FailsAtStartupNamingTheSetting()
    {
        using var factory = new BotApplicationFactory(new Dictionary<string, string?>
        {
            ["Graph:Enabled"] = "true",
            ["Graph:TenantId"] = GraphHarness.TenantId,
            ["Graph:ClientSecret"] = GraphHarness.Secret,
        });

        var error = Assert.Throws<OptionsValidationException>(() => factory.CreateClient());

        Assert.Contains("Graph:ClientId", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Bot_GraphConfigured_UsesGraphTeamCalendar()
    {
        using var factory = new BotApplicationFactory(Valid);
        using var client = factory.CreateClient();

        Assert.IsType<GraphTeamCalendar>(factory.Services.GetRequiredService<ITeamCalendar>());
    }

    [Fact]
    public void Bot_WithoutGraphSettings_UsesNoTeamCalendar()
    {
        using var factory = new BotApplicationFactory();
        using var client = factory.CreateClient();

        Assert.IsType<NoTeamCalendar>(factory.Services.GetRequiredService<ITeamCalendar>());
    }

    private static ServiceProvider Build(Dictionary<string, string?> settings)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        return new ServiceCollection().AddLogging().AddGraphCalendar(configuration).BuildServiceProvider();
    }
}
