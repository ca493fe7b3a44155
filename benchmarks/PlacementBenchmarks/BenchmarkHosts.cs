using Placement.Domain.Inventory;
using Placement.Domain.Layout;
using Placement.Domain.Memory;
using Placement.Domain.Pci;

namespace Placement.Benchmarks;

/// <summary>
/// A large host: 64 devices with two BARs each, 32 reserved regions spread from below 1 MiB to
/// above 4G, each naming two devices (so every device has one region, half of them shared).
/// </summary>
public static class BenchmarkHosts
{
    public const int Devices = 64;
    public const int Regions = 32;

    public static HostInventory Large()
    {
        var devices = Enumerable.Range(0, Devices).Select(i => new PciDevice(
            new PciAddress(0, 1 + (i / 32), i % 32, 0),
            $"device {i}",
            true,
            [
                new Bar(0, BarKind.Memory, new ByteSize(0x100000UL << (i % 4)), true, true),
                new Bar(2, BarKind.Memory, new ByteSize(0x4000), false, false),
            ])).ToList();
        var regions = Enumerable.Range(0, Regions).Select(i => new ReservedRegion(
            AddressRange.FromSize(RegionStart(i), new ByteSize(0x4000)),
            [devices[2 * i].Address, devices[(2 * i) + 1].Address])).ToList();
        return new HostInventory(CpuArchitecture.X64, ByteSize.FromMiB(262144), 46, true, new Dictionary<string, string>(), devices, regions);
    }

    /// <summary>Eight devices of eight different regions: the typical create.</summary>
    public static X86Request Typical(HostInventory host, RdmStrategy strategy = RdmStrategy.Ignore) => new(
        8192,
        Enumerable.Range(0, 8).Select(i => new DeviceRequest(host.Devices[4 * i].Address, RdmPolicy.Relaxed)).ToList(),
        Strategy: strategy,
        GlobalPolicy: RdmPolicy.Relaxed);

    // A quarter below 1 MiB and under 2G (conflicts), a quarter between the boundary and the hole
    // (RAM moves), the rest inside the MMIO hole and above 4G.
    private static PhysicalAddress RegionStart(int i) => new(i switch
    {
        < 4 => 0xE0000UL + ((ulong)i * 0x4000),
        < 8 => 0x40000000UL + ((ulong)i * 0x100000),
        < 16 => 0xA0000000UL + ((ulong)i * 0x1000000),
        < 24 => 0xF8000000UL + ((ulong)i * 0x10000),
        _ => 0x200000000UL + ((ulong)i * 0x10000000),
    });
}
