using Placement.Domain.Imports;
using Placement.Domain.Inventory;
using static Placement.Domain.Tests.Imports.Lspci.LspciRead;

namespace Placement.Domain.Tests.Imports.Lspci;

/// <summary>One line under a function: which are its BARs, which are not, and which are warned.</summary>
public sealed class LspciBarLineTests
{
    [Theory]
    [InlineData("Region 0: Memory at f6000000 (32-bit, non-prefetchable) [size=16M]", 0, 0xf6000000UL, 0x1000000UL, false, false, false)]
    [InlineData("Region 2: Memory at 3b800000000 (64-bit, prefetchable) [size=16G]", 2, 0x3b800000000UL, 0x400000000UL, true, true, false)]
    [InlineData("Region 0: Memory at f7100000 (64-bit, non-prefetchable) [size=56K]", 0, 0xf7100000UL, 0xe000UL, true, false, false)]
    [InlineData("Region 0: Memory at f7200000 (64-bit, non-prefetchable) [disabled] [size=4K]", 0, 0xf7200000UL, 0x1000UL, true, false, true)]
    [InlineData("Region 1: Memory at 000d0000 (low-1M, non-prefetchable) [size=64K]", 1, 0xd0000UL, 0x10000UL, false, false, false)]
    [InlineData("Region 1: Memory at fa000000 (type 3, prefetchable) [size=1M]", 1, 0xfa000000UL, 0x100000UL, false, true, false)]
    [InlineData("Region 4: Memory at f7320000 (32-bit, non-prefetchable) [enhanced] [size=4K]", 4, 0xf7320000UL, 0x1000UL, false, false, false)]
    [InlineData("Region 5: Memory at fb000000 (32-bit, non-prefetchable) [size=1T]", 5, 0xfb000000UL, 0x10000000000UL, false, false, false)]
    [InlineData("Region 1: Memory at 400000000 (64-bit, prefetchable) [size=100000000]", 1, 0x400000000UL, 0x100000000UL, true, true, false)]
    [InlineData("Region 3: Memory at f8000000 (32-bit, prefetchable) [size=80000000]", 3, 0xf8000000UL, 0x80000000UL, false, true, false)]
    [InlineData("Region 3: Memory at f8000000 (32-bit, prefetchable) [size=64MiB]", 3, 0xf8000000UL, 0x4000000UL, false, true, false)]
    [InlineData("Memory at f1400000 (64-bit, non-prefetchable) [size=4M]", null, 0xf1400000UL, 0x400000UL, true, false, false)]
    public void Read_MemoryBar_Kept(string line, int? index, ulong address, ulong size, bool is64Bit, bool prefetchable, bool disabled) =>
        Function(line).Devices[0].Bars.ShouldBe([MemoryBar(index, address, size, is64Bit, prefetchable, disabled)]);

    [Theory]
    [InlineData("Region 4: I/O ports at e000 [size=128]", 4, 0xe000UL, 128UL, false)]
    [InlineData("Region 0: I/O ports at 1800 [disabled] [size=8]", 0, 0x1800UL, 8UL, true)]
    [InlineData("I/O ports at 7000 [size=32]", null, 0x7000UL, 32UL, false)]
    public void Read_IoBar_Kept(string line, int? index, ulong port, ulong size, bool disabled) =>
        Function(line).Devices[0].Bars.ShouldBe([IoBar(index, port, size, disabled)]);

    [Theory]
    [InlineData("Region 2: Memory at <unassigned> (64-bit, prefetchable) [disabled] [size=1M]")]
    [InlineData("Region 2: Memory at <ignored> (64-bit, prefetchable) [size=1M]")]
    public void Read_SizedBarWithoutAddress_KeptWithNullAddress(string line) =>
        Function(line).Devices[0].Bars.ShouldHaveSingleItem().Address.ShouldBeNull();

    [Theory]
    [InlineData("Region 0: [virtual] Memory at 000001f0 (32-bit, non-prefetchable) [size=8]")]
    [InlineData("Region 1: [virtual] Memory at 000003f0 (type 3, non-prefetchable)")]
    [InlineData("Region 2: Memory at 00000170 (32-bit, non-prefetchable) [virtual] [size=8]")]
    [InlineData("Region 3: I/O ports at 0370 [virtual] [size=4]")]
    [InlineData("[virtual] Expansion ROM at f1080000 [disabled] [size=512K]")]
    [InlineData("Expansion ROM at 000c0000 [virtual] [disabled] [size=128K]")]
    [InlineData("Expansion ROM at <unassigned> [disabled]")]
    [InlineData("Expansion ROM at <ignored> [disabled]")]
    [InlineData("Expansion ROM at f7480000 [disabled by cmd] [size=512K]")]
    [InlineData("Memory behind bridge: f7500000-f75fffff [size=1M] [32-bit]")]
    [InlineData("Prefetchable memory behind bridge: 00000000d8000000-00000000dfffffff [size=128M]")]
    [InlineData("I/O behind bridge: 0000d000-0000dfff [size=4K]")]
    [InlineData("\t\tRegion 0: Memory at 000003c000000000 (64-bit, prefetchable)")]
    [InlineData("\t\tRegion 0: Memory at 000003c000000000 (64-bit, prefetchable) [size=16M]")]
    public void Read_NotTheFunctionsBar_LeftOutSilently(string line)
    {
        var read = Function(line);

        read.Devices[0].Bars.ShouldBeEmpty();
        read.Warnings.ShouldBeEmpty();
    }

    [Theory]
    [InlineData("Region 1: I/O ports at 03f4")]
    [InlineData("Region 0: I/O ports at <ignored> [disabled]")]
    [InlineData("Region 0: Memory at f0000000 (32-bit, prefetchable)")]
    [InlineData("Region 0: I/O ports at e000pcilib: sysfs_read_vpd: read failed: No such device")]
    [InlineData("Region 0: Memory at <broken-64-bit-slot> (64-bit, non-prefetchable) [size=4K]")]
    [InlineData("Region 0: Memory at f0000000 (128-bit, prefetchable) [size=4K]")]
    [InlineData("Region 0: Memory at f0000000 [size=4K]")]
    [InlineData("Region 0: I/O ports at e000 (32-bit, non-prefetchable) [size=8]")]
    [InlineData("Region 0: Memory at f0000000 (32-bit, prefetchable) [size=4K] [size=8K]")]
    [InlineData("Region 0: Memory at f0000000 (32-bit, prefetchable) [bogus] [size=4K]")]
    [InlineData("Region 0: Memory at f0000000 (32-bit, prefetchable) [size=0]")]
    [InlineData("Region 0: Memory at f0000000 (32-bit, prefetchable) [size=99999999999999999999]")]
    [InlineData("Region 0: Memory at f0000000 (32-bit, prefetchable) [size=16777216T]")]
    [InlineData("Region 0: Memory at 1f0000000000000000 (64-bit, prefetchable) [size=4K]")]
    [InlineData("Region 6: Memory at f0000000 (32-bit, prefetchable) [size=4K]")]
    public void Read_BarLineItCannotTrust_SkippedWithWarningAtItsLine(string line)
    {
        var read = Function(line);

        read.Devices[0].Bars.ShouldBeEmpty();
        var warning = read.Warnings.ShouldHaveSingleItem();
        (warning.Code, warning.Line).ShouldBe(("lspci-bar-skipped", 2));
    }

    [Theory]
    [InlineData("\tNUMA node: 3", 3)]
    [InlineData("\tFlags: bus master, fast devsel, latency 0, IRQ 40, NUMA node 1", 1)]
    [InlineData("\tFlags: fast devsel, NUMA node 2, IOMMU group 7", 2)]
    [InlineData("\tFlags: bus master, fast devsel, latency 0, IRQ 40", null)]
    [InlineData("\tNUMA node: 99999999999", null)]
    [InlineData("\t\tNUMA node: 3", null)]
    public void Read_NumaNode_FromEitherShape(string line, int? node) =>
        Function(line).Devices[0].NumaNode.ShouldBe(node);

    [Fact]
    public void Read_SixtyFourBitBars_KeepTheirTwoIndexGap() =>
        Function("Region 0: Memory at f1400000 (64-bit, non-prefetchable) [size=4M]", "Region 2: Memory at d0000000 (64-bit, prefetchable) [size=256M]")
            .Devices[0].Bars.Select(b => (b.Index, b.Kind)).ShouldBe([((int?)0, BarKind.Memory), (2, BarKind.Memory)]);

    [Fact]
    public void Read_PlainLspci_FunctionsWithoutBars()
    {
        var read = Text("00:00.0 Host bridge: Example Semiconductor Host Bridge (rev 08)\n00:02.0 VGA compatible controller: Example Graphics (rev 07)\n");

        read.Devices.Count.ShouldBe(2);
        read.Devices.ShouldAllBe(d => d.Bars.Count == 0);
        read.Format.ShouldBe(ImportFormat.Lspci);
    }
}
