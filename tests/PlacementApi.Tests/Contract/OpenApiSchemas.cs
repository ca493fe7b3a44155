using System.Text.Json.Nodes;
using Json.Schema;

namespace Placement.Api.Tests.Contract;

/// <summary>
/// Turns the document's OpenAPI 3.0 schemas into JSON Schema 2020-12: <c>nullable: true</c> becomes a
/// <c>null</c> type (or an <c>anyOf</c> with null beside a reference), and every
/// <c>#/components/schemas/X</c> reference points into <c>$defs</c>, which each built schema carries.
/// </summary>
internal sealed class OpenApiSchemas
{
    private const string ComponentsPrefix = "#/components/schemas/";

    private readonly JsonObject defs;

    public OpenApiSchemas(JsonNode document)
    {
        defs = new JsonObject();
        foreach (var (name, schema) in document["components"]?["schemas"]?.AsObject() ?? [])
        {
            defs[name] = Translate(schema!);
        }
    }

    /// <summary>A schema of the document (a response's or a parameter's), ready to evaluate.</summary>
    public JsonSchema Build(JsonNode openApiSchema)
    {
        var root = Translate(openApiSchema).AsObject();
        root["$schema"] = "https://json-schema.org/draft/2020-12/schema";
        root["$defs"] = defs.DeepClone();
        return JsonSchema.Build(JsonSerializerElement(root), new BuildOptions { SchemaRegistry = new SchemaRegistry() });
    }

    /// <summary>The component schema named <paramref name="name"/>, translated (for generators).</summary>
    public JsonNode? Component(string name) => defs[name];

    /// <summary>Resolves a translated <c>$ref</c> to its component, or returns the schema itself.</summary>
    public JsonObject Resolve(JsonObject schema)
    {
        while (schema["$ref"]?.GetValue<string>() is { } reference)
        {
            schema = defs[reference["#/$defs/".Length..]]!.AsObject();
        }

        return schema;
    }

    private static System.Text.Json.JsonElement JsonSerializerElement(JsonNode node) =>
        System.Text.Json.JsonDocument.Parse(node.ToJsonString()).RootElement.Clone();

    /// <summary>One OpenAPI 3.0 schema as JSON Schema (its references into <c>$defs</c>, which <see cref="Build"/> adds).</summary>
    public static JsonNode Translate(JsonNode node)
    {
        switch (node)
        {
            case JsonArray array:
                return new JsonArray(array.Select(item => item is null ? null : Translate(item)).ToArray());
            case JsonObject schema:
                var result = new JsonObject();
                foreach (var (key, value) in schema)
                {
                    switch (key)
                    {
                        // Annotations only, and 3.0's example/nullable are no JSON Schema keywords.
                        case "example" or "examples" or "nullable" or "discriminator" or "xml" or "externalDocs":
                            continue;
                        case "$ref" when value?.GetValue<string>() is { } reference && reference.StartsWith(ComponentsPrefix, StringComparison.Ordinal):
                            result["$ref"] = "#/$defs/" + reference[ComponentsPrefix.Length..];
                            break;
                        case "properties" or "patternProperties" when value is JsonObject properties:
                            result[key] = new JsonObject(properties.Select(p => KeyValuePair.Create(p.Key, (JsonNode?)Translate(p.Value!))));
                            break;
                        default:
                            result[key] = value is null ? null : Translate(value);
                            break;
                    }
                }

                return schema["nullable"]?.GetValue<bool>() == true ? Nullable(result) : result;
            default:
                return node.DeepClone();
        }
    }

    /// <summary>3.0's <c>nullable</c>: null is valid too.</summary>
    private static JsonObject Nullable(JsonObject schema)
    {
        if (schema["type"] is JsonValue type && !schema.ContainsKey("enum"))
        {
            schema["type"] = new JsonArray(type.GetValue<string>(), "null");
            return schema;
        }

        return new JsonObject { ["anyOf"] = new JsonArray(new JsonObject { ["type"] = "null" }, schema) };
    }
}
