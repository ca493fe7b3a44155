using Placement.Api.Http;
using Placement.Api.Plans;
using Placement.Domain.Inventory;
using Placement.Persistence.Hosts;

namespace Placement.Api.Hosts;

/// <summary>
/// The Swagger example of an arm64 host, laid out like QEMU's virt board: 64 GiB in two banks, the
/// top 32 MiB of the first kept by firmware, a 16 GiB direct-map pool, a GICv3 and a PL011 console,
/// and an NVMe drive with its PCI ids, MMIO window and legacy interrupt.
/// </summary>
internal static class ArmHostExamples
{
    public static readonly HostInventoryBody Inventory = new(
        "arm64",
        65536,
        40,
        true,
        new() { ["rack"] = "r3" },
        [
            new("0000:01:00.0", "NVMe SSD", true, [new BarBody(0, "memory", HexNumber.Of(0x4000), true, false)],
                [Range(0x1000_0000, 0x1000_4000)], [35], "0x144d", "0xa808", "0x010802", 0, null),
        ],
        [],
        new ArmPlatformBody(
            [Range(0x4000_0000, 0x1_0000_0000), Range(0x80_0000_0000, 0x8f_4000_0000)],
            [Range(0xfe00_0000, 0x1_0000_0000)],
            [Range(0x88_0000_0000, 0x8c_0000_0000)],
            new GicBody(3, HexNumber.Of(0x800_0000), null, [Range(0x80a_0000, 0x8ba_0000)]),
            new ConsoleBody(HexNumber.Of(0x900_0000), HexNumber.Of(0x1000), 33)));

    /// <summary>What the service answers for <see cref="Inventory"/> (mapped as it maps it, so the two cannot drift).</summary>
    public static HostResponse Host => new StoredHost(
        HostName.Parse(PlanExamples.ArmHost), Inventory.ToInventory()!, 1, HostExamples.Updated, HostExamples.Updated).ToResponse() with { Caller = "ops@example.com" };

    private static AddressRangeBody Range(ulong start, ulong end) => new(HexNumber.Of(start), HexNumber.Of(end));
}
