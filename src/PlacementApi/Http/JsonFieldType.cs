using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using System.Text.RegularExpressions;

namespace Placement.Api.Http;

/// <summary>
/// What a field of a request body must be ("an integer number of MiB", "a string", "a list"), found by
/// walking the body type's JSON contract along the path a <see cref="JsonException"/> names, so that a
/// type error says what to write instead.
/// </summary>
internal static partial class JsonFieldType
{
    /// <summary>
    /// The JSON type expected at <paramref name="path"/> (<c>$.devices[0].bars[0].index</c>) of a
    /// <paramref name="body"/>, or null when the path leads to no known field.
    /// </summary>
    public static string? Expected(Type body, string? path, JsonSerializerOptions options)
    {
        Type? type = body;
        var name = "";
        foreach (Match segment in Segment().Matches(path ?? ""))
        {
            var contract = options.GetTypeInfo(type!);
            if (segment.Groups["index"].Success)
            {
                type = contract.Kind == JsonTypeInfoKind.Enumerable ? contract.ElementType : null;
            }
            else
            {
                name = segment.Groups["name"].Success ? segment.Groups["name"].Value : segment.Groups["quoted"].Value;
                type = contract.Kind switch
                {
                    JsonTypeInfoKind.Object => contract.Properties.FirstOrDefault(p => p.Name == name)?.PropertyType,
                    JsonTypeInfoKind.Dictionary => contract.ElementType,
                    _ => null,
                };
            }

            if (type is null)
            {
                return null;
            }
        }

        return Describe(Nullable.GetUnderlyingType(type!) ?? type!, name, options);
    }

    private static string? Describe(Type type, string name, JsonSerializerOptions options) => type switch
    {
        _ when type == typeof(HexNumber) => HexNumber.Rule,
        _ when type == typeof(string) => "a string",
        _ when type == typeof(bool) => "true or false",
        _ when type == typeof(int) || type == typeof(long) || type == typeof(short) || type == typeof(uint) || type == typeof(ulong) =>
            name.EndsWith("MiB", StringComparison.Ordinal) ? "an integer number of MiB" : "an integer",
        _ when type == typeof(double) || type == typeof(decimal) || type == typeof(float) => "a number",
        _ => options.GetTypeInfo(type).Kind switch
        {
            JsonTypeInfoKind.Enumerable => "a list",
            JsonTypeInfoKind.Object or JsonTypeInfoKind.Dictionary => "an object",
            _ => null,
        },
    };

    /// <summary>One step of a System.Text.Json path: <c>.name</c>, <c>['name']</c> or <c>[0]</c>.</summary>
    [GeneratedRegex(@"\.(?<name>[^.\[]+)|\['(?<quoted>(?:[^']|'')*)'\]|\[(?<index>\d+)\]")]
    private static partial Regex Segment();
}
