using static Placement.Domain.Tests.Imports.Lspci.LspciRead;

namespace Placement.Domain.Tests.Imports.Lspci;

/// <summary>Server, hex dump, stderr and old-pciutils fixtures of tests/formats/lspci.</summary>
public sealed class LspciServerFixtureTests
{
    [Fact]
    public void Read_Server_LargeBarAboveFourGiBAndNumaNode()
    {
        var accelerator = Fixture("p5-vv-server.txt").Device("0000:81:00.0");

        accelerator.NumaNode.ShouldBe(1);
        accelerator.Bars.ShouldBe(
            [MemoryBar(0, 0xc8000000, 16 << 20, false, false), MemoryBar(1, 0x2c000000000, 16UL << 30, true, true), MemoryBar(3, 0x2c400000000, 32 << 20, true, true)]);
    }

    [Fact]
    public void Read_SrIovCapability_VfRegionsAreNotTheFunctionsBars() =>
        Fixture("p5-vv-server.txt").Device("0000:3b:00.0").Bars.ShouldBe(
            [MemoryBar(0, 0x39fffc000000, 32 << 20, true, true), MemoryBar(3, 0x39fffe010000, 64 << 10, true, true)]);

    [Fact]
    public void Read_FiveDigitDomain_FunctionSkippedWithItsLine()
    {
        var read = Fixture("p5-vv-server.txt");

        var warning = read.Warnings.ShouldHaveSingleItem();
        (warning.Code, warning.Line).ShouldBe(("lspci-address-out-of-range", 38));
        warning.Message.ShouldContain("10000:e1:00.0");
        read.Devices.ShouldNotContain(d => d.Bars.Any(b => b.Address != null && b.Address.Value.Value == 0xe4000000));
    }

    [Fact]
    public void Read_HexDumpWithoutIdsInHeader_IdsAndClassCodeFromDump()
    {
        var read = Fixture("p6-vvvxxxx-dump.txt");

        read.Devices.Select(d => (d.VendorId, d.DeviceId, d.ClassCode)).ShouldBe(
            [((ushort?)0x1e5a, (ushort?)0x2a40, (uint?)0x060000), (0x1e5a, 0x2a42, 0x030000), (0x1e5a, 0x2a34, 0x0c0330)]);
        read.Device("00:02.0").Bars.ShouldBe([MemoryBar(0, 0xf1400000, 4 << 20, true, false), MemoryBar(2, 0xd0000000, 256 << 20, true, true), IoBar(4, 0x1800, 8)]);
        read.Warnings.ShouldBeEmpty();
    }

    [Fact]
    public void Read_StderrCutABarLine_BarAndOrphanSizeWarnedOthersRead()
    {
        var read = Fixture("p7-stderr-crlf.txt");

        read.Warnings.Select(w => (w.Code, w.Line)).ShouldBe([("lspci-bar-skipped", 19), ("lspci-orphan-size", 20)]);
        read.Warnings[0].Message.ShouldContain("error output");
        read.Device("03:00.0").Bars.ShouldBe([MemoryBar(2, 0xd0404000, 4 << 10, true, true), MemoryBar(4, 0xd0400000, 16 << 10, true, true)]);
    }

    [Fact]
    public void Read_CrlfAndHexDumpWarning_FunctionsRead()
    {
        var read = Fixture("p7-stderr-crlf.txt");

        read.Device("00:1f.3").Bars.ShouldBe([MemoryBar(0, 0xfe605000, 256, true, false), IoBar(4, 0xf000, 32)]);
        read.Device("03:00.0").ClassCode.ShouldBe(0x020000u);
        read.Devices.ShouldAllBe(d => d.Description == null || !d.Description.EndsWith('\r'));
    }

    [Fact]
    public void Read_OldPciutils_HexSizesOfTwoGiBAndMore()
    {
        var read = Fixture("p8-old-pciutils-hex-size.txt");

        read.Device("05:00.0").Bars.ShouldBe(
            [MemoryBar(0, 0xf8000000, 16 << 20, false, false), MemoryBar(1, 0x400000000, 4UL << 30, true, true), MemoryBar(3, 0x380000000, 2UL << 30, true, true), IoBar(5, 0x9000, 128)]);
        read.Device("06:00.0").Bars[^1].ShouldBe(MemoryBar(3, 0xfb9d0000, 512, false, false));
    }

    [Fact]
    public void Read_BusTree_UnreadableAtLineOne()
    {
        var failure = Failure(File.ReadAllText(Path.Combine(RepositoryPaths.Formats("lspci"), "not-lspci-tree.txt")));

        (failure.Code, failure.Line).ShouldBe(("lspci-no-function", 1));
        failure.Message.ShouldContain("lspci -t");
        failure.Expected.ShouldContain("PCI address");
    }
}
