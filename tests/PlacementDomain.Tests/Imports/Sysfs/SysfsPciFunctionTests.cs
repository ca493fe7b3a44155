using Placement.Domain.Imports;
using Placement.Domain.Inventory;
using Placement.Domain.Memory;
using Placement.Domain.Pci;

namespace Placement.Domain.Tests.Imports.Sysfs;

/// <summary>A function's sysfs attribute texts, as /sys/bus/pci/devices/SBDF/ holds them.</summary>
public sealed class SysfsPciFunctionTests
{
    private static readonly PciAddress Address = PciAddress.Parse("0000:81:00.0");

    private const string Zero = "0x0000000000000000 0x0000000000000000 0x0000000000000000\n";

    // BAR 0 32-bit memory, BAR 1-2 a 64-bit prefetchable 16 GiB above 4 GiB, BAR 3-4 a 64-bit 32 MiB,
    // BAR 5 I/O; then the ROM and an SR-IOV VF BAR, which are not BARs of the function.
    private const string Resource =
        "0x00000000c8000000 0x00000000c8ffffff 0x0000000000040200\n"
        + "0x000002c000000000 0x000002c3ffffffff 0x000000000014220c\n"
        + Zero
        + "0x000002c400000000 0x000002c401ffffff 0x000000000014220c\n"
        + Zero
        + "0x000000000000e000 0x000000000000e07f 0x0000000000040101\n"
        + "0x00000000c9000000 0x00000000c907ffff 0x0000000000046200\n"
        + "0x000039fff8000000 0x000039fff9ffffff 0x000000000014220c\n";

    [Fact]
    public void Read_EveryAttribute_IdsClassNumaAndBarsZeroToFive()
    {
        var read = SysfsPciFunction.Read(Address, "0x1e5b\n", "0x15f8\n", "0x030200\n", Resource, "1\n");

        (read.Address, read.VendorId, read.DeviceId, read.ClassCode, read.NumaNode).ShouldBe((Address, (ushort?)0x1e5b, (ushort?)0x15f8, (uint?)0x030200, (int?)1));
        read.Bars.ShouldBe(
        [
            Bar(0, BarKind.Memory, 0xc8000000, 16UL << 20, false, false),
            Bar(1, BarKind.Memory, 0x2c000000000, 16UL << 30, true, true),
            Bar(3, BarKind.Memory, 0x2c400000000, 32UL << 20, true, true),
            Bar(5, BarKind.Io, 0xe000, 128, false, false),
        ]);
    }

    [Theory]
    [InlineData("-1\n", null)]
    [InlineData("0", 0)]
    [InlineData("3\n", 3)]
    public void Read_NumaNode_MinusOneIsNone(string text, int? node) =>
        SysfsPciFunction.Read(Address, null, null, null, null, text).NumaNode.ShouldBe(node);

    [Fact]
    public void Read_NoAttributes_NullsAndNoBars()
    {
        var (device, warnings) = SysfsPciFunction.ReadWithWarnings(Address, null, null, null, null, null);

        (device.VendorId, device.DeviceId, device.ClassCode, device.NumaNode).ShouldBe((null, null, null, null));
        device.Bars.ShouldBeEmpty();
        warnings.ShouldBeEmpty();
    }

    [Theory]
    [InlineData("8086", null, null, null, "vendor")]
    [InlineData(null, "0x15f8z", null, null, "device")]
    [InlineData(null, null, "0x0302", null, "class")]
    [InlineData(null, null, null, "node 1", "numa_node")]
    [InlineData(null, null, null, "-2", "numa_node")]
    public void ReadWithWarnings_UnreadableAttribute_NullAndWarned(string? vendor, string? device, string? @class, string? numa, string name)
    {
        var (read, warnings) = SysfsPciFunction.ReadWithWarnings(Address, vendor, device, @class, null, numa);

        (read.VendorId, read.DeviceId, read.ClassCode, read.NumaNode).ShouldBe((null, null, null, null));
        var warning = warnings.ShouldHaveSingleItem();
        warning.Code.ShouldBe("sysfs-pci-attribute-unreadable");
        warning.Message.ShouldContain($"0000:81:00.0/{name}");
    }

    [Theory]
    [InlineData("0xc8000000 0xc8ffffff\n")]
    [InlineData("0xc8000000 0xc8ffffff 0x200 0x0\n")]
    [InlineData("c8000000 c8ffffff 200\n")]
    [InlineData("0x00000000c8000000 0x00000000c7ffffff 0x0000000000040200\n")]
    [InlineData("0x0000000000000000 0xffffffffffffffff 0x0000000000040200\n")]
    [InlineData("0x00000000c8000000 0x00000000c8ffffff 0x0000000000000400\n")]
    [InlineData("0x00000000c8000000 0x00000000c8ffffff 0x0000000000000300\n")]
    [InlineData("0x00000000c8000000 0x00000000c8ffffff 0x00000000000000000\n")]
    public void ReadWithWarnings_ResourceLineItCannotRead_SkippedWithItsLine(string line)
    {
        var (read, warnings) = SysfsPciFunction.ReadWithWarnings(Address, null, null, null, Zero + line + Zero, null);

        read.Bars.ShouldBeEmpty();
        var warning = warnings.ShouldHaveSingleItem();
        (warning.Code, warning.Line).ShouldBe(("sysfs-pci-resource-skipped", 2));
        warning.Message.ShouldContain("BAR 1");
    }

    [Fact]
    public void Read_UnsetResource_KeptWithoutAddress() =>
        SysfsPciFunction.Read(Address, null, null, null, "0x0000000000000000 0x00000000000fffff 0x0000000020142200\n", null)
            .Bars.ShouldBe([new ImportedBar(0, BarKind.Memory, null, new ByteSize(1 << 20), true, true)]);

    [Fact]
    public void Read_CrlfAndShortFile_Read() =>
        SysfsPciFunction.Read(Address, "0x1e5b\r\n", null, null, "0x000000000000e000 0x000000000000e01f 0x0000000000040101\r\n", null)
            .Bars.ShouldBe([Bar(0, BarKind.Io, 0xe000, 32, false, false)]);

    private static ImportedBar Bar(int index, BarKind kind, ulong start, ulong size, bool is64Bit, bool prefetchable) =>
        new(index, kind, new PhysicalAddress(start), new ByteSize(size), is64Bit, prefetchable);
}
