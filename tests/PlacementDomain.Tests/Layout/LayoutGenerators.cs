using FsCheck;
using FsCheck.Fluent;
using Placement.Domain.Inventory;
using Placement.Domain.Layout;
using Placement.Domain.Memory;
using Placement.Domain.Pci;

namespace Placement.Domain.Tests.Layout;

/// <summary>
/// FsCheck generators of valid host inventories (<see cref="InventoryRules"/>) and valid plan
/// requests, with region starts put often where the rules change behaviour: below 1 MiB, around
/// 2 GiB, in the MMIO hole, in the firmware's area, just below 4G and above 4G.
/// </summary>
internal static class LayoutGenerators
{
    private const ulong Page = 0x1000;
    private const ulong FourG = 1UL << 32;

    public static readonly Gen<LayoutScenario> Scenario =
        from host in HostGen
        from request in RequestGen(host)
        select new LayoutScenario(host, request);

    private static Gen<HostInventory> HostGen =>
        from bits in Gen.Choose(36, 46)
        from iommu in Gen.Frequency((9, Gen.Constant(true)), (1, Gen.Constant(false)))
        from memoryMiB in Gen.Choose(1024, 262144)
        from count in Gen.Choose(1, 10)
        from slots in Gen.Shuffle(Enumerable.Range(1, 31))
        from specs in Gen.ArrayOf(DeviceGen, count)
        let devices = specs.Select((d, i) => d with { Address = new PciAddress(0, 0, slots[i], i % 8) }).ToList()
        from candidates in Gen.Choose(0, 12).SelectMany(n => Gen.ArrayOf(RegionGen(devices), n))
        select new HostInventory(CpuArchitecture.X64, ByteSize.FromMiB(Math.Min((ulong)memoryMiB, 1UL << (bits - 20))), bits, iommu,
            new Dictionary<string, string>(), devices, NonOverlapping(candidates));

    private static Gen<PciDevice> DeviceGen =>
        from iommu in Gen.Frequency((9, Gen.Constant(true)), (1, Gen.Constant(false)))
        from shapes in Gen.Choose(0, 4).SelectMany(n => Gen.ArrayOf(BarShapeGen, n))
        from rom in Gen.Frequency((4, Gen.Constant(0)), (1, Gen.Choose(11, 20)))
        select new PciDevice(default, null, iommu, WithIndexes(shapes, rom));

    private static Gen<(BarKind Kind, bool Is64Bit, int Log2)> BarShapeGen => Gen.Frequency(
        (5, Gen.Frequency((8, Gen.Choose(4, 24)), (2, Gen.Choose(25, 29))).Select(l => (BarKind.Memory, false, l))),
        (5, Gen.Frequency((7, Gen.Choose(12, 26)), (2, Gen.Choose(27, 30)), (1, Gen.Choose(31, 34))).Select(l => (BarKind.Memory, true, l))),
        (2, Gen.Choose(2, 8).Select(l => (BarKind.Io, false, l))));

    /// <summary>Indexes in slot order: a 64-bit BAR takes two slots; shapes that no longer fit are left out.</summary>
    private static List<Bar> WithIndexes((BarKind Kind, bool Is64Bit, int Log2)[] shapes, int romLog2)
    {
        var bars = new List<Bar>();
        var index = 0;
        foreach (var (kind, is64Bit, log2) in shapes)
        {
            if (index + (is64Bit ? 1 : 0) > 5)
            {
                break;
            }

            bars.Add(new Bar(index, kind, new ByteSize(1UL << log2), is64Bit, Prefetchable: is64Bit));
            index += is64Bit ? 2 : 1;
        }

        if (romLog2 > 0)
        {
            bars.Add(new Bar(Bar.RomIndex, BarKind.Rom, new ByteSize(1UL << romLog2), false, false));
        }

        return bars;
    }

    private static Gen<ReservedRegion> RegionGen(IReadOnlyList<PciDevice> devices) =>
        from start in StartGen
        from pages in Gen.Frequency((6, Gen.Choose(1, 16)), (3, Gen.Choose(1, 4096)), (1, Gen.Choose(1, 16384)))
        from sharers in Gen.Frequency((6, Gen.Constant(1)), (3, Gen.Constant(2)), (1, Gen.Constant(3)))
        from order in Gen.Shuffle(devices.AsEnumerable())
        select new ReservedRegion(new AddressRange(new PhysicalAddress(start), new PhysicalAddress(start + ((ulong)pages * Page))),
            order.Take(Math.Min(sharers, order.Length)).Select(d => d.Address).ToList());

    private static Gen<ulong> StartGen => Gen.Frequency(
        (3, PagesIn(0, 0x100000)),                          // legacy area below 1 MiB
        (3, PagesIn(0x80000000 - (32 * ByteSize.MiB), 0x80000000 + (32 * ByteSize.MiB))), // around the default boundary
        (1, Gen.Constant(0x80000000UL)),
        (3, PagesIn(0x100000, 0xF0000000)),                 // anywhere in low RAM
        (2, PagesIn(0xF0000000, 0xFC000000)),               // the default MMIO window
        (1, PagesIn(0xFC100000, 0xFE000000)),               // the firmware's dynamic area
        (2, PagesIn(0xFE000000, FourG)),                    // just below 4G
        (3, PagesIn(FourG, FourG + (56 * ByteSize.GiB))));  // above 4G (below 2^36 even with its size)

    private static Gen<ulong> PagesIn(ulong from, ulong to) =>
        Gen.Choose(0, (int)((to - from) / Page) - 1).Select(i => from + ((ulong)i * Page));

    private static List<ReservedRegion> NonOverlapping(IEnumerable<ReservedRegion> candidates)
    {
        var kept = new List<ReservedRegion>();
        foreach (var region in candidates.Where(c => !kept.Exists(k => k.Range.Overlaps(c.Range))))
        {
            kept.Add(region);
        }

        return kept;
    }

    private static Gen<X86Request> RequestGen(HostInventory host) =>
        from video in Gen.Elements(0UL, 8UL, 16UL, 128UL)
        from memory in Gen.Frequency(
            (3, Gen.Choose(16, 65536)),
            (3, Gen.Elements(1024, 2048, 2800, 3072, 3840, 4096, 4352, 8192)),
            (2, Gen.Choose(1024, 6144)))
        from hap in Gen.Elements(true, false)
        from hole in Gen.Frequency((1, Gen.Constant<ulong?>(null)), (1, Gen.Choose(256, 3840).Select(h => (ulong?)h)))
        from strategy in Gen.Elements(RdmStrategy.Ignore, RdmStrategy.Host)
        from global in Gen.Elements<RdmPolicy?>(null, RdmPolicy.Strict, RdmPolicy.Relaxed)
        from boundary in BoundaryGen(host)
        from chosen in Gen.Shuffle(host.Devices.AsEnumerable()).SelectMany(all => Gen.Choose(0, Math.Min(8, all.Length)).Select(n => all.Take(n).ToList()))
        from policies in Gen.ArrayOf(Gen.Elements<RdmPolicy?>(null, RdmPolicy.Strict, RdmPolicy.Relaxed), chosen.Count)
        from firmware in Gen.Elements(GuestFirmware.SeaBios, GuestFirmware.Ovmf)
        select new X86Request(Math.Max((ulong)memory, video + 1),
            chosen.Select((d, i) => new DeviceRequest(d.Address, policies[i])).ToList(),
            video, hap, hole, strategy, global, boundary, firmware);

    /// <summary>The default, anywhere, or right at / next to a region's start so that `start > boundary` is tested at its edge.</summary>
    private static Gen<ulong> BoundaryGen(HostInventory host)
    {
        var choices = new List<(int, Gen<ulong>)> { (2, Gen.Constant(2048UL)), (3, Gen.Choose(2, 4096).Select(b => (ulong)b)) };
        if (host.ReservedRegions.Count > 0)
        {
            choices.Add((2,
                from region in Gen.Elements(host.ReservedRegions.AsEnumerable())
                from delta in Gen.Elements(-1L, 0L, 1L)
                select (ulong)Math.Clamp(((long)region.Range.Start.Value / (long)ByteSize.MiB) + delta, 2, 4096)));
        }

        return Gen.Frequency(choices);
    }
}
