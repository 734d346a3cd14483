using System.Text.Json.Nodes;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace IntervisieBot.Tests.Ship;

/// <summary>
/// The Teams app manifest and its English localization against the official v1.30 JSON schemas shipped in
/// the npm package @microsoft/app-manifest, after manifest/package.sh filled in the placeholders.
/// </summary>
public sealed partial class ManifestSchemaTests(TeamsPackageFixture package) : IClassFixture<TeamsPackageFixture>
{
    [Fact]
    public async Task Validate_PackagedManifest_HasNoSchemaErrors()
    {
        var validator = await TeamsSchemaValidator.ManifestAsync();

        var errors = validator.Validate(package.EntryText("manifest.json"));

        Assert.Empty(errors);
    }

    [Fact]
    public async Task Validate_PackagedEnglishLocalization_HasNoSchemaErrors()
    {
        var validator = await TeamsSchemaValidator.LocalizationAsync();

        var errors = validator.Validate(package.EntryText("en.json"));

        Assert.Empty(errors);
    }

    [Fact]
    public async Task Validate_TemplateWithPlaceholders_FailsOnTheIds()
    {
        var validator = await TeamsSchemaValidator.ManifestAsync();

        var errors = validator.Validate(File.ReadAllText(Path.Combine(ShipPaths.Manifest, "manifest.json")));

        // {{APP_ID}} and {{BOT_ID}} are not GUIDs: the template alone must not pass as a manifest.
        Assert.Contains(errors, e => e.StartsWith("#/id:", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.Contains("botId", StringComparison.Ordinal));
    }

    public static TheoryData<string> BrokenManifests() =>
    [
        "wrong manifestVersion",
        "short name over 30 characters",
        "id not a GUID",
        "unknown root property",
        "developer missing",
        "unknown bot scope",
        "thirteen commands in a list",
        "messaging extension title over 32 characters",
        "language tag with underscore",
        "accent colour without hash",
        "privacy URL not http",
    ];

    [Theory]
    [MemberData(nameof(BrokenManifests))]
    public async Task Validate_BrokenManifest_ReportsErrors(string breakage)
    {
        var validator = await TeamsSchemaValidator.ManifestAsync();
        var manifest = JsonNode.Parse(package.EntryText("manifest.json"))!.AsObject();
        Assert.Empty(validator.Validate(manifest.ToJsonString()));

        Break(manifest, breakage);
        var errors = validator.Validate(manifest.ToJsonString());

        Assert.NotEmpty(errors);
    }

    public static TheoryData<string> BrokenLocalizations() =>
    [
        "key for a fourth command list",
        "short description over 80 characters",
        "short name missing",
        "unknown key",
    ];

    [Theory]
    [MemberData(nameof(BrokenLocalizations))]
    public async Task Validate_BrokenLocalization_ReportsErrors(string breakage)
    {
        var validator = await TeamsSchemaValidator.LocalizationAsync();
        var localization = JsonNode.Parse(package.EntryText("en.json"))!.AsObject();

        switch (breakage)
        {
            case "key for a fourth command list":
                localization["bots[0].commandLists[3].commands[0].description"] = "Out of range";
                break;
            case "short description over 80 characters":
                localization["description.short"] = new string('x', 81);
                break;
            case "short name missing":
                localization.Remove("name.short");
                break;
            case "unknown key":
                localization["tagline"] = "Not a localizable field";
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(breakage), breakage, null);
        }

        Assert.NotEmpty(validator.Validate(localization.ToJsonString()));
    }

    [Fact]
    public void Localization_EveryKey_PointsAtAnExistingManifestString()
    {
        var manifest = JsonNode.Parse(package.EntryText("manifest.json"))!;
        var localization = JsonNode.Parse(package.EntryText("en.json"))!.AsObject();

        var dangling = localization
            .Select(pair => pair.Key)
            .Where(key => key != "$schema")
            .Where(key => Resolve(manifest, key) is not JsonValue value || value.GetValueKind() != JsonValueKind.String)
            .ToList();

        Assert.Empty(dangling);
    }

    [Fact]
    public void Localization_EveryCommandDescription_IsTranslated()
    {
        var manifest = JsonNode.Parse(package.EntryText("manifest.json"))!;
        var localization = JsonNode.Parse(package.EntryText("en.json"))!.AsObject();
        var lists = manifest["bots"]![0]!["commandLists"]!.AsArray();

        var missing = new List<string>();
        for (var l = 0; l < lists.Count; l++)
        {
            for (var c = 0; c < lists[l]!["commands"]!.AsArray().Count; c++)
            {
                var key = $"bots[0].commandLists[{l}].commands[{c}].description";
                if (!localization.ContainsKey(key))
                {
                    missing.Add(key);
                }
            }
        }

        var extensionCommands = manifest["composeExtensions"]![0]!["commands"]!.AsArray().Count;
        for (var c = 0; c < extensionCommands; c++)
        {
            foreach (var field in new[] { "title", "description" })
            {
                var key = $"composeExtensions[0].commands[{c}].{field}";
                if (!localization.ContainsKey(key))
                {
                    missing.Add(key);
                }
            }
        }

        Assert.Empty(missing);
    }

    [Fact]
    public void Manifest_Bot_HasDutchCommandListForEveryScope()
    {
        var bot = JsonNode.Parse(package.EntryText("manifest.json"))!["bots"]![0]!;
        var botScopes = bot["scopes"]!.AsArray().Select(s => s!.GetValue<string>()).Order().ToList();
        var lists = bot["commandLists"]!.AsArray();

        var listedScopes = lists.SelectMany(l => l!["scopes"]!.AsArray().Select(s => s!.GetValue<string>())).Order().ToList();
        Assert.Equal(["groupChat", "personal", "team"], botScopes);
        Assert.Equal(botScopes, listedScopes);
        foreach (var list in lists)
        {
            var titles = list!["commands"]!.AsArray().Select(c => c!["title"]!.GetValue<string>()).ToList();
            Assert.InRange(titles.Count, 1, 12);
            Assert.Equal(titles.Count, titles.Distinct(StringComparer.OrdinalIgnoreCase).Count());
            Assert.Contains("help", titles);
        }
    }

    [Fact]
    public void Manifest_MessagingExtension_HasSearchAndSaveAsLessonCommands()
    {
        var commands = JsonNode.Parse(package.EntryText("manifest.json"))!["composeExtensions"]![0]!["commands"]!.AsArray();

        var search = commands.Single(c => c!["id"]!.GetValue<string>() == "zoekLessen")!;
        Assert.Equal("query", search["type"]!.GetValue<string>());
        Assert.Equal("Zoek lessen en handreikingen", search["title"]!.GetValue<string>());
        Assert.Equal(["compose", "commandBox"], search["context"]!.AsArray().Select(c => c!.GetValue<string>()));
        Assert.Single(search["parameters"]!.AsArray());

        var save = commands.Single(c => c!["id"]!.GetValue<string>() == "bewaarAlsLes")!;
        Assert.Equal("action", save["type"]!.GetValue<string>());
        Assert.Equal("Bewaar als les", save["title"]!.GetValue<string>());
        Assert.Equal(["message"], save["context"]!.AsArray().Select(c => c!.GetValue<string>()));
        Assert.True(save["fetchTask"]!.GetValue<bool>());
    }

    [Fact]
    public void Manifest_LocalizationInfo_IsDutchWithEnglishFileInPackage()
    {
        var info = JsonNode.Parse(package.EntryText("manifest.json"))!["localizationInfo"]!;

        Assert.StartsWith("nl", info["defaultLanguageTag"]!.GetValue<string>(), StringComparison.Ordinal);
        var english = Assert.Single(info["additionalLanguages"]!.AsArray())!;
        Assert.Equal("en", english["languageTag"]!.GetValue<string>());
        Assert.True(package.Entries.ContainsKey(english["file"]!.GetValue<string>()));
    }

    [Fact]
    public void Manifest_IconFiles_AreInPackageAndAccentMatchesColourIcon()
    {
        var manifest = JsonNode.Parse(package.EntryText("manifest.json"))!;
        var colorFile = manifest["icons"]!["color"]!.GetValue<string>();
        var outlineFile = manifest["icons"]!["outline"]!.GetValue<string>();
        Assert.True(package.Entries.ContainsKey(colorFile));
        Assert.True(package.Entries.ContainsKey(outlineFile));

        var accent = manifest["accentColor"]!.GetValue<string>();
        var (r, g, b, a) = PngImage.Decode(package.Entries[colorFile])[0, 0];

        Assert.Equal(accent.ToUpperInvariant(), $"#{r:X2}{g:X2}{b:X2}");
        Assert.Equal(255, a);
    }

    private static void Break(JsonObject manifest, string breakage)
    {
        switch (breakage)
        {
            case "wrong manifestVersion":
                manifest["manifestVersion"] = "1.29";
                break;
            case "short name over 30 characters":
                manifest["name"]!["short"] = new string('n', 31);
                break;
            case "id not a GUID":
                manifest["id"] = "intervisiebot";
                break;
            case "unknown root property":
                manifest["colour"] = "teal";
                break;
            case "developer missing":
                manifest.Remove("developer");
                break;
            case "unknown bot scope":
                manifest["bots"]![0]!["scopes"]!.AsArray().Add("meeting");
                break;
            case "thirteen commands in a list":
                var commands = manifest["bots"]![0]!["commandLists"]![0]!["commands"]!.AsArray();
                while (commands.Count < 13)
                {
                    commands.Add(new JsonObject { ["title"] = $"opdracht {commands.Count}", ["description"] = "Extra" });
                }

                break;
            case "messaging extension title over 32 characters":
                manifest["composeExtensions"]![0]!["commands"]![0]!["title"] = new string('t', 33);
                break;
            case "language tag with underscore":
                manifest["localizationInfo"]!["defaultLanguageTag"] = "nl_NL";
                break;
            case "accent colour without hash":
                manifest["accentColor"] = "00707A";
                break;
            case "privacy URL not http":
                manifest["developer"]!["privacyUrl"] = "ftp://example.org/privacy";
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(breakage), breakage, null);
        }
    }

    /// <summary>Follows a localization key such as <c>bots[0].commandLists[1].commands[2].title</c> into the manifest.</summary>
    private static JsonNode? Resolve(JsonNode root, string key)
    {
        JsonNode? node = root;
        foreach (Match segment in KeySegment().Matches(key))
        {
            node = node?[segment.Groups["name"].Value];
            foreach (Capture index in segment.Groups["index"].Captures)
            {
                var array = node as JsonArray;
                var i = int.Parse(index.Value, System.Globalization.CultureInfo.InvariantCulture);
                node = array is not null && i < array.Count ? array[i] : null;
            }
        }

        return node;
    }

    [GeneratedRegex(@"(?<name>[A-Za-z$][A-Za-z0-9]*)(\[(?<index>[0-9]+)\])*")]
    private static partial Regex KeySegment();
}
