using System.Net;
using System.Text.Json.Nodes;
using Placement.Api.Tests.Infrastructure;

namespace Placement.Api.Tests.ArmDomains;

/// <summary>
/// An arm64 host for domain tests: 2 GiB of RAM at 1 GiB, its last 16 MiB kept by firmware, a
/// 512 MiB direct-map pool at 2 GiB, a GICv2, a console on SPI 33; device 01:00.0 behind the IOMMU
/// (SPI 40), device 02:00.0 not (SPI 33, like the console). Without the pool or the console on request.
/// </summary>
internal static class ArmHosts
{
    public const string Name = "arm-1";
    public const string Protected = "0000:01:00.0";
    public const string Unprotected = "0000:02:00.0";

    public static JsonObject Inventory(bool pool = true, bool console = true) => new()
    {
        ["architecture"] = "arm64",
        ["memoryMiB"] = 2048,
        ["physAddressBits"] = 40,
        ["iommu"] = true,
        ["devices"] = new JsonArray(
            Device(Protected, true, "0x10000000", 40),
            Device(Unprotected, false, "0x10010000", 33)),
        ["arm"] = new JsonObject
        {
            ["memoryBanks"] = new JsonArray(Range("0x40000000", "0xc0000000")),
            ["firmwareReserved"] = new JsonArray(Range("0xbf000000", "0xc0000000")),
            ["directMapPool"] = pool ? new JsonArray(Range("0x80000000", "0xa0000000")) : new JsonArray(),
            ["gic"] = new JsonObject { ["version"] = 2, ["distributorBase"] = "0x8000000", ["cpuInterfaceBase"] = "0x8010000" },
            ["console"] = console ? new JsonObject { ["base"] = "0x9000000", ["size"] = "0x1000", ["spi"] = 33 } : null,
        },
    };

    public static JsonObject Range(string start, string end) => new() { ["start"] = start, ["end"] = end };

    /// <summary>A direct-mapped domain on the operator's banks.</summary>
    public static JsonObject Static(string name, long memoryMiB, params (string Start, string End)[] banks) => Domain(name, memoryMiB, new JsonObject
    {
        ["vcpus"] = 2,
        ["directMap"] = true,
        ["allocation"] = "static",
        ["staticMemory"] = new JsonArray(banks.Select(b => (JsonNode)Range(b.Start, b.End)).ToArray()),
    });

    /// <summary>A direct-mapped domain whose banks the service picks.</summary>
    public static JsonObject Auto(string name, long memoryMiB, bool trusted = false, params string[] devices) =>
        Domain(name, memoryMiB, new JsonObject { ["directMap"] = true, ["trusted"] = trusted }, devices);

    public static JsonObject Ordinary(string name, long memoryMiB, params string[] devices) => Domain(name, memoryMiB, new JsonObject(), devices);

    public static JsonObject Domain(string name, long memoryMiB, JsonObject arm, params string[] devices) => new()
    {
        ["name"] = name,
        ["memoryMiB"] = memoryMiB,
        ["devices"] = new JsonArray(devices.Select(d => (JsonNode)new JsonObject { ["sbdf"] = d }).ToArray()),
        ["arm"] = arm,
    };

    public static IReadOnlyList<(string Start, string End)> Banks(JsonObject domain) =>
        domain["arm"]!["banks"]!.AsArray().Select(b => (b!["start"]!.GetValue<string>(), b["end"]!.GetValue<string>())).ToList();

    public static async Task<JsonObject> RebootAsync(this HttpClient client, string id)
    {
        using var response = await client.PostAsync($"/v1/domains/{id}/reboot", null);
        return await response.ShouldBeJsonAsync(HttpStatusCode.OK);
    }

    private static JsonObject Device(string sbdf, bool iommuProtected, string mmio, int spi) => new()
    {
        ["sbdf"] = sbdf,
        ["iommuProtected"] = iommuProtected,
        ["mmio"] = new JsonArray(Range(mmio, $"0x{Convert.ToUInt64(mmio, 16) + 0x10000:x}")),
        ["spis"] = new JsonArray(spi),
    };
}
