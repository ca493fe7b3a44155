using System.Text.Json.Nodes;
using Placement.Api.Tests.Hosts;
using Placement.Api.Tests.Infrastructure;

namespace Placement.Api.Tests.Plans;

/// <summary>
/// Three laptops for strategy pool. xen-1: the laptop (rack r12; xHCI [0xab80a000, 0xab81e000), IGD
/// [0xad000000, 0xaf800000)). xen-2 (rack r12): the same xHCI range, and [0xae000000, 0xb0000000)
/// for its IGD, overlapping xen-1's. xen-3 (rack r13): [0x90000000, 0x90004000).
/// </summary>
public static class PoolHosts
{
    public const string Host = "xen-1";

    public static async Task CreatePoolHostsAsync(this HttpClient client)
    {
        await client.CreateHostAsync(Host, Inventories.Laptop());
        await client.CreateHostAsync("xen-2", Inventories.Laptop().Edited("""
            { "reservedRegions": [ { "start": "0xab80a000", "end": "0xab81e000", "devices": ["0000:00:14.0"] },
                                   { "start": "0xae000000", "end": "0xb0000000", "devices": ["0000:00:02.0"] } ] }
            """));
        await client.CreateHostAsync("xen-3", Inventories.Laptop().Edited("""
            { "labels": { "rack": "r13" },
              "reservedRegions": [ { "start": "0x90000000", "end": "0x90004000", "devices": ["0000:00:14.0"] } ] }
            """));
    }

    /// <summary>A 2048 MiB request (low RAM ends at 0x7f800000, below every range here) with this rdm.</summary>
    public static string WithRdm(string rdm, string devices = "[]") => $$"""{ "name": "vm-1", "memoryMiB": 2048, "rdm": {{rdm}}, "devices": {{devices}} }""";

    /// <summary>The reserved device memory of a plan or domain layout as "start-end policy source status".</summary>
    public static IReadOnlyList<string> Reserved(this JsonNode layout) =>
        layout["reservedDeviceMemory"]!.AsArray()
            .Select(e => $"{e.Text("start")}-{e.Text("end")} {e.Text("policy")} {e.Text("source")} {e.Text("status")}").ToList();
}
