using System.Text.Json.Nodes;

namespace Placement.Api.Tests.Concurrency;

/// <summary>A host whose devices carry no reserved regions, so the only thing that refuses them is another owner.</summary>
public static class RaceHost
{
    public const string Name = "race-1";

    public static string Device(int index) => $"0000:03:{index:x2}.0";

    public static JsonObject Inventory(int devices) => new()
    {
        ["architecture"] = "x86_64",
        ["memoryMiB"] = 65536,
        ["physAddressBits"] = 46,
        ["iommu"] = true,
        ["devices"] = new JsonArray(Enumerable.Range(0, devices).Select(i => (JsonNode)new JsonObject
        {
            ["sbdf"] = Device(i),
            ["description"] = $"GPU {i}",
            ["iommuProtected"] = true,
            ["bars"] = new JsonArray(new JsonObject { ["index"] = 0, ["kind"] = "memory", ["size"] = "0x1000000", ["is64Bit"] = true }),
        }).ToArray()),
        ["reservedRegions"] = new JsonArray(),
    };

    /// <summary>A small create request wanting <paramref name="devices"/>.</summary>
    public static JsonObject Domain(string name, params string[] devices) => new()
    {
        ["name"] = name,
        ["memoryMiB"] = 512,
        ["passthrough"] = "enabled",
        ["devices"] = new JsonArray(devices.Select(d => (JsonNode)new JsonObject { ["sbdf"] = d }).ToArray()),
    };
}
