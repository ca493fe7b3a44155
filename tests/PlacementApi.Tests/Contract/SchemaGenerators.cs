using System.Globalization;
using System.Text.Json.Nodes;
using FsCheck;
using FsCheck.Fluent;

namespace Placement.Api.Tests.Contract;

/// <summary>
/// FsCheck generators of JSON values from the document's (translated) schemas: mostly values the
/// schema allows, now and then one it does not (a wrong type, an out-of-range number, an unknown
/// member), so the fuzz test reaches both the operations' work and their validation.
/// </summary>
internal sealed class SchemaGenerators(OpenApiSchemas schemas)
{
    private const int MaxDepth = 5;

    private static readonly Gen<JsonNode?> Hostile = Gen.Elements<JsonNode?>(
        null, JsonValue.Create(""), JsonValue.Create(-1), JsonValue.Create(long.MaxValue), JsonValue.Create("0x"), JsonValue.Create(true),
        new JsonArray(), new JsonObject(), JsonValue.Create("\u0000\u202e"), JsonValue.Create(new string('x', 300)));

    public Gen<JsonNode?> For(JsonNode? schema, int depth = 0) =>
        Gen.Frequency((12, Valid(schema, depth)), (1, Hostile)).Select(n => n?.DeepClone());

    private Gen<JsonNode?> Valid(JsonNode? node, int depth)
    {
        if (node is not JsonObject raw)
        {
            return Gen.Constant<JsonNode?>(null);
        }

        var schema = schemas.Resolve(raw);
        if (schema["enum"] is JsonArray values)
        {
            return Gen.Elements(values.Select(v => v?.DeepClone()).ToArray());
        }

        if ((schema["anyOf"] ?? schema["oneOf"]) is JsonArray choices)
        {
            return Gen.OneOf(choices.Select(c => Valid(c, depth)));
        }

        if (schema["allOf"] is JsonArray all && all.Count > 0)
        {
            return Valid(all[0], depth);
        }

        var types = schema["type"] switch
        {
            JsonArray many => many.Select(t => t!.GetValue<string>()).ToArray(),
            JsonValue one => [one.GetValue<string>()],
            _ => schema["properties"] is not null ? ["object"] : ["string"],
        };

        return Gen.OneOf(types.Select(type => type switch
        {
            "object" => Object(schema, depth),
            "array" => Array(schema, depth),
            "integer" or "number" => Integer(schema),
            "boolean" => Gen.Elements<JsonNode?>(JsonValue.Create(true), JsonValue.Create(false)),
            "null" => Gen.Constant<JsonNode?>(null),
            _ => String(schema),
        }));
    }

    private Gen<JsonNode?> Object(JsonObject schema, int depth)
    {
        var result = Gen.Constant(new List<KeyValuePair<string, JsonNode?>>());
        if (depth >= MaxDepth)
        {
            return result.Select(_ => (JsonNode?)new JsonObject());
        }

        var required = (schema["required"] as JsonArray)?.Select(r => r!.GetValue<string>()).ToHashSet() ?? [];
        foreach (var (name, member) in schema["properties"] as JsonObject ?? [])
        {
            var value = For(member, depth + 1);
            var include = required.Contains(name) ? Gen.Frequency((9, Gen.Constant(true)), (1, Gen.Constant(false))) : Gen.Elements(true, false);
            result = result.SelectMany(members => include.SelectMany(yes => yes
                ? value.Select(v => members.Append(KeyValuePair.Create(name, v)).ToList())
                : Gen.Constant(members)));
        }

        if (schema["additionalProperties"] is JsonObject additional && additional.Count > 0)
        {
            var entry = Gen.Elements("rack", "model", "zone", "Bad Key", "").SelectMany(key => For(additional, depth + 1).Select(v => KeyValuePair.Create(key, v)));
            result = result.SelectMany(members => Gen.Choose(0, 2).SelectMany(n => Gen.ArrayOf(entry, n))
                .Select(extra => members.Concat(extra.DistinctBy(e => e.Key)).ToList()));
        }

        return result.Select(members => (JsonNode?)new JsonObject(members.DistinctBy(m => m.Key)));
    }

    private Gen<JsonNode?> Array(JsonObject schema, int depth)
    {
        var item = For(schema["items"], depth + 1);
        return Gen.Choose(0, depth >= MaxDepth ? 0 : 3).SelectMany(n => Gen.ArrayOf(item, n)).Select(items => (JsonNode?)new JsonArray(items));
    }

    private static Gen<JsonNode?> Integer(JsonObject schema)
    {
        var minimum = Bound(schema["minimum"]) ?? 0;
        var maximum = Bound(schema["maximum"]) ?? 1L << 20;
        return Gen.OneOf(
            Gen.Elements(minimum, maximum, minimum - 1, maximum + 1, 4096L, 0x10000L),
            Gen.Choose(0, 1 << 20).Select(i => minimum + (long)((double)i / (1 << 20) * (maximum - minimum))))
            .Select(v => (JsonNode?)JsonValue.Create(v));
    }

    private static long? Bound(JsonNode? bound) => bound is JsonValue value && value.TryGetValue<decimal>(out var number)
        ? (long)Math.Clamp(number, long.MinValue / 2, long.MaxValue / 2) : null;

    private static Gen<JsonNode?> String(JsonObject schema)
    {
        var pattern = schema["pattern"]?.GetValue<string>();
        var format = schema["format"]?.GetValue<string>();
        var candidates = (pattern, format) switch
        {
            (_, "uuid") => new[] { Guid.NewGuid().ToString(), "00000000-0000-0000-0000-000000000000", "vm-42" },
            (_, "date-time") => ["2026-01-01T00:00:00Z", "yesterday"],
            ({ } p, _) when p.Contains("0[xX]", StringComparison.Ordinal) || p.StartsWith("^0x", StringComparison.Ordinal) => ["0x1000", "0xab80a000", "0x0", "0xfffffffffffff000", "0X10"],
            ({ } p, _) when p.Contains("\\.[0-7]", StringComparison.Ordinal) => ["0000:00:02.0", "00:03.0", "0000:01:00.0", "00:1f.7", "00:20.0"],
            ({ } p, _) when p.StartsWith("^[a-z0-9][a-z0-9.-]", StringComparison.Ordinal) => ["xen-r12-07", "h1", "fuzz-host", "Xen_Bad"],
            _ => ["", "x", "rack=r12", "strict", "0x1000", "00:02.0", "vm-42", "é"],
        };
        return Gen.OneOf(
            Gen.Elements(candidates),
            Gen.Choose(0, 99999).Select(i => i.ToString(CultureInfo.InvariantCulture)))
            .Select(s => (JsonNode?)JsonValue.Create(s));
    }
}
