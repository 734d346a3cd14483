using System.Text.Json.Nodes;
using NJsonSchema;
using NJsonSchema.Validation;

namespace IntervisieBot.Tests.Ship;

/// <summary>
/// Validates JSON text against one of the official Teams JSON schemas (draft-04) from @microsoft/app-manifest,
/// with NJsonSchema, after <see cref="TeamsSchemaNormalizer"/> made every constraint in them enforceable.
/// </summary>
internal sealed class TeamsSchemaValidator
{
    private readonly JsonSchema _schema;

    private TeamsSchemaValidator(JsonSchema schema)
    {
        _schema = schema;
    }

    // Loading the 200 KB manifest schema takes a moment; every test shares one read-only instance.
    private static readonly Lazy<Task<TeamsSchemaValidator>> Manifest = new(() => LoadAsync(ManifestSchemaFile));
    private static readonly Lazy<Task<TeamsSchemaValidator>> Localization = new(() => LoadAsync(LocalizationSchemaFile));

    public const string ManifestSchemaFile = "MicrosoftTeams.schema.json";

    public const string LocalizationSchemaFile = "MicrosoftTeams.Localization.schema.json";

    public static Task<TeamsSchemaValidator> ManifestAsync() => Manifest.Value;

    public static Task<TeamsSchemaValidator> LocalizationAsync() => Localization.Value;

    /// <summary>Every violation, flattened, as "path: kind" lines; empty when the document is valid.</summary>
    public IReadOnlyList<string> Validate(string json) => [.. Flatten(_schema.Validate(json))];

    private static async Task<TeamsSchemaValidator> LoadAsync(string fileName)
    {
        var path = Path.Combine(ShipPaths.TeamsSchemas, fileName);
        if (!File.Exists(path))
        {
            throw new FileNotFoundException(
                $"The Teams schema {fileName} is missing; run `npm ci` in the repository root to install @microsoft/app-manifest.",
                path);
        }

        var normalized = TeamsSchemaNormalizer.Normalize(JsonNode.Parse(await File.ReadAllTextAsync(path))!);
        return new TeamsSchemaValidator(await JsonSchema.FromJsonAsync(normalized.ToJsonString(), path));
    }

    private static IEnumerable<string> Flatten(IEnumerable<ValidationError> errors)
    {
        foreach (var error in errors)
        {
            yield return $"{error.Path}: {error.Kind}";
            if (error is ChildSchemaValidationError child)
            {
                foreach (var nested in child.Errors.Values.SelectMany(Flatten))
                {
                    yield return nested;
                }
            }
        }
    }
}
