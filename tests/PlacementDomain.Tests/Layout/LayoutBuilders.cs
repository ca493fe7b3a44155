using Placement.Domain.Inventory;
using Placement.Domain.Layout;
using Placement.Domain.Memory;
using Placement.Domain.Pci;

namespace Placement.Domain.Tests.Layout;

/// <summary>Compact builders for example-based layout tests: hosts, devices, BARs, RAM layouts.</summary>
internal static class LayoutBuilders
{
    public const ulong MiB = ByteSize.MiB;
    public const ulong GiB = ByteSize.GiB;
    public const ulong FourG = 1UL << 32;

    public const string Gpu = "0000:00:02.0";
    public const string Usb = "0000:00:14.0";
    public const string Audio = "0000:00:1f.3";

    public static PciAddress Sbdf(string sbdf) => PciAddress.Parse(sbdf);

    public static AddressRange Range(ulong start, ulong end) => new(new PhysicalAddress(start), new PhysicalAddress(end));

    public static HostInventory Host(IReadOnlyList<PciDevice> devices, params ReservedRegion[] regions) => new(
        CpuArchitecture.X64, ByteSize.FromMiB(262144), 46, Iommu: true, new Dictionary<string, string>(), devices, regions);

    /// <summary>A host whose devices have no BARs, one per address.</summary>
    public static HostInventory Host(string[] devices, params ReservedRegion[] regions) =>
        Host(devices.Select(d => Device(d)).ToList(), regions);

    public static PciDevice Device(string sbdf, params Bar[] bars) => new(Sbdf(sbdf), null, IommuProtected: true, bars);

    public static ReservedRegion Region(ulong start, ulong end, params string[] devices) =>
        new(Range(start, end), devices.Select(Sbdf).ToList());

    public static Bar Mem32(int index, ulong size) => new(index, BarKind.Memory, new ByteSize(size), Is64Bit: false, Prefetchable: false);

    public static Bar Mem64(int index, ulong size) => new(index, BarKind.Memory, new ByteSize(size), Is64Bit: true, Prefetchable: true);

    public static Bar Io(int index, ulong size) => new(index, BarKind.Io, new ByteSize(size), Is64Bit: false, Prefetchable: false);

    public static Bar Rom(ulong size) => new(Bar.RomIndex, BarKind.Rom, new ByteSize(size), Is64Bit: false, Prefetchable: false);

    public static RamLayout Ram(ulong lowEnd, ulong? highEnd = null) =>
        new(new PhysicalAddress(lowEnd), highEnd is { } high ? new PhysicalAddress(high) : null);

    public static X86Request Request(ulong memoryMiB, params DeviceRequest[] devices) => new(memoryMiB, devices);

    public static DeviceRequest Assign(string sbdf, RdmPolicy? policy = null) => new(Sbdf(sbdf), policy);

    /// <summary>A placed BAR as "device/index window start" for compact comparisons.</summary>
    public static string Describe(PlacedBar bar) =>
        $"{bar.Slot}/{bar.Index} {bar.Window.ToString().ToLowerInvariant()} {bar.Range?.Start}";

    /// <summary>
    /// hvmloader's placement of <paramref name="devices"/> alone on the bus, each at the slot of its
    /// own address (no emulated functions); <see cref="BarPlacement.Result.Bars"/> keeps the placed BARs only.
    /// </summary>
    public static BarPlacement.Result PlaceAlone(IReadOnlyList<PciDevice> devices, X86Request request, RamLayout ram, IReadOnlyList<AddressRange> kept, int bits)
    {
        var result = BarPlacement.Place(devices.Select(d => new GuestFunction(d.Address, null, d.Address, d.Bars)).ToList(), request.MmioHoleMiB, ram, kept, bits);
        return result with { Bars = result.Bars.Where(b => b.Window != BarWindow.Unplaced).ToList() };
    }
}
