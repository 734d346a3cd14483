using System.Text.Json.Nodes;

namespace IntervisieBot.Tests.Ship;

/// <summary>The normalized Teams schemas keep no keyword that a draft-04 validator would silently skip.</summary>
public sealed class TeamsSchemaNormalizerTests
{
    [Theory]
    [InlineData(TeamsSchemaValidator.ManifestSchemaFile)]
    [InlineData(TeamsSchemaValidator.LocalizationSchemaFile)]
    public void Normalize_OfficialSchema_LeavesNoConstIfOrConstraintBesideRef(string fileName)
    {
        var schema = JsonNode.Parse(File.ReadAllText(Path.Combine(ShipPaths.TeamsSchemas, fileName)))!;

        var leftovers = new List<string>();
        Collect(TeamsSchemaNormalizer.Normalize(schema), "#", leftovers);

        Assert.Empty(leftovers);
    }

    [Fact]
    public void Normalize_OfficialManifestSchema_FindsTheKeywordsItRewrites()
    {
        // Guards the test above against passing vacuously: the raw schema does contain all three cases.
        var schema = JsonNode.Parse(File.ReadAllText(Path.Combine(ShipPaths.TeamsSchemas, TeamsSchemaValidator.ManifestSchemaFile)))!;
        var localization = JsonNode.Parse(File.ReadAllText(Path.Combine(ShipPaths.TeamsSchemas, TeamsSchemaValidator.LocalizationSchemaFile)))!;

        var raw = new List<string>();
        Collect(schema, "#", raw);
        Collect(localization, "#", raw);

        Assert.Contains(raw, r => r.EndsWith(" const", StringComparison.Ordinal));
        Assert.Contains(raw, r => r.EndsWith(" if", StringComparison.Ordinal));
        Assert.Contains(raw, r => r.EndsWith(" $ref+maxLength", StringComparison.Ordinal));
    }

    private static void Collect(JsonNode? node, string path, List<string> found)
    {
        switch (node)
        {
            case JsonObject obj:
                if (obj["const"] is JsonValue)
                {
                    found.Add($"{path} const");
                }

                if (obj.ContainsKey("if") && obj["if"] is JsonObject)
                {
                    found.Add($"{path} if");
                }

                if (obj["$ref"] is JsonValue)
                {
                    found.AddRange(obj.Select(p => p.Key)
                        .Where(k => k is not ("$ref" or "description" or "$schema"))
                        .Select(k => $"{path} $ref+{k}"));
                }

                foreach (var (key, child) in obj)
                {
                    if (key is not ("enum" or "default" or "examples"))
                    {
                        Collect(child, $"{path}/{key}", found);
                    }
                }

                break;
            case JsonArray array:
                for (var i = 0; i < array.Count; i++)
                {
                    Collect(array[i], $"{path}/{i}", found);
                }

                break;
        }
    }
}
