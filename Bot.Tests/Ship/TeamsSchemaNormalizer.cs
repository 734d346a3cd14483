using System.Text.Json.Nodes;

namespace IntervisieBot.Tests.Ship;

/// <summary>
/// Rewrites the Teams schemas into plain draft-04 that NJsonSchema enforces completely, without changing what
/// they accept. The schemas declare draft-04 but use a few later keywords and rely on keywords next to
/// <c>$ref</c>, which a draft-04 validator ignores (found by the broken-manifest tests: NJsonSchema let a wrong
/// <c>manifestVersion</c> and an 81-character localized short description through). Rewrites:
/// <list type="bullet">
/// <item><c>const: v</c> becomes <c>enum: [v]</c>.</item>
/// <item><c>if: A, then: B</c> (and <c>else: C</c>) becomes <c>allOf: [{anyOf: [{not: A}, B]}, {anyOf: [A, C]}]</c>.</item>
/// <item><c>{$ref: R, k: v, ...}</c> becomes <c>{allOf: [{$ref: R}, {k: v, ...}]}</c>, so constraints beside a
/// reference (for example <c>maxLength</c> beside <c>#/definitions/nonEmptyString</c>) are enforced.</item>
/// </list>
/// (Microsoft's own validator in @microsoft/app-manifest, ajv, cannot compile the v1.30 localization schema at all:
/// one of its patterns is not a valid unicode regular expression.)
/// </summary>
internal static class TeamsSchemaNormalizer
{
    private static readonly HashSet<string> NotSchemaMaps = ["enum", "required", "default", "examples", "const"];

    public static JsonNode Normalize(JsonNode schema)
    {
        var copy = schema.DeepClone();
        Visit(copy, isSchema: true);
        return copy;
    }

    private static void Visit(JsonNode? node, bool isSchema)
    {
        switch (node)
        {
            case JsonArray array:
                foreach (var item in array)
                {
                    Visit(item, isSchema);
                }

                break;
            case JsonObject obj when isSchema:
                RewriteSchema(obj);
                foreach (var (key, child) in obj.ToList())
                {
                    if (NotSchemaMaps.Contains(key))
                    {
                        continue;
                    }

                    // properties / definitions / patternProperties map names to schemas; everything else
                    // (items, allOf, not, additionalProperties, ...) holds schemas directly.
                    var holdsSchemaMap = key is "properties" or "definitions" or "patternProperties";
                    if (holdsSchemaMap && child is JsonObject map)
                    {
                        foreach (var (_, sub) in map.ToList())
                        {
                            Visit(sub, isSchema: true);
                        }
                    }
                    else
                    {
                        Visit(child, isSchema: child is JsonObject or JsonArray);
                    }
                }

                break;
        }
    }

    private static void RewriteSchema(JsonObject schema)
    {
        if (schema.ContainsKey("const"))
        {
            var value = schema["const"]!.DeepClone();
            schema.Remove("const");
            schema["enum"] = new JsonArray(value);
        }

        if (schema.ContainsKey("if"))
        {
            var condition = schema["if"]!;
            var then = schema["then"]?.DeepClone() ?? new JsonObject();
            var otherwise = schema["else"]?.DeepClone() ?? new JsonObject();
            schema.Remove("if");
            schema.Remove("then");
            schema.Remove("else");
            AddAllOf(schema, new JsonObject { ["anyOf"] = new JsonArray(new JsonObject { ["not"] = condition.DeepClone() }, then) });
            AddAllOf(schema, new JsonObject { ["anyOf"] = new JsonArray(condition.DeepClone(), otherwise) });
        }

        if (schema.ContainsKey("$ref") && schema.Count > 1)
        {
            var siblings = new JsonObject();
            foreach (var (key, value) in schema.ToList())
            {
                if (key is "$ref" or "description" or "$schema")
                {
                    continue;
                }

                schema.Remove(key);
                siblings[key] = value;
            }

            if (siblings.Count > 0)
            {
                var reference = schema["$ref"]!.DeepClone();
                schema.Remove("$ref");
                AddAllOf(schema, new JsonObject { ["$ref"] = reference });
                AddAllOf(schema, siblings);
            }
        }
    }

    private static void AddAllOf(JsonObject schema, JsonObject part)
    {
        if (schema["allOf"] is not JsonArray allOf)
        {
            allOf = [];
            schema["allOf"] = allOf;
        }

        allOf.Add(part);
    }
}
