using Placement.Api.Http;

namespace Placement.Api.Hosts;

/// <summary>
/// The Swagger examples of the host resource: an x86 host with an IGD, xHCI and an NVIDIA A100, each
/// with its PCI ids; the A100 also with its NUMA node and a label to select it by.
/// </summary>
internal static class HostExamples
{
    internal static readonly DateTimeOffset Updated = new(2026, 11, 2, 9, 30, 0, TimeSpan.Zero);

    public static readonly HostInventoryBody Inventory = new(
        "x86_64",
        65536,
        46,
        true,
        new() { ["rack"] = "r12", ["gpu"] = "igd" },
        [
            new("0000:00:02.0", "Intel IGD", true, [new BarBody(0, "memory", HexNumber.Of(0x1000000), true, false), new BarBody(2, "memory", HexNumber.Of(0x10000000), true, true)], null, null,
                "0x8086", "0x9a49", "0x030000", null, null),
            new("0000:00:14.0", "USB xHCI", true, [new BarBody(0, "memory", HexNumber.Of(0x10000), true, false)], null, null,
                "0x8086", "0xa0ed", "0x0c0330", null, null),
            new("0000:17:00.0", "NVIDIA A100", true, [new BarBody(0, "memory", HexNumber.Of(0x1000000), false, false), new BarBody(1, "memory", HexNumber.Of(0x10_0000_0000), true, true)], null, null,
                "0x10de", "0x20b0", "0x030200", 0, new() { ["model"] = "a100" }),
        ],
        [
            new(HexNumber.Of(0xab80a000), HexNumber.Of(0xab81e000), ["0000:00:14.0"]),
            new(HexNumber.Of(0xad000000), HexNumber.Of(0xaf800000), ["0000:00:02.0"]),
        ],
        null);

    public static readonly HostResponse Host = new(
        "xen-r12-07",
        3,
        "x86_64",
        65536,
        46,
        true,
        new Dictionary<string, string> { ["gpu"] = "igd", ["rack"] = "r12" },
        [
            new("0000:00:02.0", "Intel IGD", true, [new BarResponse(0, "memory", "0x1000000", true, false), new BarResponse(2, "memory", "0x10000000", true, true)], [], [],
                "0x8086", "0x9a49", "0x030000", null, new Dictionary<string, string>()),
            new("0000:00:14.0", "USB xHCI", true, [new BarResponse(0, "memory", "0x10000", true, false)], [], [],
                "0x8086", "0xa0ed", "0x0c0330", null, new Dictionary<string, string>()),
            new("0000:17:00.0", "NVIDIA A100", true, [new BarResponse(0, "memory", "0x1000000", false, false), new BarResponse(1, "memory", "0x1000000000", true, true)], [], [],
                "0x10de", "0x20b0", "0x030200", 0, new Dictionary<string, string> { ["model"] = "a100" }),
        ],
        [new("0xab80a000", "0xab81e000", ["0000:00:14.0"]), new("0xad000000", "0xaf800000", ["0000:00:02.0"])],
        null,
        Updated.AddDays(-20),
        Updated,
        "ops@example.com");

    public static readonly HostSummaryResponse Summary = new(
        "xen-r12-07", "x86_64", 65536, true, new Dictionary<string, string> { ["gpu"] = "igd", ["rack"] = "r12" }, 3, 2, 3, Updated);

    public static readonly Page<HostSummaryResponse> Page = new([Summary], "eGVuLXIxMi0wNw");
}
