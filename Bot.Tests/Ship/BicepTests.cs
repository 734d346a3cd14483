using System.Text.Json.Nodes;

namespace IntervisieBot.Tests.Ship;

/// <summary>infra/main.bicep compiled and linted by the official Bicep CLI: no errors, no warnings, and the
/// compiled template carries the settings the deployment guide promises.</summary>
public sealed class BicepTests
{
    private static string MainBicep => Path.Combine(ShipPaths.Infra, "main.bicep");

    [Fact]
    public async Task Build_MainBicep_CompilesWithoutAnyDiagnostic()
    {
        var result = await Compilation.Value;

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.True(result.StandardError.Trim().Length == 0, result.ToString());
        Assert.StartsWith("{", result.StandardOutput.TrimStart(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Lint_MainBicep_ReportsNothing()
    {
        var result = await BicepCli.RunAsync("lint", MainBicep);

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.True((result.StandardOutput + result.StandardError).Trim().Length == 0, result.ToString());
    }

    [Fact]
    public async Task BuildParams_ExampleParameterFile_CompilesWithoutAnyDiagnostic()
    {
        using var temp = new TempDirectory();

        var result = await BicepCli.RunAsync(
            "build-params", Path.Combine(ShipPaths.Infra, "main.bicepparam"), "--outfile", temp.File("main.parameters.json"));

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.True(result.StandardError.Trim().Length == 0, result.ToString());
    }

    [Fact]
    public async Task Lint_FileWithUnusedParameter_ReportsTheWarning()
    {
        // Proves the two tests above would notice a warning: the CLI prints it and the output is not empty.
        using var temp = new TempDirectory();
        File.WriteAllText(temp.File("bad.bicep"), "param unused string\n");

        var result = await BicepCli.RunAsync("lint", temp.File("bad.bicep"));

        Assert.Contains("Warning no-unused-params", result.StandardOutput + result.StandardError, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Build_MainBicep_WebAppRunsDotnet10WithHealthCheckAlwaysOnAndHttpsOnly()
    {
        var site = Single(await CompileAsync(), "Microsoft.Web/sites");
        var config = site["properties"]!["siteConfig"]!;

        Assert.Equal("DOTNETCORE|10.0", config["linuxFxVersion"]!.GetValue<string>());
        Assert.Equal("/healthz", config["healthCheckPath"]!.GetValue<string>());
        Assert.True(config["alwaysOn"]!.GetValue<bool>());
        Assert.Equal("1.2", config["minTlsVersion"]!.GetValue<string>());
        Assert.Equal("Disabled", config["ftpsState"]!.GetValue<string>());
        var assemblyName = System.Xml.Linq.XDocument.Load(Path.Combine(ShipPaths.Root, "Bot", "Bot.csproj"))
            .Descendants("AssemblyName").Single().Value;
        Assert.Equal($"dotnet {assemblyName}.dll", config["appCommandLine"]!.GetValue<string>());
        Assert.True(site["properties"]!["httpsOnly"]!.GetValue<bool>());
        Assert.Equal("UserAssigned", site["identity"]!["type"]!.GetValue<string>());
        Assert.True(Single(await CompileAsync(), "Microsoft.Web/serverfarms")["properties"]!["reserved"]!.GetValue<bool>());
    }

    [Theory]
    [InlineData("MicrosoftAppId")]
    [InlineData("MicrosoftAppTenantId")]
    [InlineData("MicrosoftAppType")]
    [InlineData("Storage__TableEndpoint")]
    [InlineData("Storage__ManagedIdentityClientId")]
    [InlineData("AZURE_CLIENT_ID")]
    [InlineData("APPLICATIONINSIGHTS_CONNECTION_STRING")]
    [InlineData("Graph__Enabled")]
    [InlineData("Graph__UseManagedIdentity")]
    [InlineData("Graph__ClientSecret")]
    public async Task Build_MainBicep_WebAppGetsAppSetting(string name)
    {
        var site = Single(await CompileAsync(), "Microsoft.Web/sites");

        var appSettings = site["properties"]!["siteConfig"]!["appSettings"]!.GetValue<string>();

        Assert.Contains($"createObject('name', '{name}', 'value', ", appSettings, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Build_MainBicep_StorageHasNoSharedKeysAndTheIdentityGetsTableDataContributor()
    {
        var template = await CompileAsync();
        var storage = Single(template, "Microsoft.Storage/storageAccounts")["properties"]!;
        var roleAssignment = Single(template, "Microsoft.Authorization/roleAssignments");
        var site = Single(template, "Microsoft.Web/sites");

        Assert.False(storage["allowSharedKeyAccess"]!.GetValue<bool>());
        Assert.Equal("TLS1_2", storage["minimumTlsVersion"]!.GetValue<string>());
        Assert.True(storage["supportsHttpsTrafficOnly"]!.GetValue<bool>());
        Assert.False(storage["allowBlobPublicAccess"]!.GetValue<bool>());
        Assert.Single(template["resources"]!.AsArray(), r => Type(r) == "Microsoft.Storage/storageAccounts/tableServices");
        Assert.Equal("0a9a7e1f-b9d0-4cc4-a60d-0319b160aaa3", template["variables"]!["storageTableDataContributorRoleId"]!.GetValue<string>());
        Assert.Equal(
            "[subscriptionResourceId('Microsoft.Authorization/roleDefinitions', variables('storageTableDataContributorRoleId'))]",
            roleAssignment["properties"]!["roleDefinitionId"]!.GetValue<string>());
        var principal = roleAssignment["properties"]!["principalId"]!.GetValue<string>();
        Assert.Contains("Microsoft.ManagedIdentity/userAssignedIdentities", principal, StringComparison.Ordinal);
        Assert.EndsWith(".principalId]", principal, StringComparison.Ordinal);
        Assert.Equal("ServicePrincipal", roleAssignment["properties"]!["principalType"]!.GetValue<string>());
        Assert.DoesNotContain("listKeys", site.ToJsonString(), StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("AccountKey", site.ToJsonString(), StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Build_MainBicep_BotPointsAtWebAppAndHasTeamsChannel()
    {
        var template = await CompileAsync();
        var bot = Single(template, "Microsoft.BotService/botServices");
        var channel = Single(template, "Microsoft.BotService/botServices/channels");

        Assert.Equal("global", bot["location"]!.GetValue<string>());
        Assert.Contains("/api/messages", bot["properties"]!["endpoint"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Contains("https://", bot["properties"]!["endpoint"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Equal("[parameters('msaAppType')]", bot["properties"]!["msaAppType"]!.GetValue<string>());
        Assert.Equal("MsTeamsChannel", channel["properties"]!["channelName"]!.GetValue<string>());
        Assert.True(channel["properties"]!["properties"]!["isEnabled"]!.GetValue<bool>());

        var allowed = template["parameters"]!["msaAppType"]!["allowedValues"]!.AsArray().Select(v => v!.GetValue<string>());
        Assert.Equal(["UserAssignedMSI", "SingleTenant"], allowed);
    }

    [Fact]
    public async Task Build_MainBicep_AppInsightsIsWorkspaceBased()
    {
        var template = await CompileAsync();
        var insights = Single(template, "Microsoft.Insights/components");

        Assert.Contains("Microsoft.OperationalInsights/workspaces", insights["properties"]!["WorkspaceResourceId"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Single(template["resources"]!.AsArray(), r => Type(r) == "Microsoft.OperationalInsights/workspaces");
    }

    [Theory]
    [InlineData("botEndpoint")]
    [InlineData("appHostname")]
    [InlineData("botAppId")]
    [InlineData("identityPrincipalId")]
    public async Task Build_MainBicep_HasOutput(string output)
    {
        var template = await CompileAsync();

        Assert.NotNull(template["outputs"]![output]);
    }

    // Compiled once per test run; each test parses its own copy so none can change another's view.
    private static readonly Lazy<Task<ProcessResult>> Compilation = new(() => BicepCli.RunAsync("build", MainBicep, "--stdout"));

    private static async Task<JsonNode> CompileAsync()
    {
        var result = await Compilation.Value;
        Assert.True(result.ExitCode == 0, result.ToString());
        return JsonNode.Parse(result.StandardOutput)!;
    }

    private static string Type(JsonNode? resource) => resource!["type"]!.GetValue<string>();

    private static JsonNode Single(JsonNode template, string type) =>
        Assert.Single(template["resources"]!.AsArray(), r => Type(r) == type)!;
}
