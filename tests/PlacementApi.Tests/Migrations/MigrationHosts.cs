using System.Text.Json.Nodes;
using Placement.Api.Tests.Hosts;
using Placement.Api.Tests.Infrastructure;

namespace Placement.Api.Tests.Migrations;

/// <summary>
/// The hosts: each has the GPU 0000:03:00.0 (one 16 MiB BAR) with one RMRR. On a and c it is
/// [0xa0000000, 0xa3800000); on b it is [0x90000000, 0x90004000): guest RAM for a domain laid out
/// on a (whose low RAM ends at 0xa0000000), but above the 2 GiB boundary, so a pool of a, b and c
/// can keep both ranges by ending low RAM at 0x90000000.
/// </summary>
public static class MigrationHosts
{
    public const string A = "a";
    public const string B = "b";
    public const string C = "c";
    public const string Arm = "d-arm";
    public const string Gpu = "0000:03:00.0";
    public const string Usb = "0000:00:14.0";

    public static JsonObject WithRmrr(string start, string end) => new()
    {
        ["architecture"] = "x86_64",
        ["memoryMiB"] = 65536,
        ["physAddressBits"] = 46,
        ["iommu"] = true,
        ["devices"] = new JsonArray(new JsonObject
        {
            ["sbdf"] = Gpu,
            ["description"] = "GPU",
            ["iommuProtected"] = true,
            ["bars"] = new JsonArray(new JsonObject { ["index"] = 0, ["kind"] = "memory", ["size"] = "0x1000000", ["is64Bit"] = false }),
        }),
        ["reservedRegions"] = new JsonArray(new JsonObject { ["start"] = start, ["end"] = end, ["devices"] = new JsonArray(Gpu) }),
    };

    public static JsonObject HostA() => WithRmrr("0xa0000000", "0xa3800000");

    public static JsonObject HostB() => WithRmrr("0x90000000", "0x90004000");

    /// <summary>Host a with an xHCI controller too, without RMRR.</summary>
    public static JsonObject WithUsb()
    {
        var host = HostA();
        host["devices"]!.AsArray().Add(new JsonObject { ["sbdf"] = Usb, ["description"] = "USB xHCI" });
        return host;
    }

    /// <summary>Host a with an xHCI controller whose RMRR [0x40000000, 0x40004000) a domain laid out on a has as guest RAM.</summary>
    public static JsonObject WithUsbRmrrOnRam()
    {
        var host = WithUsb();
        host["reservedRegions"]!.AsArray().Insert(0, new JsonObject { ["start"] = "0x40000000", ["end"] = "0x40004000", ["devices"] = new JsonArray(Usb) });
        return host;
    }

    /// <summary>What a check or migration says of that RMRR on host <paramref name="host"/>.</summary>
    public static JsonObject UsbNotReserved(string host) => new()
    {
        ["severity"] = "info",
        ["code"] = "region-not-reserved",
        ["message"] = $"RMRR [0x40000000, 0x40004000) of {Usb} on {host} is not reserved in the guest's layout: it is guest RAM. " +
            "Those devices could not be hotplugged there under strict.",
        ["start"] = "0x40000000",
        ["end"] = "0x40004000",
        ["sbdf"] = null,
    };

    /// <summary>Creates a, b, c and an arm64 host.</summary>
    public static async Task CreateHostsAsync(HttpClient client)
    {
        await client.CreateHostAsync(A, HostA());
        await client.CreateHostAsync(B, HostB());
        await client.CreateHostAsync(C, HostA());
        await client.CreateHostAsync(Arm, Inventories.Arm());
    }

    /// <summary>4096 MiB holding the GPU, with every RMRR of its host reserved under strict.</summary>
    public static string Vm(string name = "vm-1") =>
        $$"""{ "name": "{{name}}", "memoryMiB": 4096, "rdm": { "strategy": "host", "policy": "strict" }, "devices": [ { "sbdf": "{{Gpu}}" } ] }""";

    /// <summary>The hosts, and the domain created on a.</summary>
    public static async Task<JsonObject> CreateVmOnAAsync(HttpClient client)
    {
        await CreateHostsAsync(client);
        return await client.CreateDomainAsync(A, Vm());
    }

    /// <summary>The identity-map conflict of the GPU's RMRR on b with the domain's low RAM.</summary>
    public static JsonObject ConflictOnB(string severity) => new()
    {
        ["severity"] = severity,
        ["code"] = "identity-map-conflict",
        ["message"] = $"Cannot set up identity map [0x90000000, 0x90004000) for {Gpu}: it is guest RAM." + (severity == "error"
            ? " rdmPolicy relaxed attaches the device without the map there (it may misbehave);"
            : " The device is attached without the map there and may misbehave;")
            + " creating the domain with rdm.strategy host reserves the region and keeps it free for a later hotplug.",
        ["start"] = "0x90000000",
        ["end"] = "0x90004000",
        ["sbdf"] = Gpu,
    };
}
