using System.Text.Json;
using System.Text.Json.Nodes;

namespace Placement.Api.Tests.Infrastructure;

public static class JsonAssertions
{
    /// <summary>Structural equality: arrays in order, object properties in any order.</summary>
    public static void ShouldEqualJson(this JsonNode? actual, JsonNode? expected) =>
        JsonNode.DeepEquals(actual, expected).ShouldBeTrue($"expected\n{expected?.ToJsonString()}\nbut got\n{actual?.ToJsonString()}");

    /// <summary>A value as the service writes it (e.g. a timestamp), for building expected documents.</summary>
    public static JsonNode Written<T>(T value) => JsonNode.Parse(JsonSerializer.Serialize(value))!;

    /// <summary>The entity tag the service gives generation <paramref name="generation"/>.</summary>
    public static string Tag(long generation) => $"\"{generation}\"";
}
