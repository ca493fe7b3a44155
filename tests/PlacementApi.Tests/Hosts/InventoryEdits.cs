using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace Placement.Api.Tests.Hosts;

/// <summary>
/// Copies of an inventory document with some fields changed, written as a JSON object of
/// path → new value (<c>{"devices[0].sbdf": "00:20.0"}</c>); a null value removes the field.
/// </summary>
public static partial class InventoryEdits
{
    public static JsonObject Edited(this JsonObject document, string edits)
    {
        var copy = document.DeepClone().AsObject();
        foreach (var (path, value) in JsonNode.Parse(edits)!.AsObject())
        {
            Set(copy, path, value?.DeepClone());
        }

        return copy;
    }

    private static void Set(JsonObject root, string path, JsonNode? value)
    {
        var segments = path.Split('.');
        JsonNode parent = root;
        foreach (var segment in segments[..^1])
        {
            var (name, index) = Parse(segment);
            var child = parent[name] ?? throw new ArgumentException($"{path}: no {name} in the document.", nameof(path));
            parent = index is { } i ? child.AsArray()[i]! : child;
        }

        var (last, lastIndex) = Parse(segments[^1]);
        if (lastIndex is not { } at)
        {
            if (value is null)
            {
                parent.AsObject().Remove(last);
            }
            else
            {
                parent[last] = value;
            }

            return;
        }

        var array = parent[last]!.AsArray();
        if (value is null)
        {
            array.RemoveAt(at);
        }
        else if (at == array.Count)
        {
            array.Add(value);
        }
        else
        {
            array[at] = value;
        }
    }

    private static (string Name, int? Index) Parse(string segment) =>
        Segment().Match(segment) is { Success: true } match
            ? (match.Groups[1].Value, match.Groups[2].Success ? int.Parse(match.Groups[2].Value, System.Globalization.CultureInfo.InvariantCulture) : null)
            : throw new ArgumentException($"'{segment}' is not a path segment.", nameof(segment));

    [GeneratedRegex(@"^([A-Za-z0-9_-]+)(?:\[(\d+)\])?$")]
    private static partial Regex Segment();
}
