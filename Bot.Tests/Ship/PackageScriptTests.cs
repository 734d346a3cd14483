using System.Text.Json.Nodes;

namespace IntervisieBot.Tests.Ship;

/// <summary>manifest/package.sh: fills in ids and host, writes the files at the zip's root, rejects bad input.</summary>
public sealed class PackageScriptTests(TeamsPackageFixture package) : IClassFixture<TeamsPackageFixture>
{
    private static readonly string[] ExpectedEntries = ["color.png", "en.json", "manifest.json", "outline.png"];

    [Fact]
    public void Package_ValidArguments_HasExactlyTheFourFilesAtTheRoot()
    {
        Assert.Equal(ExpectedEntries, package.Entries.Keys.Order(StringComparer.Ordinal));
        Assert.DoesNotContain(package.Entries.Keys, name => name.Contains('/') || name.Contains('\\'));
    }

    [Fact]
    public void Package_ValidArguments_LeavesNoPlaceholder()
    {
        Assert.DoesNotContain("{{", package.EntryText("manifest.json"), StringComparison.Ordinal);
        Assert.DoesNotContain("{{", package.EntryText("en.json"), StringComparison.Ordinal);
    }

    [Fact]
    public void Package_ValidArguments_PutsIdsAndDomainWhereTeamsReadsThem()
    {
        var manifest = JsonNode.Parse(package.EntryText("manifest.json"))!;

        Assert.Equal(TeamsPackageFixture.AppId, manifest["id"]!.GetValue<string>());
        Assert.Equal(TeamsPackageFixture.BotId, manifest["bots"]![0]!["botId"]!.GetValue<string>());
        Assert.Equal(TeamsPackageFixture.BotId, manifest["composeExtensions"]![0]!["botId"]!.GetValue<string>());
        Assert.Equal([TeamsPackageFixture.Domain], manifest["validDomains"]!.AsArray().Select(d => d!.GetValue<string>()));
        Assert.Equal(TeamsPackageFixture.BotId, manifest["webApplicationInfo"]!["id"]!.GetValue<string>());
        Assert.Equal($"api://botid-{TeamsPackageFixture.BotId}", manifest["webApplicationInfo"]!["resource"]!.GetValue<string>());
        Assert.Equal($"https://{TeamsPackageFixture.Domain}/privacy", manifest["developer"]!["privacyUrl"]!.GetValue<string>());
    }

    [Fact]
    public void Package_Icons_AreTheCommittedFiles()
    {
        Assert.Equal(File.ReadAllBytes(Path.Combine(ShipPaths.Manifest, "color.png")), package.Entries["color.png"]);
        Assert.Equal(File.ReadAllBytes(Path.Combine(ShipPaths.Manifest, "outline.png")), package.Entries["outline.png"]);
    }

    [Theory]
    [InlineData("")]
    [InlineData("python3")]
    public async Task Package_EitherZipTool_WritesSameEntries(string zipTool)
    {
        using var temp = new TempDirectory();
        var environment = zipTool.Length == 0 ? null : new Dictionary<string, string> { ["ZIP_TOOL"] = zipTool };

        var result = await PackageScript.RunAsync(
            ["--app-id", TeamsPackageFixture.AppId, "--bot-id", TeamsPackageFixture.BotId,
             "--domain", TeamsPackageFixture.Domain, "--out", temp.File("nested/dir/app.zip")],
            environment);

        Assert.True(result.ExitCode == 0, result.ToString());
        var entries = TeamsPackageFixture.ReadEntries(temp.File("nested/dir/app.zip"));
        Assert.Equal(ExpectedEntries, entries.Keys.Order(StringComparer.Ordinal));
        Assert.Equal(package.Entries["manifest.json"], entries["manifest.json"]);
    }

    [Fact]
    public async Task Package_UpperCaseIdsAndSeparateAadApp_AreNormalisedAndUsed()
    {
        using var temp = new TempDirectory();
        const string aadAppId = "5a4b3c2d-1e0f-4a9b-8c7d-6e5f4a3b2c1d";

        var result = await PackageScript.RunAsync(
            ["--app-id", TeamsPackageFixture.AppId.ToUpperInvariant(), "--bot-id", TeamsPackageFixture.BotId.ToUpperInvariant(),
             "--domain", "Bot.Gemeente-Voorbeeld.NL", "--aad-app-id", aadAppId, "--out", temp.File("app.zip")]);

        Assert.True(result.ExitCode == 0, result.ToString());
        var manifest = JsonNode.Parse(TeamsPackageFixture.ReadEntries(temp.File("app.zip"))["manifest.json"])!;
        Assert.Equal(TeamsPackageFixture.AppId, manifest["id"]!.GetValue<string>());
        Assert.Equal(TeamsPackageFixture.BotId, manifest["bots"]![0]!["botId"]!.GetValue<string>());
        Assert.Equal("bot.gemeente-voorbeeld.nl", manifest["validDomains"]![0]!.GetValue<string>());
        Assert.Equal(aadAppId, manifest["webApplicationInfo"]!["id"]!.GetValue<string>());
        Assert.Equal($"api://botid-{aadAppId}", manifest["webApplicationInfo"]!["resource"]!.GetValue<string>());
    }

    [Fact]
    public async Task Package_VersionGiven_SetsOnlyTheAppVersion()
    {
        using var temp = new TempDirectory();

        var result = await PackageScript.RunAsync(
            ["--app-id", TeamsPackageFixture.AppId, "--bot-id", TeamsPackageFixture.BotId,
             "--domain", TeamsPackageFixture.Domain, "--version", "2.14.0", "--out", temp.File("app.zip")]);

        Assert.True(result.ExitCode == 0, result.ToString());
        var manifest = JsonNode.Parse(TeamsPackageFixture.ReadEntries(temp.File("app.zip"))["manifest.json"])!;
        Assert.Equal("2.14.0", manifest["version"]!.GetValue<string>());
        Assert.Equal("1.30", manifest["manifestVersion"]!.GetValue<string>());
    }

    [Theory]
    [InlineData("app id not a GUID", "--app-id", "intervisiebot")]
    [InlineData("bot id too short", "--bot-id", "7d2e9c44-58a1-4f0b-8e6d-3a9b1c2d4e5")]
    [InlineData("bot id with braces", "--bot-id", "{7d2e9c44-58a1-4f0b-8e6d-3a9b1c2d4e55}")]
    [InlineData("domain with scheme", "--domain", "https://bot.example.org")]
    [InlineData("domain with path", "--domain", "bot.example.org/api/messages")]
    [InlineData("domain with port", "--domain", "bot.example.org:443")]
    [InlineData("domain single label", "--domain", "localhost")]
    [InlineData("domain with slash injection", "--domain", "a.org/g;s/x/y")]
    [InlineData("aad app id not a GUID", "--aad-app-id", "none")]
    [InlineData("version with leading zero", "--version", "1.02.0")]
    [InlineData("version with two parts", "--version", "2.0")]
    public async Task Package_InvalidArgument_FailsWithMessageAndWritesNoZip(string because, string option, string value)
    {
        using var temp = new TempDirectory();
        var arguments = new Dictionary<string, string>
        {
            ["--app-id"] = TeamsPackageFixture.AppId,
            ["--bot-id"] = TeamsPackageFixture.BotId,
            ["--domain"] = TeamsPackageFixture.Domain,
            ["--out"] = temp.File("app.zip"),
        };
        arguments[option] = value;

        var result = await PackageScript.RunAsync(arguments.SelectMany(pair => new[] { pair.Key, pair.Value }));

        Assert.True(result.ExitCode != 0, $"{because}: {result}");
        Assert.Contains(option, result.StandardError, StringComparison.Ordinal);
        Assert.False(File.Exists(temp.File("app.zip")), because);
    }

    [Theory]
    [InlineData("--app-id")]
    [InlineData("--bot-id")]
    [InlineData("--domain")]
    public async Task Package_RequiredArgumentMissing_FailsAndNamesIt(string missing)
    {
        using var temp = new TempDirectory();
        var arguments = new Dictionary<string, string>
        {
            ["--app-id"] = TeamsPackageFixture.AppId,
            ["--bot-id"] = TeamsPackageFixture.BotId,
            ["--domain"] = TeamsPackageFixture.Domain,
            ["--out"] = temp.File("app.zip"),
        };
        arguments.Remove(missing);

        var result = await PackageScript.RunAsync(arguments.SelectMany(pair => new[] { pair.Key, pair.Value }));

        Assert.True(result.ExitCode != 0, result.ToString());
        Assert.Contains($"{missing} is required", result.StandardError, StringComparison.Ordinal);
        Assert.False(File.Exists(temp.File("app.zip")));
    }

    [Fact]
    public async Task Package_UnknownArgument_Fails()
    {
        var result = await PackageScript.RunAsync(["--appid", TeamsPackageFixture.AppId]);

        Assert.True(result.ExitCode != 0, result.ToString());
        Assert.Contains("unknown argument '--appid'", result.StandardError, StringComparison.Ordinal);
    }
}
