using IntervisieBot.Features.Intervisie;
using IntervisieBot.Features.Intervisie.Methods;
using IntervisieBot.Features.Intervisie.Domain;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace IntervisieBot.Tests.Intervisie.Methods;

public sealed class MethodRegistryTests : IDisposable
{
    private readonly string _scratch = Path.Combine(Path.GetTempPath(), "intervisie-methods-" + Guid.NewGuid().ToString("N"));

    public MethodRegistryTests() => Directory.CreateDirectory(_scratch);

    public void Dispose() => Directory.Delete(_scratch, recursive: true);

    private static readonly string[] Shipped = ["incidentmethode", "korte-consultatie", "moreel-beraad", "roddelmethode", "vijfstappenmethode"];

    [Fact]
    public void LoadFromDirectories_ShippedFolder_HasEveryShippedMethod()
    {
        var registry = MethodRegistry.LoadFromDirectories([IntervisieTestData.ShippedMethodsDirectory]);

        Assert.Equal(Shipped, registry.All.Select(m => m.Id));
        Assert.NotNull(registry.Find("vijfstappenmethode"));
        Assert.Null(registry.Find("oplossingsgericht"));
    }

    [Fact]
    public void LoadFromDirectories_ExtraFolder_AddsTheThirdMethod()
    {
        var registry = MethodRegistry.LoadFromDirectories([IntervisieTestData.ShippedMethodsDirectory, IntervisieTestData.TestMethodsDirectory]);

        Assert.Equal(Shipped.Length + 1, registry.All.Count);
        Assert.Equal("oplossingsgericht", registry.Find("oplossingsgericht")!.Id);
    }

    [Fact]
    public void LoadFromDirectories_SameMethodIdTwice_FailsNamingBothFiles()
    {
        File.Copy(Path.Combine(IntervisieTestData.ShippedMethodsDirectory, "vijfstappenmethode.json"), Path.Combine(_scratch, "kopie.json"));

        var ex = Assert.Throws<MethodDefinitionException>(() =>
            MethodRegistry.LoadFromDirectories([IntervisieTestData.ShippedMethodsDirectory, _scratch]));

        var error = Assert.Single(ex.Errors);
        Assert.Contains("kopie.json", error, StringComparison.Ordinal);
        Assert.Contains("vijfstappenmethode.json", error, StringComparison.Ordinal);
    }

    [Fact]
    public void LoadFromDirectories_InvalidFileAndMissingFolder_ListsAllProblems()
    {
        File.WriteAllText(Path.Combine(_scratch, "kapot.json"), "{ \"id\": \"kapot\" }");
        var missing = Path.Combine(_scratch, "bestaat-niet");

        var ex = Assert.Throws<MethodDefinitionException>(() => MethodRegistry.LoadFromDirectories([_scratch, missing]));

        Assert.Contains(ex.Errors, e => e.StartsWith("kapot.json: name:", StringComparison.Ordinal));
        Assert.Contains(ex.Errors, e => e.StartsWith("kapot.json: phases:", StringComparison.Ordinal));
        Assert.Contains(ex.Errors, e => e.Contains("method folder does not exist", StringComparison.Ordinal));
    }

    [Fact]
    public void AddIntervisieDomain_WithExtraFolder_ResolvesRegistryAndEngine()
    {
        var services = new ServiceCollection();
        services.AddIntervisieDomain(Config(IntervisieTestData.TestMethodsDirectory));
        using var provider = services.BuildServiceProvider();

        var registry = provider.GetRequiredService<IMethodRegistry>();
        Assert.Equal([.. Shipped, "oplossingsgericht"], registry.All.Select(m => m.Id));
        Assert.NotNull(provider.GetRequiredService<RoundEngine>());
        Assert.Same(TimeProvider.System, provider.GetRequiredService<TimeProvider>());
    }

    [Fact]
    public void ResolveDirectories_RelativeExtraFolder_IsRelativeToTheApp()
    {
        var options = new IntervisieDomainOptions { AdditionalMethodDirectories = [Path.Combine("Intervisie", "TestMethods"), " "] };

        var directories = options.ResolveDirectories();

        Assert.Equal([IntervisieTestData.ShippedMethodsDirectory, IntervisieTestData.TestMethodsDirectory], directories);
    }

    [Fact]
    public async Task AddIntervisieDomain_BrokenMethodFile_FailsAtStartup()
    {
        File.WriteAllText(Path.Combine(_scratch, "kapot.json"), "{ \"id\": \"kapot\" }");
        var builder = Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings());
        builder.Services.AddIntervisieDomain(Config(_scratch));
        using var host = builder.Build();

        var ex = await Assert.ThrowsAsync<OptionsValidationException>(() => host.StartAsync());

        Assert.Contains(ex.Failures, f => f.StartsWith("kapot.json:", StringComparison.Ordinal));
    }

    private static IConfiguration Config(string extraFolder) => new ConfigurationBuilder()
        .AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Intervisie:AdditionalMethodDirectories:0"] = extraFolder,
        })
        .Build();
}
