using Placement.Api.Http;

namespace Placement.Api.Hosts;

/// <summary>The Swagger examples of the host resource: a laptop-class x86 host with an IGD and xHCI.</summary>
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
            new("0000:00:02.0", "Intel IGD", true, [new BarBody(0, "memory", HexNumber.Of(0x1000000), true, false), new BarBody(2, "memory", HexNumber.Of(0x10000000), true, true)], null, null),
            new("0000:00:14.0", "USB xHCI", true, [new BarBody(0, "memory", HexNumber.Of(0x10000), true, false)], null, null),
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
            new("0000:00:02.0", "Intel IGD", true, [new BarResponse(0, "memory", "0x1000000", true, false), new BarResponse(2, "memory", "0x10000000", true, true)], [], []),
            new("0000:00:14.0", "USB xHCI", true, [new BarResponse(0, "memory", "0x10000", true, false)], [], []),
        ],
        [new("0xab80a000", "0xab81e000", ["0000:00:14.0"]), new("0xad000000", "0xaf800000", ["0000:00:02.0"])],
        null,
        Updated.AddDays(-20),
        Updated);

    public static readonly HostSummaryResponse Summary = new(
        "xen-r12-07", "x86_64", 65536, true, new Dictionary<string, string> { ["gpu"] = "igd", ["rack"] = "r12" }, 2, 2, 3, Updated);

    public static readonly Page<HostSummaryResponse> Page = new([Summary], "eGVuLXIxMi0wNw");
}
